// Identify (the status LED blinks) and SetClock (the module's clock and time zone) at the module.
#include "ClockRequests.h"
#include "IdentifyRequests.h"
#include "ModuleTestKit.h"
#include "StatusLed.h"

#include <QSignalSpy>
#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

v1::Envelope identifyRequest(quint32 durationS)
{
    v1::Envelope envelope;
    envelope.set_request_id(3);
    envelope.set_protocol_version(1);
    envelope.mutable_identify()->set_duration_s(durationS);
    return envelope;
}

v1::Envelope setClockRequest(qint64 unixTimeMs, const QString& timeZone)
{
    v1::Envelope envelope;
    envelope.set_request_id(4);
    envelope.set_protocol_version(1);
    envelope.mutable_set_clock()->set_unix_time_ms(unixTimeMs);
    envelope.mutable_set_clock()->set_time_zone(timeZone.toStdString());
    return envelope;
}

} // namespace

class tst_IdentifyAndClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identifyBlinksTheLed_data();
    void identifyBlinksTheLed();
    void ledStopsByItself();
    void setClock_data();
    void setClock();

private:
    LinkState m_link { [](const v1::Envelope&) {} };
};

void tst_IdentifyAndClock::identifyBlinksTheLed_data()
{
    QTest::addColumn<quint32>("durationS");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>("blinking");

    QTest::newRow("1 s") << 1u << true << true;
    QTest::newRow("60 s") << 60u << true << true;
    QTest::newRow("0 stops") << 0u << true << false;
    QTest::newRow("61 s") << 61u << false << true; // refused: the earlier blinking goes on
}

void tst_IdentifyAndClock::identifyBlinksTheLed()
{
    QFETCH(quint32, durationS);
    QFETCH(bool, accepted);
    QFETCH(bool, blinking);

    StatusLed led;
    IdentifyRequests identify(led);
    led.blink(std::chrono::seconds(30));
    const v1::Envelope reply = *identify.handle(identifyRequest(durationS), m_link);
    QCOMPARE(reply.request_id(), 3u);
    if (accepted) {
        QVERIFY(reply.has_identifying());
        QCOMPARE(reply.identifying().duration_s(), durationS);
    } else {
        QCOMPARE(reply.error().code(), v1::ERROR_CODE_INVALID_ARGUMENT);
    }
    QCOMPARE(led.isBlinking(), blinking);
}

void tst_IdentifyAndClock::ledStopsByItself()
{
    StatusLed led;
    QSignalSpy changes(&led, &StatusLed::blinkingChanged);
    IdentifyRequests identify(led);
    QVERIFY(identify.handle(identifyRequest(1), m_link)->has_identifying());
    QCOMPARE(changes.size(), 1);
    QVERIFY(changes.wait(3000));
    QVERIFY(!led.isBlinking());
    QCOMPARE(changes.last().at(0).toBool(), false);
}

void tst_IdentifyAndClock::setClock_data()
{
    QTest::addColumn<qint64>("unixTimeMs");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reportedZone");

    QTest::newRow("time and zone") << qint64(1'760'000'000'000) << u"Europe/Berlin"_s << true
                                   << u"Europe/Berlin"_s;
    QTest::newRow("time only keeps the zone") << qint64(1'760'000'000'000) << QString() << true << u"UTC"_s;
    QTest::newRow("unknown zone") << qint64(1'760'000'000'000) << u"Mars/Olympus"_s << false << u"UTC"_s;
    QTest::newRow("time 0") << qint64(0) << QString() << false << u"UTC"_s;
    QTest::newRow("before 1970") << qint64(-5) << QString() << false << u"UTC"_s;
}

void tst_IdentifyAndClock::setClock()
{
    QFETCH(qint64, unixTimeMs);
    QFETCH(QString, timeZone);
    QFETCH(bool, accepted);
    QFETCH(QString, reportedZone);

    ManualClock clock;
    ClockRequests requests(clock);
    const v1::Envelope reply = *requests.handle(setClockRequest(unixTimeMs, timeZone), m_link);
    if (accepted) {
        QVERIFY(reply.has_clock());
        QCOMPARE(reply.clock().unix_time_ms(), unixTimeMs);
        QVERIFY(reply.clock().synchronized());
        // The clock runs on from the time set.
        clock.advance(std::chrono::seconds(2));
        QCOMPARE(clock.unixTimeMs(), unixTimeMs + 2000);
    } else {
        QCOMPARE(reply.error().code(), v1::ERROR_CODE_INVALID_ARGUMENT);
        QCOMPARE(clock.unixTimeMs(), ManualClock::kStartUnixTimeMs);
        QVERIFY(!clock.isSynchronized());
    }
    QCOMPARE(clock.timeZone(), reportedZone);
}

QTEST_GUILESS_MAIN(tst_IdentifyAndClock)
#include "tst_identifyandclock.moc"
