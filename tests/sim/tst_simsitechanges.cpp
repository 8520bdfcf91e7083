#include "io/Ds18b20Rom.h"
#include "io/InputWiringChanges.h"
#include "network/RadioSiteChanges.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(InputWiringChanges)
Q_DECLARE_METATYPE(InputWiring)
Q_DECLARE_METATYPE(RadioSiteChanges)
Q_DECLARE_METATYPE(RadioSite)

namespace {

template <typename Change> InputWiring demoWiringWith(Change change)
{
    InputWiring wiring = demoInputWiring();
    change(wiring);
    return wiring;
}

template <typename Change> RadioSite demoSiteWith(Change change)
{
    RadioSite site = demoRadioSite();
    change(site);
    return site;
}

QByteArray rom(const QString& text)
{
    return ds18b20::parseRom(text).value();
}

} // namespace

/// The command line's changes to the inputs' wiring and to the radio site (docs/simulator.md).
class tst_SimSiteChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoWiring();
    void inputChanges_data();
    void inputChanges();
    void refusedInputChanges_data();
    void refusedInputChanges();
    void radioChanges_data();
    void radioChanges();
    void refusedRadioChanges_data();
    void refusedRadioChanges();
};

void tst_SimSiteChanges::demoWiring()
{
    const InputWiring wiring = demoInputWiring();
    QVERIFY(wiring.digital[0].sensors.isEmpty());
    QCOMPARE(wiring.digital[1].signal.first().pulseRateHz, 0.5);
    QCOMPARE(wiring.digital[2].sensors.size(), 3);
    QVERIFY(wiring.digital[3].signal.isEmpty() && wiring.digital[3].sensors.isEmpty());
    QCOMPARE(wiring.analog.first().volts, 6.0);
}

void tst_SimSiteChanges::inputChanges_data()
{
    QTest::addColumn<InputWiringChanges>("changes");
    QTest::addColumn<InputWiring>("expected");

    QTest::newRow("none") << InputWiringChanges {} << demoInputWiring();
    QTest::newRow("a contact that closes later") << InputWiringChanges { .inputs
        = { u"1:closed@12.5"_s, u"1:open"_s } } << demoWiringWith([](InputWiring& w) {
        w.digital[0].signal = { { 0ms, 0.0, false, 0ms }, { 12500ms, 0.0, true, 0ms } };
    });
    QTest::newRow("pulses, default width")
        << InputWiringChanges { .inputs = { u"2:pulses:2.5"_s } } << demoWiringWith([](InputWiring& w) {
               w.digital[1].signal = { { 0ms, 2.5, false, 50ms } };
           });
    QTest::newRow("fast pulses: half the period")
        << InputWiringChanges { .inputs = { u"2:pulses:16"_s } } << demoWiringWith([](InputWiring& w) {
               w.digital[1].signal = { { 0ms, 16.0, false, 31ms } };
           });
    QTest::newRow("pulses with a width, stopping")
        << InputWiringChanges { .inputs = { u"4:pulses:1:100@5"_s, u"4:open@65"_s } }
        << demoWiringWith([](InputWiring& w) {
               w.digital[3].signal = { { 5s, 1.0, false, 100ms }, { 65s, 0.0, false, 0ms } };
           });
    QTest::newRow("a bus replaces the demo contact")
        << InputWiringChanges { .ds18b20 = { u"1:28FF641E0F160413=21.5,28aa3c5b05000051=-5"_s } }
        << demoWiringWith([](InputWiring& w) {
               w.digital[0] = { {},
                   { { rom(u"28FF641E0F160413"_s), 21.5, {} }, { rom(u"28AA3C5B05000051"_s), -5.0, {} } } };
           });
    QTest::newRow("sensors move to another bus") << InputWiringChanges { .inputs = { u"3:open"_s },
        .ds18b20 = { u"4:28FF4A1D931603D1"_s } } << demoWiringWith([](InputWiring& w) {
        w.digital[2] = { { { 0ms, 0.0, false, 0ms } }, {} };
        w.digital[3] = { {}, { { rom(u"28FF4A1D931603D1"_s), 21.5, {} } } };
    });
    QTest::newRow("a sensor held in the hand")
        << InputWiringChanges { .warmSensors = { u"28FF7C2E9316048A@20-50"_s, u"28FF7C2E9316048A@10-15"_s } }
        << demoWiringWith([](InputWiring& w) {
               w.digital[2].sensors[1].holds = { { 10s, 15s }, { 20s, 50s } };
           });
    QTest::newRow("held for good") << InputWiringChanges { .warmSensors = { u"28FF19B0A2160596@0"_s } }
                                   << demoWiringWith([](InputWiring& w) {
                                          w.digital[2].sensors[2].holds = { { 0ms, std::nullopt } };
                                      });
    QTest::newRow("analog steps") << InputWiringChanges { .analog = { u"12.5"_s, u"24@30"_s } }
                                  << demoWiringWith([](InputWiring& w) {
                                         w.analog = { { 0ms, 12.5 }, { 30s, 24.0 } };
                                     });
}

