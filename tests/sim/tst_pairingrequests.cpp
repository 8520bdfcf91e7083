// Pairing with the label code at the module (docs/security.md, 6): the right code pairs, a wrong
// one is refused, one run at a time, and wrong codes are rate-limited - persistently.
#include "ModuleTestKit.h"
#include "SimTestSupport.h"
#include "security/Pake.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const std::string& bytes)
{
    return QByteArray::fromStdString(bytes);
}

} // namespace

class tst_PairingRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rightCodePairs_data();
    void rightCodePairs();
    void wrongCodeIsDetectedByTheTool();
    void wrongConfirmationIsRefused();
    void malformedMessagesAreRefused_data();
    void malformedMessagesAreRefused();
    void confirmationNeedsThisLinksOpenRun();
    void aNewRunEndsTheOpenOne();
    void pairingEndsWithHelloOrANewRun();
    void fiveWrongCodesLockPairing();
    void eachFurtherWrongCodeDoublesTheLock();
    void lockIsCappedAt24Hours();
    void lockSurvivesARestart();
    void successClearsCountAndLock();

private:
    /// One run with `labelCode` on the module's own link; the keys when it paired.
    std::optional<security::pake::SessionKeys> pairWith(
        const QString& labelCode, v1::ErrorReply* refusal = nullptr);
    /// Runs that send B and stop there: what an attacker testing guesses does.
    void failAttempts(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestModule> m_module;
};

void tst_PairingRequests::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_module = std::make_unique<TestModule>(m_dir->path());
    QVERIFY(m_module->loaded());
}

void tst_PairingRequests::cleanup()
{
    m_module.reset();
    m_dir.reset();
}

std::optional<security::pake::SessionKeys> tst_PairingRequests::pairWith(
    const QString& labelCode, v1::ErrorReply* refusal)
{
    return pair([this](const v1::Envelope& r) { return m_module->exchange(r); }, labelCode,
        QString::fromUtf16(kSerial), refusal);
}

void tst_PairingRequests::failAttempts(int count)
{
    for (int i = 0; i < count; ++i)
        QVERIFY(!pairWith(u"0000-0000"_s));
}

void tst_PairingRequests::rightCodePairs_data()
{
    QTest::addColumn<QString>("typed");
    // The code as printed is normalised: spaces, dashes and case do not matter.
    QTest::newRow("as printed") << u"7391-2204"_s;
    QTest::newRow("with a space") << u"7391 2204"_s;
    QTest::newRow("digits only") << u"73912204"_s;
}

void tst_PairingRequests::rightCodePairs()
{
    QFETCH(QString, typed);
    const std::optional<security::pake::SessionKeys> keys = pairWith(typed);
    QVERIFY(keys);
    QVERIFY(m_module->link.pairing);
    // Both sides hold the same keys.
    QCOMPARE(m_module->link.pairing->keys, *keys);
    QCOMPARE(m_module->guard.failedAttempts(), 0);
}

void tst_PairingRequests::wrongCodeIsDetectedByTheTool()
{
    QVERIFY(!pairWith(u"7391-2205"_s));
    QVERIFY(!m_module->link.pairing);
    // B went out: the module counted the attempt as failed.
    QCOMPARE(m_module->guard.failedAttempts(), 1);
}

void tst_PairingRequests::wrongConfirmationIsRefused()
{
    Result<security::PakeInitiator> tool
        = security::PakeInitiator::create(u"7391-2204"_s, QString::fromUtf16(kSerial));
    const QByteArray messageA = tool.value().start().value();
    QVERIFY(m_module->exchange(pairingStartRequest(1, messageA)).has_pairing_challenge());

    const v1::Envelope reply = m_module->exchange(pairingConfirmRequest(2, QByteArray(64, '\x5a')));
    QCOMPARE(reply.error().code(), v1::ERROR_CODE_PAIRING_FAILED);
    QVERIFY(!m_module->link.pairing);
    QCOMPARE(m_module->guard.failedAttempts(), 1);
    // The run is over: not even the right C completes it now.
    QCOMPARE(m_module->exchange(pairingConfirmRequest(3, QByteArray(64, '\x5a'))).error().code(),
        v1::ERROR_CODE_PAIRING_FAILED);
}

