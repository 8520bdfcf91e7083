#include "protocol/Crc32c.h"

#include <QTest>

class tst_Crc32c : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownValues_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<quint32>("crc");
        // Check value of the CRC catalogue, and RFC 3720 (iSCSI) appendix B.4 vectors.
        QTest::newRow("check") << QByteArray("123456789") << 0xE3069283u;
        QTest::newRow("empty") << QByteArray() << 0x00000000u;
        QTest::newRow("32 zeros") << QByteArray(32, '\0') << 0x8A9136AAu;
        QTest::newRow("32 0xFF") << QByteArray(32, '\xFF') << 0x62A8AB43u;
        QByteArray ascending(32, '\0');
        for (int i = 0; i < 32; ++i)
            ascending[i] = static_cast<char>(i);
        QTest::newRow("32 ascending") << ascending << 0x46DD794Eu;
    }
    void knownValues()
    {
        QFETCH(QByteArray, input);
        QFETCH(quint32, crc);
        QCOMPARE(iotpro::crc32c(input), crc);
    }
};

QTEST_GUILESS_MAIN(tst_Crc32c)
#include "tst_crc32c.moc"