void tst_SimSiteChanges::inputChanges()
{
    QFETCH(InputWiringChanges, changes);
    QFETCH(InputWiring, expected);

    InputWiring wiring = demoInputWiring();
    const std::optional<QString> error = applyInputWiringChanges(wiring, changes);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QVERIFY(wiring == expected);
}

void tst_SimSiteChanges::refusedInputChanges_data()
{
    QTest::addColumn<InputWiringChanges>("changes");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("input 5") << InputWiringChanges { .inputs = { u"5:closed"_s } } << u"--input"_s;
    QTest::newRow("unknown state") << InputWiringChanges { .inputs = { u"1:shut"_s } } << u"1:shut"_s;
    QTest::newRow("pulses wider than the period")
        << InputWiringChanges { .inputs = { u"2:pulses:10:100"_s } } << u"2:pulses:10:100"_s;
    QTest::newRow("negative time") << InputWiringChanges { .inputs = { u"1:closed@-1"_s } } << u"--input"_s;
    QTest::newRow("two changes at once")
        << InputWiringChanges { .inputs = { u"1:closed@3"_s, u"1:open@3"_s } } << u"already"_s;
    QTest::newRow("bad CRC") << InputWiringChanges { .ds18b20 = { u"3:28FF4A1D931603D2"_s } }
                             << u"it would be D1"_s;
    QTest::newRow("not a DS18B20") << InputWiringChanges { .ds18b20 = { u"3:10FF4A1D931603D1"_s } }
                                   << u"family code 28"_s;
    QTest::newRow("too hot") << InputWiringChanges { .ds18b20 = { u"3:28FF4A1D931603D1=130"_s } } << u"-55"_s;
    QTest::newRow("one sensor on two buses")
        << InputWiringChanges { .ds18b20 = { u"1:28FF4A1D931603D1"_s } } << u"more than one bus"_s;
    QTest::newRow("contact and bus on one input") << InputWiringChanges { .inputs = { u"4:open"_s },
        .ds18b20 = { u"4:28FF641E0F160413"_s } } << u"input 4"_s;
    QTest::newRow("warming a sensor nowhere")
        << InputWiringChanges { .warmSensors = { u"28FF641E0F160413@5"_s } } << u"no sensor"_s;
    QTest::newRow("held twice at once")
        << InputWiringChanges { .warmSensors = { u"28FF4A1D931603D1@5-20"_s, u"28FF4A1D931603D1@10"_s } }
        << u"already held"_s;
    QTest::newRow("released before held")
        << InputWiringChanges { .warmSensors = { u"28FF4A1D931603D1@20-10"_s } } << u"--warm-sensor"_s;
    QTest::newRow("analog over 30 V") << InputWiringChanges { .analog = { u"31"_s } } << u"--analog"_s;
}

void tst_SimSiteChanges::refusedInputChanges()
{
    QFETCH(InputWiringChanges, changes);
    QFETCH(QString, mentions);

    InputWiring wiring = demoInputWiring();
    const std::optional<QString> error = applyInputWiringChanges(wiring, changes);
    QVERIFY(error);
    QVERIFY2(error->contains(mentions), qPrintable(*error));
    QVERIFY(wiring == demoInputWiring());
}

