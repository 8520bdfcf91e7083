#include "modbus/ModbusAddress.h"

#include <QTest>

using namespace iotpro::modbus;

class tst_ModbusAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("tcp");
        QTest::addColumn<QString>("where"); ///< host or device
        QTest::addColumn<int>("portOrBaud");
        QTest::addColumn<QString>("frame");
        QTest::addColumn<int>("unit"); ///< 0: none given
        QTest::newRow("tcp") << u"modbus-tcp:127.0.0.1:5502"_qs << true << u"127.0.0.1"_qs << 5502 << QString() << 0;
        QTest::newRow("tcp unit") << u"modbus-tcp:bench-gw:502:7"_qs << true << u"bench-gw"_qs << 502 << QString()
                                  << 7;
        QTest::newRow("rtu") << u"modbus-rtu:/dev/ttyUSB0:9600:8N1:1"_qs << false << u"/dev/ttyUSB0"_qs << 9600
                             << u"8N1"_qs << 1;
        QTest::newRow("rtu no unit") << u"modbus-rtu:/dev/ttyUSB0:19200:8E1"_qs << false << u"/dev/ttyUSB0"_qs
                                     << 19200 << u"8E1"_qs << 0;
        QTest::newRow("rtu lower case frame") << u"modbus-rtu:/dev/ttyS1:38400:7o2:247"_qs << false
                                              << u"/dev/ttyS1"_qs << 38400 << u"7O2"_qs << 247;
    }
    void parsesValid()
    {
        QFETCH(QString, text);
        QFETCH(bool, tcp);
        QFETCH(QString, where);
        QFETCH(int, portOrBaud);
        QFETCH(QString, frame);
        QFETCH(int, unit);
        const auto address = ModbusAddress::parse(text);
        QVERIFY2(address.ok(), qPrintable(address.ok() ? QString() : address.error().toString()));
        QCOMPARE(address->kind == ModbusAddress::Kind::Tcp, tcp);
        QCOMPARE(tcp ? address->host : address->device, where);
        QCOMPARE(tcp ? int(address->port) : address->baud, portOrBaud);
        if (!tcp)
            QCOMPARE(QStringLiteral("%1%2%3")
                         .arg(address->dataBits)
                         .arg(QChar::fromLatin1(address->parity))
                         .arg(address->stopBits),
                frame);
        QCOMPARE(address->unitId.value_or(0), unit);
        QCOMPARE(ModbusAddress::parse(address->toString()).value(), address.value());
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("device address") << u"tcp:127.0.0.1:502"_qs;
        QTest::newRow("tcp no port") << u"modbus-tcp:127.0.0.1"_qs;
        QTest::newRow("tcp port zero") << u"modbus-tcp:127.0.0.1:0"_qs;
        QTest::newRow("tcp unit zero") << u"modbus-tcp:127.0.0.1:502:0"_qs;
        QTest::newRow("tcp unit too big") << u"modbus-tcp:127.0.0.1:502:248"_qs;
        QTest::newRow("tcp too many parts") << u"modbus-tcp:::1:502"_qs;
        QTest::newRow("rtu no frame") << u"modbus-rtu:/dev/ttyUSB0:9600"_qs;
        QTest::newRow("rtu bad parity") << u"modbus-rtu:/dev/ttyUSB0:9600:8X1:1"_qs;
        QTest::newRow("rtu bad baud") << u"modbus-rtu:/dev/ttyUSB0:fast:8N1:1"_qs;
        QTest::newRow("rtu no device") << u"modbus-rtu::9600:8N1:1"_qs;
        QTest::newRow("rtu bad unit") << u"modbus-rtu:/dev/ttyUSB0:9600:8N1:x"_qs;
    }
    void rejectsInvalid()
    {
        QFETCH(QString, text);
        const auto address = ModbusAddress::parse(text);
        QVERIFY(!address.ok());
        QCOMPARE(address.error().kind, iotpro::ErrorKind::InvalidAddress);
        QVERIFY(address.error().detail.contains(text));
    }
};

QTEST_GUILESS_MAIN(tst_ModbusAddress)
#include "tst_modbusaddress.moc"
