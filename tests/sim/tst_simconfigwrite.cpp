// The configuration write against the real iotpro-sim over TCP, spoken from the .proto, the shared
// framing and core/security alone: a write survives a restart, and a module killed at any step of it
// (--kill-at) restarts with the old configuration or the new one, complete. Also the options that
// set up the module's security: --trust, --factory, --pop.
#include "SimProcess.h"
#include "SimTestSupport.h"
#include "ToolSide.h"
#include "security/PublicKeyCodec.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <google/protobuf/util/message_differencer.h>

using namespace iotpro;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 10000;

/// One TCP link to a running iotpro-sim, a request and its reply at a time.
class Link
{
public:
    bool open(const SimProcess& sim)
    {
        m_socket.connectToHost(u"127.0.0.1"_s, tcpPortOf(sim.address()));
        return m_socket.waitForConnected(kWaitMs);
    }

    /// The reply, or an envelope with no body when none came (the module died).
    v1::Envelope exchange(const v1::Envelope& request)
    {
        m_socket.write(frameOf(request));
        m_socket.flush();
        return next();
    }

    /// The next envelope the module sends, or one with no body.
    v1::Envelope next()
    {
        if (m_received.isEmpty())
            m_received = readEnvelopes(m_socket, m_decoder, 1, std::chrono::seconds(5));
        return m_received.isEmpty() ? v1::Envelope() : m_received.takeFirst();
    }

    Exchange exchanger()
    {
        return [this](const v1::Envelope& request) { return exchange(request); };
    }

private:
    QTcpSocket m_socket;
    FrameDecoder m_decoder;
    QList<v1::Envelope> m_received;
};

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

class tst_SimConfigWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeSurvivesARestart();
    void killAtEachStepLeavesOldOrNew_data();
    void killAtEachStepLeavesOldOrNew();
    void trustIsEnrolledAndChangedOnlyInFactoryMode();
    void labelCodeComesFromPop();
    void identifyIsShownOnStandardError();

private:
    /// Pairs on `link` and writes configuration `counter` (its site names it); the payload.
    QByteArray write(Link& link, quint64 counter, bool commit = true);
    v1::DeviceConfig configWithSite(quint64 counter) const;
    QStringList moduleArguments(const QString& stateDir) const;

    QTemporaryDir m_dir;
    ConfigAuthor m_author;
    QString m_keyFile;
    v1::DeviceConfig m_factoryDefault;
};

void tst_SimConfigWrite::initTestCase()
{
    m_keyFile = m_dir.filePath(u"author.pub"_s);
    QVERIFY(writeFile(m_keyFile, security::publickey::encode(m_author.publicKey())));
    // What the module reports before any write: the base of every configuration written here.
    SimProcess sim;
    QVERIFY2(sim.start(moduleArguments(sim.stateDir())), qPrintable(sim.failureReason()));
    Link link;
    QVERIFY(link.open(sim));
    link.exchange(helloRequest(1));
    m_factoryDefault = link.exchange(configGetRequest(2)).config_state().config();
    QCOMPARE(m_factoryDefault.metering().ct_inputs_size(), 3);
}

QStringList tst_SimConfigWrite::moduleArguments(const QString& stateDir) const
{
    return { u"--tcp"_s, u"0"_s, u"--serial"_s, QString::fromUtf16(kSerial), u"--trust"_s, m_keyFile,
        u"--state-dir"_s, stateDir };
}

v1::DeviceConfig tst_SimConfigWrite::configWithSite(quint64 counter) const
{
    v1::DeviceConfig config = wifiConfig(m_factoryDefault);
    config.mutable_installation()->set_site("write " + std::to_string(counter));
    // A software correction the live stream shows once the write is committed.
    config.mutable_metering()->mutable_ct_inputs(1)->set_inverted(counter % 2 == 0);
    return config;
}

QByteArray tst_SimConfigWrite::write(Link& link, quint64 counter, bool commit)
{
    link.exchange(helloRequest(10));
    const std::optional<security::pake::SessionKeys> keys
        = pair(link.exchanger(), QString::fromUtf16(kLabelCode), QString::fromUtf16(kSerial));
    if (!keys)
        return {};
    const QByteArray payload
        = m_author.payload(QString::fromUtf16(kSerial), counter, configWithSite(counter));
    const Secrets secrets { { v1::SECRET_FIELD_WIFI_PASSPHRASE,
        "passphrase of write " + QByteArray::number(counter) } };
    const v1::Envelope staged
        = link.exchange(configUploadRequest(11, m_author.upload(payload, secrets, &*keys)));
    if (commit && staged.has_config_staged())
        link.exchange(configCommitRequest(12, sha256(payload)));
    return payload;
}

