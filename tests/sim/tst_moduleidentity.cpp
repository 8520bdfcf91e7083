#include "ModuleIdentity.h"

#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace iotpro::sim;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<quint32>)

class tst_ModuleIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityForSerial();
    void bleAddressIsStaticRandomAndStable_data();
    void bleAddressIsStaticRandomAndStable();
    void serialNumberRules_data();
    void serialNumberRules();
    void highestSharedVersion_data();
    void highestSharedVersion();
};

void tst_ModuleIdentity::identityForSerial()
{
    const FittedOptions options { true, false, true, false };
    const ModuleIdentity identity = makeModuleIdentity(u"EM-7"_s, options, { 1, 3 });

    QCOMPARE(identity.serialNumber, u"EM-7"_s);
    QCOMPARE(identity.hardwareRevision, u"C"_s);
    QCOMPARE(identity.firmwareVersion, simFirmwareVersion());
    QVERIFY(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s).match(identity.firmwareVersion).hasMatch());
    QCOMPARE(identity.protocolVersions.min, 1u);
    QCOMPARE(identity.protocolVersions.max, 3u);
    QCOMPARE(identity.meteringEngineModel, u"ME630"_s);
    QCOMPARE(identity.meteringEngineFirmware, u"2.4.1"_s);
    QVERIFY(identity.fittedOptions == options);
    QCOMPARE(identity.usbVendorId, quint16(0x1209));
    QCOMPARE(identity.usbProductId, quint16(0x7A30));
    QCOMPARE(identity.bleAddress, bleStaticRandomAddress(u"EM-7"_s));
    QCOMPARE(identity.bleName, u"IoTPro-EM-7"_s);
}

void tst_ModuleIdentity::bleAddressIsStaticRandomAndStable_data()
{
    QTest::addColumn<QString>("serialNumber");
    QTest::addColumn<QString>("otherSerialNumber");

    QTest::newRow("default") << u"SIM-000001"_s << u"SIM-000002"_s;
    QTest::newRow("short") << u"A"_s << u"B"_s;
    QTest::newRow("case matters") << u"em-1"_s << u"EM-1"_s;
    QTest::newRow("longest") << u"ABCDEFGHIJ123456"_s << u"ABCDEFGHIJ123457"_s;
}

void tst_ModuleIdentity::bleAddressIsStaticRandomAndStable()
{
    QFETCH(QString, serialNumber);
    QFETCH(QString, otherSerialNumber);

    const QString address = bleStaticRandomAddress(serialNumber);
    QVERIFY2(QRegularExpression(u"^([0-9A-F]{2}:){5}[0-9A-F]{2}$"_s).match(address).hasMatch(),
        qPrintable(address));
    const uint firstByte = address.first(2).toUInt(nullptr, 16);
    QCOMPARE(firstByte & 0xC0u, 0xC0u); // static random: two top bits set
    QCOMPARE(bleStaticRandomAddress(serialNumber), address);
    QVERIFY(bleStaticRandomAddress(otherSerialNumber) != address);
}

void tst_ModuleIdentity::serialNumberRules_data()
{
    QTest::addColumn<QString>("serialNumber");
    QTest::addColumn<bool>("valid");

    QTest::newRow("default") << u"SIM-000001"_s << true;
    QTest::newRow("one character") << u"7"_s << true;
    QTest::newRow("16 characters") << u"ABCDEFGHIJ123456"_s << true;
    QTest::newRow("lower case") << u"abc-def"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("17 characters") << u"ABCDEFGHIJ1234567"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("dot dot") << u".."_s << false;
    QTest::newRow("underscore") << u"a_b"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("non-ASCII letter") << u"\u00c4"_s << false;
    QTest::newRow("non-ASCII digit") << u"\u0663"_s << false;
}

void tst_ModuleIdentity::serialNumberRules()
{
    QFETCH(QString, serialNumber);
    QFETCH(bool, valid);
    QCOMPARE(isValidSerialNumber(serialNumber), valid);
}

void tst_ModuleIdentity::highestSharedVersion_data()
{
    QTest::addColumn<quint32>("ourMin");
    QTest::addColumn<quint32>("ourMax");
    QTest::addColumn<quint32>("peerMin");
    QTest::addColumn<quint32>("peerMax");
    QTest::addColumn<std::optional<quint32>>("expected");

    QTest::newRow("same single version") << 1u << 1u << 1u << 1u << std::optional<quint32>(1);
    QTest::newRow("peer newer, overlapping") << 1u << 3u << 2u << 5u << std::optional<quint32>(3);
    QTest::newRow("peer older, overlapping") << 2u << 4u << 1u << 2u << std::optional<quint32>(2);
    QTest::newRow("peer inside") << 1u << 9u << 4u << 6u << std::optional<quint32>(6);
    QTest::newRow("peer entirely newer") << 1u << 1u << 2u << 3u << std::optional<quint32>();
    QTest::newRow("peer entirely older") << 3u << 4u << 1u << 2u << std::optional<quint32>();
    QTest::newRow("peer range inverted") << 1u << 5u << 4u << 2u << std::optional<quint32>();
    QTest::newRow("peer sent nothing") << 1u << 1u << 0u << 0u << std::optional<quint32>();
}

void tst_ModuleIdentity::highestSharedVersion()
{
    QFETCH(quint32, ourMin);
    QFETCH(quint32, ourMax);
    QFETCH(quint32, peerMin);
    QFETCH(quint32, peerMax);
    QFETCH(std::optional<quint32>, expected);

    const ProtocolRange ours { ourMin, ourMax };
    QCOMPARE(ours.highestSharedWith(peerMin, peerMax), expected);
}

QTEST_GUILESS_MAIN(tst_ModuleIdentity)
#include "tst_moduleidentity.moc"
