#include "modbus/RegisterCodec.h"

#include <QTest>

using namespace iotpro::modbus;

class tst_RegisterCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesFixedVectors_data()
    {
        QTest::addColumn<quint16>("first");
        QTest::addColumn<quint16>("second");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("order");
        QTest::addColumn<double>("expected");
        const int f = int(ValueType::Float32);
        const int high = int(WordOrder::HighFirst);
        const int low = int(WordOrder::LowFirst);
        // 230.0f = 0x43660000: the SDM630's nominal voltage, high word first as it sends it.
        QTest::newRow("230 V high first") << quint16(0x4366) << quint16(0x0000) << f << high << 230.0;
        QTest::newRow("230 V low first") << quint16(0x0000) << quint16(0x4366) << f << low << 230.0;
        // 49.98f = 0x4247EB85: both words non-zero, so a swap cannot go unnoticed.
        QTest::newRow("49.98 Hz high first") << quint16(0x4247) << quint16(0xEB85) << f << high << double(49.98f);
        QTest::newRow("49.98 Hz low first") << quint16(0xEB85) << quint16(0x4247) << f << low << double(49.98f);
        QTest::newRow("-1.5 high first") << quint16(0xBFC0) << quint16(0x0000) << f << high << -1.5;
        QTest::newRow("int32 -2 high first") << quint16(0xFFFF) << quint16(0xFFFE) << int(ValueType::Int32) << high
                                             << -2.0;
        QTest::newRow("int32 65536 low first") << quint16(0x0000) << quint16(0x0001) << int(ValueType::Int32) << low
                                               << 65536.0;
        QTest::newRow("uint32 serial high first") << quint16(0x0134) << quint16(0x5678) << int(ValueType::Uint32)
                                                  << high << double(0x01345678);
        QTest::newRow("uint16") << quint16(0xBEEF) << quint16(0) << int(ValueType::Uint16) << high << double(0xBEEF);
    }
    void decodesFixedVectors()
    {
        QFETCH(quint16, first);
        QFETCH(quint16, second);
        QFETCH(int, type);
        QFETCH(int, order);
        QFETCH(double, expected);
        const std::array<quint16, 2> words { first, second };
        QCOMPARE(decodeRegisters(words, ValueType(type), WordOrder(order)), expected);
        const QList<quint16> encoded = encodeRegisters(expected, ValueType(type), WordOrder(order));
        QCOMPARE(encoded.size(), registerCount(ValueType(type)));
        QCOMPARE(encoded.first(), first);
        if (encoded.size() == 2)
            QCOMPARE(encoded.at(1), second);
    }

    void wrongWordOrderReadsNonsense()
    {
        // What a profile with the wrong word order would show: not 230 V.
        const std::array<quint16, 2> words { 0x4366, 0x0000 };
        QVERIFY(decodeRegisters(words, ValueType::Float32, WordOrder::LowFirst) != 230.0);
    }

    void integersAreRoundedAndClamped_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("stored");
        QTest::newRow("uint16 rounds") << 2.6 << int(ValueType::Uint16) << 3.0;
        QTest::newRow("uint16 clamps high") << 70000.0 << int(ValueType::Uint16) << 65535.0;
        QTest::newRow("uint16 clamps negative") << -4.0 << int(ValueType::Uint16) << 0.0;
        QTest::newRow("int32 rounds negative") << -2.6 << int(ValueType::Int32) << -3.0;
        QTest::newRow("int32 clamps") << 1e12 << int(ValueType::Int32) << 2147483647.0;
    }
    void integersAreRoundedAndClamped()
    {
        QFETCH(double, value);
        QFETCH(int, type);
        QFETCH(double, stored);
        const QList<quint16> words = encodeRegisters(value, ValueType(type), WordOrder::HighFirst);
        QCOMPARE(decodeRegisters(words, ValueType(type), WordOrder::HighFirst), stored);
    }
};

QTEST_GUILESS_MAIN(tst_RegisterCodec)
#include "tst_registercodec.moc"