void tst_PairingRequests::malformedMessagesAreRefused_data()
{
    QTest::addColumn<bool>("start");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("code");

    QTest::newRow("A of 47 bytes") << true << QByteArray(47, '\1') << int(v1::ERROR_CODE_MALFORMED_REQUEST);
    QTest::newRow("A empty") << true << QByteArray() << int(v1::ERROR_CODE_MALFORMED_REQUEST);
    // sid, then the identity element as the share: CPace aborts, no B goes out.
    QTest::newRow("A with the identity as share")
        << true << QByteArray(16, '\1') + QByteArray(32, '\0') << int(v1::ERROR_CODE_PAIRING_FAILED);
    QTest::newRow("C of 63 bytes") << false << QByteArray(63, '\1') << int(v1::ERROR_CODE_MALFORMED_REQUEST);
}

void tst_PairingRequests::malformedMessagesAreRefused()
{
    QFETCH(bool, start);
    QFETCH(QByteArray, message);
    QFETCH(int, code);

    const v1::Envelope reply
        = m_module->exchange(start ? pairingStartRequest(1, message) : pairingConfirmRequest(1, message));
    QCOMPARE(int(reply.error().code()), code);
    QCOMPARE(m_module->guard.failedAttempts(), 0);
}

void tst_PairingRequests::confirmationNeedsThisLinksOpenRun()
{
    QCOMPARE(m_module->exchange(pairingConfirmRequest(1, QByteArray(64, '\1'))).error().code(),
        v1::ERROR_CODE_PAIRING_FAILED);

    // The run was opened on another link: this one cannot complete it.
    Result<security::PakeInitiator> tool
        = security::PakeInitiator::create(u"7391-2204"_s, QString::fromUtf16(kSerial));
    const v1::Envelope challenge = m_module->exchange(pairingStartRequest(2, tool.value().start().value()));
    const QByteArray messageC
        = tool.value().finish(bytesOf(challenge.pairing_challenge().message_b())).value().confirmation;
    LinkState other([](const v1::Envelope&) {});
    QCOMPARE(m_module->exchange(pairingConfirmRequest(3, messageC), other).error().code(),
        v1::ERROR_CODE_PAIRING_FAILED);
    QVERIFY(!other.pairing);
}

void tst_PairingRequests::aNewRunEndsTheOpenOne()
{
    Result<security::PakeInitiator> first
        = security::PakeInitiator::create(u"7391-2204"_s, QString::fromUtf16(kSerial));
    const v1::Envelope challenge = m_module->exchange(pairingStartRequest(1, first.value().start().value()));
    const QByteArray messageC
        = first.value().finish(bytesOf(challenge.pairing_challenge().message_b())).value().confirmation;

    // Someone else starts a run on another link before the first tool confirms.
    LinkState other([](const v1::Envelope&) {});
    QVERIFY(pair([&](const v1::Envelope& r) { return m_module->exchange(r, other); }, u"0000-0000"_s,
                QString::fromUtf16(kSerial))
        == std::nullopt);
    QCOMPARE(
        m_module->exchange(pairingConfirmRequest(2, messageC)).error().code(), v1::ERROR_CODE_PAIRING_FAILED);
    QCOMPARE(m_module->guard.failedAttempts(), 2);
}

void tst_PairingRequests::pairingEndsWithHelloOrANewRun()
{
    QVERIFY(pairWith(u"7391-2204"_s));
    m_module->exchange(helloRequest(1));
    QVERIFY(!m_module->link.pairing);

    QVERIFY(pairWith(u"7391-2204"_s));
    Result<security::PakeInitiator> again
        = security::PakeInitiator::create(u"7391-2204"_s, QString::fromUtf16(kSerial));
    QVERIFY(
        m_module->exchange(pairingStartRequest(2, again.value().start().value())).has_pairing_challenge());
    QVERIFY(!m_module->link.pairing);
}

