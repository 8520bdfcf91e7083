// DS18B20 ROM codes: CRC-8/MAXIM and the checks of a code typed or read from a bus.
#include "config/Ds18b20RomCode.h"

#include <QTest>

using namespace iotpro::config;

Q_DECLARE_METATYPE(ds18b20::RomCodeCheck)

class tst_Ds18b20RomCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("crc");
        // The CRC catalogue's check value of CRC-8/MAXIM-DOW.
        QTest::newRow("123456789") << QByteArray("123456789") << 0xA1;
        // Maxim application note 27, the worked example: ROM 02 1C B8 01 00 00 00, CRC A2.
        QTest::newRow("AN27 example") << QByteArray::fromHex("021CB801000000") << 0xA2;
        QTest::newRow("AN27 example with its CRC") << QByteArray::fromHex("021CB801000000A2") << 0x00;
        QTest::newRow("nothing") << QByteArray() << 0x00;
    }
    void crc8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, crc);
        QCOMPARE(int(ds18b20::crc8(bytes)), crc);
    }

    void check_data()
    {
        QTest::addColumn<QString>("romCode");
        QTest::addColumn<ds18b20::RomCodeCheck>("result");
        using enum ds18b20::RomCodeCheck;
        QTest::newRow("valid") << u"28FF4A1D931603D1"_qs << Valid;
        QTest::newRow("valid, lower case") << u"286164123c7c2f27"_qs << Valid;
        QTest::newRow("one digit wrong") << u"28FF4A1D931604D1"_qs << BadCrc;
        QTest::newRow("CRC wrong") << u"28FF4A1D931603D2"_qs << BadCrc;
        QTest::newRow("a DS18S20 (family 10)") << u"100102030405067B"_qs << WrongFamily;
        QTest::newRow("15 digits") << u"28FF4A1D931603D"_qs << NotHex;
        QTest::newRow("17 digits") << u"28FF4A1D931603D10"_qs << NotHex;
        QTest::newRow("a letter beyond F") << u"28FF4A1D93160GD1"_qs << NotHex;
        QTest::newRow("with separators (Linux w1 style)") << u"28-ff4a1d931603"_qs << NotHex;
        QTest::newRow("empty") << QString() << NotHex;
        QTest::newRow("full-width digits") << u"２８FF4A1D931603D1"_qs << NotHex;
    }
    void check()
    {
        QFETCH(QString, romCode);
        QFETCH(ds18b20::RomCodeCheck, result);
        QCOMPARE(ds18b20::check(romCode), result);
    }
};

QTEST_GUILESS_MAIN(tst_Ds18b20RomCode)
#include "tst_ds18b20romcode.moc"
