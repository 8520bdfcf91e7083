#include "security/Pake.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::security;

namespace {

const QString Serial = u"EM-2404-00017"_qs;
const QString Code = u"7391-2204"_qs;

QByteArray flippedAt(QByteArray bytes, qsizetype index)
{
    bytes[index] = char(bytes[index] ^ 0x01);
    return bytes;
}

PakeInitiator initiator(const QString& code = Code, const QString& serial = Serial)
{
    return PakeInitiator::create(code, serial).value();
}

PakeResponder responder(const QString& code = Code, const QString& serial = Serial)
{
    return PakeResponder::create(code, serial).value();
}

} // namespace

class tst_Pake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameCodeGivesSameKeys_data()
    {
        QTest::addColumn<QString>("toolCode");
        QTest::addColumn<QString>("moduleCode");
        QTest::newRow("identical") << Code << Code;
        QTest::newRow("typed with a space") << u"7391 2204"_qs << Code;
        QTest::newRow("typed without separator") << u"73912204"_qs << Code;
        QTest::newRow("lower case") << u"ab12-cd34"_qs << u"AB12-CD34"_qs;
    }
    void sameCodeGivesSameKeys()
    {
        QFETCH(QString, toolCode);
        QFETCH(QString, moduleCode);
        PakeInitiator tool = initiator(toolCode);
        PakeResponder module = responder(moduleCode);

        const Result<QByteArray> a = tool.start();
        QVERIFY(a.ok());
        QCOMPARE(a->size(), 48);
        const Result<QByteArray> b = module.respond(*a);
        QVERIFY(b.ok());
        QCOMPARE(b->size(), 96);
        const Result<PakeInitiator::Finished> toolDone = tool.finish(*b);
        QVERIFY2(toolDone.ok(), qPrintable(toolDone.ok() ? QString() : toolDone.error().toString()));
        QCOMPARE(toolDone->confirmation.size(), 64);
        const Result<pake::SessionKeys> moduleKeys = module.finish(toolDone->confirmation);
        QVERIFY(moduleKeys.ok());

        QVERIFY(toolDone->keys == *moduleKeys);
        QCOMPARE(moduleKeys->sessionId, a->first(pake::SessionIdSize));
        QVERIFY(!(moduleKeys->toolToModule == moduleKeys->moduleToTool));
    }

    void eachRunHasFreshKeys()
    {
        const auto run = [] {
            PakeInitiator tool = initiator();
            PakeResponder module = responder();
            return tool.finish(module.respond(tool.start().value()).value()).value().keys;
        };
        const pake::SessionKeys first = run();
        const pake::SessionKeys second = run();
        QVERIFY(first.sessionId != second.sessionId);
        QVERIFY(!(first.toolToModule == second.toolToModule));
    }

    void mismatchIsDetectedByTheTool_data()
    {
        QTest::addColumn<QString>("moduleCode");
        QTest::addColumn<QString>("moduleSerial");
        QTest::newRow("wrong code") << u"7391-2205"_qs << Serial;
        QTest::newRow("transposed digits") << u"3791-2204"_qs << Serial;
        QTest::newRow("another module's serial") << Code << u"EM-2404-00018"_qs;
    }
    void mismatchIsDetectedByTheTool()
    {
        QFETCH(QString, moduleCode);
        QFETCH(QString, moduleSerial);
        PakeInitiator tool = initiator();
        PakeResponder module = responder(moduleCode, moduleSerial);
        const QByteArray b = module.respond(tool.start().value()).value();
        const Result<PakeInitiator::Finished> done = tool.finish(b);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, ErrorKind::SecurityCheckFailed);
    }

    void moduleRejectsAConfirmationNotMadeForThisRun()
    {
        // A tool with the wrong code never gets a valid C; whatever it sends instead must fail.
        PakeInitiator otherTool = initiator();
        PakeResponder otherModule = responder();
        const QByteArray foreignConfirmation
            = otherTool.finish(otherModule.respond(otherTool.start().value()).value()).value().confirmation;

        PakeInitiator tool = initiator();
        PakeResponder module = responder();
        QVERIFY(module.respond(tool.start().value()).ok());
        const Result<pake::SessionKeys> keys = module.finish(foreignConfirmation);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().kind, ErrorKind::SecurityCheckFailed);
    }

    void everyAlteredByteOfMessageAFailsThePairing()
    {
        for (qsizetype i = 0; i < 48; ++i) {
            // An attacker alters the tool's message in flight; neither side may end up paired.
            PakeInitiator tool = initiator();
            PakeResponder module = responder();
            const Result<QByteArray> b = module.respond(flippedAt(tool.start().value(), i));
            if (!b.ok())
                continue; // the altered share no longer decodes: aborted, as it must be
            QVERIFY2(!tool.finish(*b).ok(), qPrintable(u"byte %1"_qs.arg(i)));
        }
    }

    void everyAlteredByteOfMessageBFailsThePairing()
    {
        PakeInitiator honestTool = initiator();
        PakeResponder module = responder();
        const QByteArray a = honestTool.start().value();
        const QByteArray b = module.respond(a).value();
        for (qsizetype i = 0; i < b.size(); ++i) {
            // Each attempt needs the tool state that produced `a`; replaying B to a fresh tool fails too.
            PakeInitiator tool = initiator();
            QVERIFY(tool.start().ok());
            QVERIFY2(!tool.finish(flippedAt(b, i)).ok(), qPrintable(u"byte %1"_qs.arg(i)));
        }
        // The untouched B still completes the run it belongs to.
        QVERIFY(honestTool.finish(b).ok());
    }

    void everyAlteredByteOfMessageCFailsThePairing()
    {
        for (qsizetype i = 0; i < pake::TagSize; ++i) {
            PakeInitiator tool = initiator();
            PakeResponder module = responder();
            const QByteArray c
                = tool.finish(module.respond(tool.start().value()).value()).value().confirmation;
            QVERIFY2(!module.finish(flippedAt(c, i)).ok(), qPrintable(u"byte %1"_qs.arg(i)));
        }
    }

    void invalidSharesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("share");
        QTest::newRow("identity") << QByteArray(32, '\0');
        QTest::newRow("not a group element")
            << QByteArray::fromHex("2b3c6b8c4f3800e7aef6864025b4ed79bd599117e427c41bd47d93d654b4a51c");
        QTest::newRow("non-canonical")
            << QByteArray::fromHex("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    }
    void invalidSharesAreRejected()
    {
        QFETCH(QByteArray, share);
        PakeResponder module = responder();
        const Result<QByteArray> b = module.respond(QByteArray(QByteArray(16, '\x42') + share));
        QVERIFY(!b.ok());
        QCOMPARE(b.error().kind, ErrorKind::SecurityCheckFailed);

        PakeInitiator tool = initiator();
        QVERIFY(tool.start().ok());
        const Result<PakeInitiator::Finished> done = tool.finish(QByteArray(share + QByteArray(64, '\0')));
        QVERIFY(!done.ok());
        QCOMPARE(done.error().kind, ErrorKind::SecurityCheckFailed);
    }

    void malformedMessagesAreRejected_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("size");
        for (int size : { 0, 47, 49 })
            QTest::addRow("A of %d bytes", size) << 0 << size;
        for (int size : { 0, 95, 97 })
            QTest::addRow("B of %d bytes", size) << 1 << size;
        for (int size : { 0, 63, 65 })
            QTest::addRow("C of %d bytes", size) << 2 << size;
    }
    void malformedMessagesAreRejected()
    {
        QFETCH(int, stage);
        QFETCH(int, size);
        PakeInitiator tool = initiator();
        PakeResponder module = responder();
        const QByteArray junk(size, '\x5a');
        const QByteArray a = tool.start().value();
        if (stage == 0) {
            QVERIFY(!module.respond(junk).ok());
            return;
        }
        const QByteArray b = module.respond(a).value();
        if (stage == 1) {
            QVERIFY(!tool.finish(junk).ok());
            return;
        }
        QVERIFY(tool.finish(b).ok());
        QVERIFY(!module.finish(junk).ok());
    }

    void callsOutOfOrderAreRefused()
    {
        PakeInitiator tool = initiator();
        PakeResponder module = responder();
        QVERIFY(!tool.finish(QByteArray(96, '\0')).ok());
        QVERIFY(!module.finish(QByteArray(64, '\0')).ok());

        const QByteArray a = tool.start().value();
        QVERIFY(!tool.start().ok());
        const QByteArray b = module.respond(a).value();
        QVERIFY(!module.respond(a).ok());
        const QByteArray c = tool.finish(b).value().confirmation;
        QVERIFY(!tool.finish(b).ok());
        QVERIFY(module.finish(c).ok());
        QVERIFY(!module.finish(c).ok());
    }

    void aFailedRunCannotBeRetried()
    {
        // One guess per run: after a wrong C the module's run is over, even for the right C.
        PakeInitiator tool = initiator();
        PakeResponder module = responder();
        const QByteArray c = tool.finish(module.respond(tool.start().value()).value()).value().confirmation;
        QVERIFY(!module.finish(flippedAt(c, 0)).ok());
        QVERIFY(!module.finish(c).ok());
    }

    void emptyCodeIsRefused()
    {
        const Result<PakeInitiator> tool = PakeInitiator::create(u" - "_qs, Serial);
        QVERIFY(!tool.ok());
        QCOMPARE(tool.error().kind, ErrorKind::SecurityCheckFailed);
        QVERIFY(!PakeResponder::create(QString(), Serial).ok());
    }
};

QTEST_GUILESS_MAIN(tst_Pake)
#include "tst_pake.moc"