void tst_SimConfigWrite::writeSurvivesARestart()
{
    SimProcess sim;
    QVERIFY2(sim.start(moduleArguments(sim.stateDir())), qPrintable(sim.failureReason()));
    Link link;
    QVERIFY(link.open(sim));
    const QByteArray payload = write(link, 2);
    const v1::ConfigState written = link.exchange(configGetRequest(20)).config_state();
    QCOMPARE(written.counter(), 2u);
    QCOMPARE(QByteArray::fromStdString(written.payload_sha256()), sha256(payload));
    QCOMPARE(sim.terminate(), 0);

    SimProcess restarted;
    QVERIFY2(restarted.start(moduleArguments(sim.stateDir())), qPrintable(restarted.failureReason()));
    Link again;
    QVERIFY(again.open(restarted));
    QCOMPARE(again.exchange(helloRequest(1)).device_info().config_counter(), 2u);
    QVERIFY(google::protobuf::util::MessageDifferencer::Equals(
        again.exchange(configGetRequest(2)).config_state(), written));
    // The committed correction is applied again at start: the live stream's setup shows it.
    v1::Envelope subscribe;
    subscribe.set_request_id(3);
    subscribe.set_protocol_version(1);
    subscribe.mutable_live_subscribe()->set_rate_hz(20);
    QVERIFY(again.exchange(subscribe).has_live_subscribed());
    const v1::Envelope snapshot = again.next();
    QVERIFY2(snapshot.has_live_snapshot(), snapshot.DebugString().c_str());
    QCOMPARE(snapshot.live_snapshot().setup().ct_inverted_size(), 3);
    QVERIFY(!snapshot.live_snapshot().setup().ct_inverted(0));
    QVERIFY(snapshot.live_snapshot().setup().ct_inverted(1)); // write 2 inverts CT 2
}

void tst_SimConfigWrite::killAtEachStepLeavesOldOrNew_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<quint64>("counterAfterRestart");

    QTest::newRow("upload-received") << u"upload-received"_s << quint64(1);
    QTest::newRow("slot-written") << u"slot-written"_s << quint64(1);
    QTest::newRow("before-switch") << u"before-switch"_s << quint64(1);
    QTest::newRow("after-switch") << u"after-switch"_s << quint64(2);
    QTest::newRow("after-apply") << u"after-apply"_s << quint64(2);
}

void tst_SimConfigWrite::killAtEachStepLeavesOldOrNew()
{
    QFETCH(QString, step);
    QFETCH(quint64, counterAfterRestart);

    const QString stateDir = m_dir.filePath(step);
    QByteArray payloads[3];
    {
        SimProcess sim;
        QVERIFY2(sim.start(moduleArguments(stateDir)), qPrintable(sim.failureReason()));
        Link link;
        QVERIFY(link.open(sim));
        payloads[1] = write(link, 1);
        QCOMPARE(link.exchange(configGetRequest(20)).config_state().counter(), 1u);
        QCOMPARE(sim.terminate(), 0);
    }
    {
        SimProcess dying;
        QVERIFY2(dying.start(moduleArguments(stateDir) + QStringList { u"--kill-at"_s, step }),
            qPrintable(dying.failureReason()));
        Link link;
        QVERIFY(link.open(dying));
        payloads[2] = write(link, 2);
        // The module died at the step: by SIGKILL, saying where.
        QVERIFY(dying.process().waitForFinished(kWaitMs));
        QCOMPARE(dying.process().exitStatus(), QProcess::CrashExit);
        const QString stderrText = QString::fromUtf8(dying.process().readAllStandardError());
        QVERIFY2(stderrText.contains(u"killed at "_s + step), qPrintable(stderrText));
    }

    SimProcess restarted;
    QVERIFY2(restarted.start(moduleArguments(stateDir)), qPrintable(restarted.failureReason()));
    Link link;
    QVERIFY(link.open(restarted));
    QCOMPARE(link.exchange(helloRequest(1)).device_info().config_counter(), counterAfterRestart);
    const v1::ConfigState state = link.exchange(configGetRequest(2)).config_state();
    // Complete: the configuration, its signed bytes and its hash all belong to the same write.
    QCOMPARE(state.counter(), counterAfterRestart);
    QCOMPARE(QByteArray::fromStdString(state.signed_config().payload()), payloads[counterAfterRestart]);
    QCOMPARE(QByteArray::fromStdString(state.payload_sha256()), sha256(payloads[counterAfterRestart]));
    QCOMPARE(state.config().installation().site(), "write " + std::to_string(counterAfterRestart));

    // The module goes on: the interrupted write can be done again.
    const quint64 next = counterAfterRestart + 1;
    payloads[0] = write(link, next);
    QCOMPARE(link.exchange(configGetRequest(30)).config_state().counter(), next);
}

