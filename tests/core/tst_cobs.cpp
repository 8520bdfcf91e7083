#include "protocol/Cobs.h"

#include <QRandomGenerator>
#include <QTest>

namespace {

QByteArray ascending(int from, int count)
{
    QByteArray bytes;
    for (int i = 0; i < count; ++i)
        bytes.append(static_cast<char>(from + i));
    return bytes;
}

} // namespace

class tst_Cobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encode_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("encoded");
        // The canonical examples of Cheshire and Baker's COBS (without the 0x00 delimiter).
        QTest::newRow("one zero") << QByteArray::fromHex("00") << QByteArray::fromHex("0101");
        QTest::newRow("two zeros") << QByteArray::fromHex("0000") << QByteArray::fromHex("010101");
        QTest::newRow("zero inside") << QByteArray::fromHex("001100") << QByteArray::fromHex("01021101");
        QTest::newRow("no zero") << QByteArray::fromHex("11223344") << QByteArray::fromHex("0511223344");
        QTest::newRow("trailing zero") << QByteArray::fromHex("11000000") << QByteArray::fromHex("0211010101");
        QTest::newRow("254 non-zero") << ascending(1, 254) << (QByteArray::fromHex("FF") + ascending(1, 254));
        QTest::newRow("zero then 254")
            << (QByteArray(1, '\0') + ascending(1, 254)) << (QByteArray::fromHex("01FF") + ascending(1, 254));
        QTest::newRow("255 non-zero")
            << ascending(1, 255) << (QByteArray::fromHex("FF") + ascending(1, 254) + QByteArray::fromHex("02FF"));
        QTest::newRow("254 then zero")
            << (ascending(2, 254) + QByteArray(1, '\0'))
            << (QByteArray::fromHex("FF") + ascending(2, 254) + QByteArray::fromHex("0101"));
    }
    void encode()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(iotpro::cobs::encode(raw).toHex(), encoded.toHex());
        const auto decoded = iotpro::cobs::decode(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(decoded->toHex(), raw.toHex());
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("code points past end") << QByteArray::fromHex("0511");
        QTest::newRow("zero code byte") << QByteArray::fromHex("00");
        QTest::newRow("zero inside block") << QByteArray::fromHex("031100");
    }
    void rejectsInvalid()
    {
        QFETCH(QByteArray, encoded);
        QVERIFY(!iotpro::cobs::decode(encoded).has_value());
    }

    void roundTripsRandomData()
    {
        QRandomGenerator rng(20261124);
        for (int round = 0; round < 2000; ++round) {
            QByteArray raw(rng.bounded(0, 1200), '\0');
            // Mostly sparse zeros, sometimes dense, so both block kinds are exercised.
            const bool dense = round % 3 == 0;
            for (char& c : raw)
                c = static_cast<char>(dense ? rng.bounded(0, 3) : rng.bounded(0, 256));
            const QByteArray encoded = iotpro::cobs::encode(raw);
            QVERIFY(!encoded.contains('\0'));
            QVERIFY(encoded.size() <= iotpro::cobs::maxEncodedSize(raw.size()));
            QCOMPARE(iotpro::cobs::decode(encoded), std::optional<QByteArray>(raw));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Cobs)
#include "tst_cobs.moc"