void tst_SimSiteChanges::radioChanges_data()
{
    QTest::addColumn<RadioSiteChanges>("changes");
    QTest::addColumn<RadioSite>("expected");

    QTest::newRow("none") << RadioSiteChanges {} << demoRadioSite();
    QTest::newRow("two access points") << RadioSiteChanges {
        .wifiSites = { u"Plant:pass:word:1"_s, u"Office:12345678"_s }
    } << demoSiteWith([](RadioSite& s) {
        s.accessPoints = {
            { u"Plant"_s, u"pass:word:1"_s, u"02:5A:17:3C:8E:01"_s, 6, -58, true, 0xC0A83201, 0xC0A83264 },
            { u"Office"_s, u"12345678"_s, u"02:5A:17:3C:8E:02"_s, 1, -65, true, 0xC0A83301, 0xC0A83364 },
        };
    });
    QTest::newRow("US915 sub-band 2, two gateways, another device")
        << RadioSiteChanges { .lorawanSite = u"us915:2"_s,
               .lorawanGateways = u"-90:8.5,-120:-12"_s,
               .lorawanDevices = { u"0004A30B001C2F3A:0000000000000001:000102030405060708090A0B0C0D0E0F"_s } }
        << demoSiteWith([](RadioSite& s) {
               s.lorawan.region = v1::LORAWAN_REGION_US915;
               s.lorawan.subBand = 2;
               s.lorawan.gateways = { { -90, 8.5 }, { -120, -12.0 } };
               s.lorawan.devices
                   = { { QByteArray::fromHex("0004A30B001C2F3A"), QByteArray::fromHex("0000000000000001"),
                       QByteArray::fromHex("000102030405060708090A0B0C0D0E0F") } };
           });
    QTest::newRow("an APN with credentials")
        << RadioSiteChanges { .cellularSite = u"m2m.op:user:pa:ss"_s } << demoSiteWith([](RadioSite& s) {
               s.cellular.apn = u"m2m.op"_s;
               s.cellular.user = u"user"_s;
               s.cellular.password = u"pa:ss"_s;
           });
    QTest::newRow("an APN without") << RadioSiteChanges { .cellularSite = u"internet"_s }
                                    << demoSiteWith([](RadioSite& s) {
                                           s.cellular.apn = u"internet"_s;
                                           s.cellular.user.clear();
                                           s.cellular.password.clear();
                                       });
    QTest::newRow("elsewhere") << RadioSiteChanges { .gpsPosition = u"-33.8568:151.2153:40"_s }
                               << demoSiteWith([](RadioSite& s) {
                                      s.sky.latitudeDeg = -33.8568;
                                      s.sky.longitudeDeg = 151.2153;
                                      s.sky.altitudeM = 40.0;
                                  });
    QTest::newRow("faults") << RadioSiteChanges { .faults
        = { u"wifi:dhcp_timeout"_s, u"cellular:sim_pin"_s, u"gps:antenna"_s } }
                            << demoSiteWith([](RadioSite& s) {
                                   for (WifiAccessPoint& ap : s.accessPoints)
                                       ap.dhcpServerUp = false;
                                   s.cellular.simPinLocked = true;
                                   s.sky.antennaConnected = false;
                               });
}

void tst_SimSiteChanges::radioChanges()
{
    QFETCH(RadioSiteChanges, changes);
    QFETCH(RadioSite, expected);

    RadioSite site = demoRadioSite();
    const std::optional<QString> error = applyRadioSiteChanges(site, changes);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QVERIFY(site == expected);
}

void tst_SimSiteChanges::refusedRadioChanges_data()
{
    QTest::addColumn<RadioSiteChanges>("changes");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("short passphrase")
        << RadioSiteChanges { .wifiSites = { u"Plant:short"_s } } << u"--wifi-site"_s;
    QTest::newRow("no passphrase") << RadioSiteChanges { .wifiSites = { u"Plant"_s } } << u"--wifi-site"_s;
    QTest::newRow("unknown region") << RadioSiteChanges { .lorawanSite = u"EU433"_s } << u"--lorawan-site"_s;
    QTest::newRow("US915 without a sub-band") << RadioSiteChanges { .lorawanSite = u"US915"_s } << u"US915"_s;
    QTest::newRow("EU868 with a sub-band")
        << RadioSiteChanges { .lorawanSite = u"EU868:1"_s } << u"EU868:1"_s;
    QTest::newRow("sub-band 9") << RadioSiteChanges { .lorawanSite = u"AU915:9"_s } << u"AU915:9"_s;
    QTest::newRow("gateway without SNR")
        << RadioSiteChanges { .lorawanGateways = u"-90"_s } << u"--lorawan-gateways"_s;
    QTest::newRow("short AppKey") << RadioSiteChanges { .lorawanDevices
        = { u"0004A30B001C2F3A:0000000000000001:0001"_s } }
                                  << u"--lorawan-device"_s;
    QTest::newRow("APN and user only")
        << RadioSiteChanges { .cellularSite = u"m2m.op:user"_s } << u"--cellular-site"_s;
    QTest::newRow("latitude 91") << RadioSiteChanges { .gpsPosition = u"91:0:0"_s } << u"--gps-position"_s;
    QTest::newRow("unknown fault") << RadioSiteChanges { .faults = { u"wifi:jammed"_s } } << u"wifi:no_ap"_s;
}

void tst_SimSiteChanges::refusedRadioChanges()
{
    QFETCH(RadioSiteChanges, changes);
    QFETCH(QString, mentions);

    RadioSite site = demoRadioSite();
    const std::optional<QString> error = applyRadioSiteChanges(site, changes);
    QVERIFY(error);
    QVERIFY2(error->contains(mentions), qPrintable(*error));
    QVERIFY(site == demoRadioSite());
}

QTEST_GUILESS_MAIN(tst_SimSiteChanges)
#include "tst_simsitechanges.moc"