void tst_SimConfigWrite::trustIsEnrolledAndChangedOnlyInFactoryMode()
{
    const QString stateDir = m_dir.filePath(u"trust"_s);
    const QByteArray otherKey = ConfigAuthor().publicKey().toBytes();
    {
        SimProcess sim;
        QVERIFY2(sim.start(moduleArguments(stateDir)), qPrintable(sim.failureReason()));
        Link link;
        QVERIFY(link.open(sim));
        const v1::TrustStore store = link.exchange(trustListRequest(1)).trust_store();
        QCOMPARE(store.keys_size(), 1);
        QCOMPARE(QByteArray::fromStdString(store.keys(0).public_key()), m_author.publicKey().toBytes());
        QCOMPARE(store.keys(0).label(), "author");
        QCOMPARE(store.keys(0).role(), v1::TRUST_ROLE_CONFIGURATION);
        QVERIFY(!store.factory_mode());
        QCOMPARE(link.exchange(trustAddRequest(2, otherKey, v1::TRUST_ROLE_CONFIGURATION, u"other"_s))
                     .error()
                     .code(),
            v1::ERROR_CODE_NOT_IN_FACTORY_MODE);
    }
    SimProcess factory;
    QVERIFY2(factory.start(moduleArguments(stateDir) + QStringList { u"--factory"_s }),
        qPrintable(factory.failureReason()));
    Link link;
    QVERIFY(link.open(factory));
    const v1::Envelope added
        = link.exchange(trustAddRequest(1, otherKey, v1::TRUST_ROLE_CONFIGURATION, u"other"_s));
    QVERIFY2(added.has_trust_store(), added.DebugString().c_str());
    QCOMPARE(added.trust_store().keys_size(), 2); // --trust again: enrolled once only
    QVERIFY(added.trust_store().factory_mode());
}

void tst_SimConfigWrite::labelCodeComesFromPop()
{
    SimProcess sim;
    QVERIFY2(sim.start(moduleArguments(sim.stateDir()) + QStringList { u"--pop"_s, u"AB12-CD34"_s }),
        qPrintable(sim.failureReason()));
    Link link;
    QVERIFY(link.open(sim));
    QVERIFY(!pair(link.exchanger(), QString::fromUtf16(kLabelCode), QString::fromUtf16(kSerial)));
    QVERIFY(pair(link.exchanger(), u"ab12 cd34"_s, QString::fromUtf16(kSerial)));
}

void tst_SimConfigWrite::identifyIsShownOnStandardError()
{
    SimProcess sim;
    QVERIFY2(sim.start(moduleArguments(sim.stateDir())), qPrintable(sim.failureReason()));
    Link link;
    QVERIFY(link.open(sim));
    v1::Envelope identify;
    identify.set_request_id(1);
    identify.set_protocol_version(1);
    identify.mutable_identify()->set_duration_s(5);
    QCOMPARE(link.exchange(identify).identifying().duration_s(), 5u);
    QString stderrText;
    const QDeadlineTimer deadline(kWaitMs);
    while (!stderrText.contains(u"LED blinking for 5 s"_s) && !deadline.hasExpired()) {
        sim.process().waitForReadyRead(100);
        stderrText += QString::fromUtf8(sim.process().readAllStandardError());
    }
    QVERIFY2(stderrText.contains(u"LED blinking for 5 s"_s), qPrintable(stderrText));
}

QTEST_GUILESS_MAIN(tst_SimConfigWrite)
#include "tst_simconfigwrite.moc"
