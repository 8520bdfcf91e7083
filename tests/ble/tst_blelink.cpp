// The real iotpro-cli over Bluetooth LE, through QtBluetooth's own BlueZ D-Bus backend: a mock
// BlueZ (bluez_iotpro.py, python-dbusmock) on a private system bus, bridged to a real iotpro-sim.
// Each CTest test runs one function against its own fixture (ble_fixture.py), which says in the
// environment what the mock advertises and what the test must therefore see.
#include "ConfigFixture.h"
#include "SimProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using configtest::cli;

namespace {

QString fixtureValue(const char* name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: run this test through CTest (label ble), which starts its fixture", name);
    return value;
}

/// The address the fixture's module advertises: the one the simulator reports as its own.
QString moduleAddress()
{
    QFile file(fixtureValue("IOTPRO_BLE_FIXTURE_DIR") + u"/module-address"_qs);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the BLE fixture wrote no module-address");
    return u"ble:"_qs + QString::fromLatin1(file.readAll()).trimmed();
}

/// The lengths of the RX writes the mock received, in order, from its call log.
QList<int> rxWriteLengths()
{
    QFile log(fixtureValue("IOTPRO_BLE_FIXTURE_DIR") + u"/mock.log"_qs);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression write(QStringLiteral("WriteValue \\[([0-9, ]*)\\]"));
    QList<int> lengths;
    for (const QString& line : QString::fromUtf8(log.readAll()).split(u'\n')) {
        const QRegularExpressionMatch match = write.match(line);
        if (match.hasMatch())
            lengths.append(int(match.captured(1).split(u',', Qt::SkipEmptyParts).size()));
    }
    return lengths;
}

/// What a signed apply over the link needs: a key the module trusts (added over the same link, the
/// fixture's module runs in factory mode) and a configuration with a Wi-Fi passphrase to seal.
struct WifiApply
{
    QString key;
    QString fingerprint;
    QString file;
    QString failure; ///< empty when ready
};

WifiApply prepareWifiApply(const QTemporaryDir& dir)
{
    using namespace configtest;
    WifiApply prepared;
    prepared.key = dir.filePath(u"technician.key"_qs);
    prepared.fingerprint = keygen(dir.path(), u"technician.key"_qs);
    const ProgramRun trust = cli({ u"--device"_qs, moduleAddress(), u"trust"_qs, u"add"_qs, prepared.key + u".pub"_qs,
        u"--yes"_qs });
    const QJsonObject factory = configGet(moduleAddress());
    if (prepared.fingerprint.isEmpty() || trust.exitCode != 0 || factory.isEmpty()) {
        prepared.failure = u"keygen, trust add or config get failed: "_qs + trust.err;
        return prepared;
    }
    QJsonObject config = withValue(factory, u"network.wifi.enabled"_qs, true);
    config = withValue(config, u"network.wifi.ssid"_qs, u"IoTPro-Site"_qs);
    config = withValue(config, u"network.wifi.passphrase"_qs, u"commission-me"_qs);
    prepared.file = writeJson(dir.path(), u"wifi.json"_qs, config);
    return prepared;
}

} // namespace