void tst_PairingRequests::fiveWrongCodesLockPairing()
{
    failAttempts(4);
    QCOMPARE(m_module->guard.lockRemaining().count(), 0);
    failAttempts(1);
    QCOMPARE(m_module->guard.lockRemaining(), std::chrono::milliseconds(60'000));

    // Even the right code is refused while locked, with how long the lock lasts.
    m_module->clock.advance(std::chrono::seconds(20));
    v1::ErrorReply refusal;
    QVERIFY(!pairWith(u"7391-2204"_s, &refusal));
    QCOMPARE(refusal.code(), v1::ERROR_CODE_PAIRING_LOCKED);
    QCOMPARE(refusal.retry_after_ms(), 40'000u);
    QCOMPARE(m_module->guard.failedAttempts(), 5); // a refused run counts nothing

    m_module->clock.advance(std::chrono::seconds(40));
    QVERIFY(pairWith(u"7391-2204"_s));
}

void tst_PairingRequests::eachFurtherWrongCodeDoublesTheLock()
{
    for (const qint64 lockS : { 60, 120, 240, 480 }) {
        failAttempts(lockS == 60 ? 5 : 1);
        QCOMPARE(m_module->guard.lockRemaining(), std::chrono::milliseconds(lockS * 1000));
        m_module->clock.advance(std::chrono::seconds(lockS));
    }
}

void tst_PairingRequests::lockIsCappedAt24Hours()
{
    // The guard alone: days of module time pass, which the metering need not follow.
    ManualClock clock;
    PairingGuard guard(m_dir->filePath(u"guard"_s), clock);
    QVERIFY(guard.load());
    for (int attempt = 1; attempt <= 25; ++attempt) {
        clock.advance(guard.lockRemaining());
        QVERIFY(guard.countAttempt());
    }
    QCOMPARE(guard.failedAttempts(), 25);
    QCOMPARE(guard.lockRemaining(), std::chrono::milliseconds(std::chrono::hours(24)));
}

void tst_PairingRequests::lockSurvivesARestart()
{
    failAttempts(5);
    m_module->clock.advance(std::chrono::seconds(60));
    failAttempts(1); // locked for 120 s
    m_module->clock.advance(std::chrono::seconds(30));
    QCOMPARE(m_module->guard.lockRemaining(), std::chrono::milliseconds(90'000));
    m_module.reset(); // the module stops (or loses power after the lock was saved)

    TestModule restarted(m_dir->path());
    QVERIFY(restarted.loaded());
    QCOMPARE(restarted.guard.failedAttempts(), 6);
    QCOMPARE(restarted.guard.lockRemaining(), std::chrono::milliseconds(90'000));
    const v1::Envelope reply = restarted.exchange(pairingStartRequest(1, QByteArray(48, '\1')));
    QCOMPARE(reply.error().code(), v1::ERROR_CODE_PAIRING_LOCKED);
    QCOMPARE(reply.error().retry_after_ms(), 90'000u);
}

void tst_PairingRequests::successClearsCountAndLock()
{
    failAttempts(5);
    m_module->clock.advance(std::chrono::seconds(60));
    QVERIFY(pairWith(u"7391-2204"_s));
    QCOMPARE(m_module->guard.failedAttempts(), 0);
    QCOMPARE(m_module->guard.lockRemaining().count(), 0);
    // Back to five free attempts, and a first lock of 60 s.
    failAttempts(5);
    QCOMPARE(m_module->guard.lockRemaining(), std::chrono::milliseconds(60'000));

    m_module.reset();
    TestModule restarted(m_dir->path());
    QCOMPARE(restarted.guard.failedAttempts(), 5);
}

QTEST_GUILESS_MAIN(tst_PairingRequests)
#include "tst_pairingrequests.moc"
