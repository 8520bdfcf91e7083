#include "transport/DeviceAddress.h"

#include <QTest>

using iotpro::DeviceAddress;

class tst_DeviceAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("serial acm") << u"serial:/dev/ttyACM0"_qs << int(DeviceAddress::Kind::Serial)
                                    << u"/dev/ttyACM0"_qs << 0 << u"serial:/dev/ttyACM0"_qs;
        QTest::newRow("serial pty") << u"serial:/dev/pts/7"_qs << int(DeviceAddress::Kind::Serial)
                                    << u"/dev/pts/7"_qs << 0 << u"serial:/dev/pts/7"_qs;
        QTest::newRow("tcp ipv4") << u"tcp:127.0.0.1:5020"_qs << int(DeviceAddress::Kind::Tcp)
                                  << u"127.0.0.1"_qs << 5020 << u"tcp:127.0.0.1:5020"_qs;
        QTest::newRow("tcp name") << u"tcp:localhost:1"_qs << int(DeviceAddress::Kind::Tcp)
                                  << u"localhost"_qs << 1 << u"tcp:localhost:1"_qs;
        QTest::newRow("tcp ipv6") << u"tcp:[::1]:65535"_qs << int(DeviceAddress::Kind::Tcp)
                                  << u"::1"_qs << 65535 << u"tcp:[::1]:65535"_qs;
        QTest::newRow("ble lower") << u"ble:aa:bb:cc:dd:ee:0f"_qs << int(DeviceAddress::Kind::Ble)
                                   << u"AA:BB:CC:DD:EE:0F"_qs << 0 << u"ble:AA:BB:CC:DD:EE:0F"_qs;
    }
    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, target);
        QFETCH(int, port);
        QFETCH(QString, canonical);
        const auto address = DeviceAddress::parse(text);
        QVERIFY2(address.ok(), qPrintable(address.ok() ? QString() : address.error().toString()));
        QCOMPARE(int(address->kind()), kind);
        QCOMPARE(address->target(), target);
        QCOMPARE(int(address->port()), port);
        QCOMPARE(address->toString(), canonical);
        QCOMPARE(DeviceAddress::parse(address->toString()).value(), address.value());
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no scheme") << u"/dev/ttyACM0"_qs;
        QTest::newRow("unknown scheme") << u"usb:/dev/ttyACM0"_qs;
        QTest::newRow("serial without path") << u"serial:"_qs;
        QTest::newRow("tcp without port") << u"tcp:127.0.0.1"_qs;
        QTest::newRow("tcp port zero") << u"tcp:127.0.0.1:0"_qs;
        QTest::newRow("tcp port too big") << u"tcp:127.0.0.1:65536"_qs;
        QTest::newRow("tcp port text") << u"tcp:host:http"_qs;
        QTest::newRow("ble short") << u"ble:AA:BB:CC:DD:EE"_qs;
        QTest::newRow("ble not hex") << u"ble:GG:BB:CC:DD:EE:FF"_qs;
    }
    void rejectsInvalid()
    {
        QFETCH(QString, text);
        const auto address = DeviceAddress::parse(text);
        QVERIFY(!address.ok());
        QCOMPARE(address.error().kind, iotpro::ErrorKind::InvalidAddress);
        QVERIFY(address.error().detail.contains(u"serial:/dev/ttyACM0"));
    }
};

QTEST_GUILESS_MAIN(tst_DeviceAddress)
#include "tst_deviceaddress.moc"