class tst_BleLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// `iotpro-cli --device ble:ADDR info`: scan, connect, GATT, Hello, DeviceInfo.
    void info()
    {
        const ProgramRun run = cli({ u"--device"_qs, moduleAddress(), u"info"_qs, u"--json"_qs });
        QVERIFY2(run.finished, "iotpro-cli hung");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject info = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(info.value(u"serial_number").toString(), fixtureValue("IOTPRO_BLE_SERIAL"));
        QCOMPARE(info.value(u"address").toString(), moduleAddress());
        // The module advertises under the identity it reports.
        const QJsonObject ble = info.value(u"ble").toObject();
        QCOMPARE(u"ble:"_qs + ble.value(u"address").toString(), moduleAddress());
        QCOMPARE(ble.value(u"name").toString(), u"IoTPro-"_qs + fixtureValue("IOTPRO_BLE_SERIAL"));
        QCOMPARE(info.value(u"firmware_version").toString(), QStringLiteral(IOTPRO_VERSION));
    }

    /// Every write the module received fits the ATT payload it reported, and the stream was cut at
    /// exactly that size: the mock refuses longer writes, as a real link does.
    void writesAreChunkedToTheAttPayload()
    {
        info();
        const int attPayload = fixtureValue("IOTPRO_BLE_ATT_PAYLOAD").toInt();
        const QList<int> lengths = rxWriteLengths();
        QVERIFY(!lengths.isEmpty());
        QCOMPARE(*std::max_element(lengths.begin(), lengths.end()), attPayload);
    }

    /// `live --count 5 --json`: five consecutive snapshots streamed as TX notifications.
    void liveStream()
    {
        const ProgramRun run = cli({ u"--device"_qs, moduleAddress(), u"live"_qs, u"--count"_qs, u"5"_qs,
            u"--rate"_qs, u"10"_qs, u"--json"_qs });
        QVERIFY2(run.finished, "iotpro-cli hung");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        qint64 previous = -1;
        for (const QString& line : lines) {
            QJsonParseError error;
            const QJsonObject snapshot = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            const qint64 sequence = snapshot.value(u"sequence").toInteger(-1);
            QVERIFY2(sequence > previous, qPrintable(line.left(80)));
            previous = sequence;
        }
    }

    /// `ports --ble`: the module by address, name, serial and RSSI, as the mock advertises it.
    void discovery()
    {
        const ProgramRun run = cli({ u"ports"_qs, u"--ble"_qs, u"--json"_qs });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray modules = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(modules.size(), 1);
        const QJsonObject module = modules.first().toObject();
        QCOMPARE(module.value(u"address").toString(), moduleAddress());
        QCOMPARE(module.value(u"serial_number").toString(), fixtureValue("IOTPRO_BLE_SERIAL"));
        QCOMPARE(module.value(u"rssi_dbm").toInt(), fixtureValue("IOTPRO_BLE_RSSI").toInt());
        QCOMPARE(module.value(u"name").toString(), u"IoTPro-"_qs + fixtureValue("IOTPRO_BLE_SERIAL"));
        QCOMPARE(module.value(u"busy").toBool(true), false);

        const ProgramRun text = cli({ u"ports"_qs, u"--ble"_qs });
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(fixtureValue("IOTPRO_BLE_SERIAL")));
        QVERIFY(text.out.contains(fixtureValue("IOTPRO_BLE_RSSI") + u" dBm"_qs));
    }

    /// A signed configuration with a Wi-Fi passphrase (sealed to the module), applied and verified over
    /// BLE: the module trusts the key first (factory mode), over the same link.
    void configApplyWithSecret()
    {
        using namespace configtest;
        QTemporaryDir dir;
        const WifiApply prepared = prepareWifiApply(dir);
        QVERIFY2(prepared.failure.isEmpty(), qPrintable(prepared.failure));
        const ProgramRun run = apply(moduleAddress(), prepared.file, prepared.key, { u"--json"_qs });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result[u"verified"].toBool(), true);
        QCOMPARE(result[u"counter"].toInteger(), 1);
        QCOMPARE(result[u"signer_fingerprint"].toString(), prepared.fingerprint);

        const QJsonObject readBack = configGet(moduleAddress());
        QCOMPARE(readBack[u"network"][u"wifi"][u"ssid"].toString(), u"IoTPro-Site"_qs);
        QCOMPARE(readBack[u"network"][u"wifi"][u"passphrase_set"].toBool(), true);
        QVERIFY(!QJsonDocument(readBack).toJson().contains("commission-me"));
    }

    /// The radio link drops in the middle of the configuration upload (the fixture's mock drops it at
    /// one RX write of the apply's connection): the module keeps the old or runs the new
    /// configuration, and the tool, having reconnected, says which one.
    void linkDroppedMidWrite()
    {
        using namespace configtest;
        QTemporaryDir dir;
        const WifiApply prepared = prepareWifiApply(dir);
        QVERIFY2(prepared.failure.isEmpty(), qPrintable(prepared.failure));

        const ProgramRun run = apply(moduleAddress(), prepared.file, prepared.key);
        QVERIFY2(run.finished, "iotpro-cli hung");
        const qint64 now = counter(moduleAddress());
        QVERIFY2(now == 0 || now == 1, qPrintable(run.err));
        if (now == 1) {
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY2(run.out.contains(u"after reconnecting, the module runs the new configuration"), qPrintable(run.out));
        } else {
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"The module kept the previous configuration"), qPrintable(run.err));
        }
        QVERIFY2(run.err.contains(u"the link broke") || run.out.contains(u"reconnecting"), qPrintable(run.err + run.out));
    }

    /// A link that cannot open: exit 1 and one line on stderr that says why and what to do.
    void openFailsWithOneClearError()
    {
        const ProgramRun run = cli({ u"--device"_qs, moduleAddress(), u"info"_qs });
        QVERIFY2(run.finished, "iotpro-cli hung");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(fixtureValue("IOTPRO_BLE_EXPECTED_ERROR")), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_BleLink)
#include "tst_blelink.moc"
