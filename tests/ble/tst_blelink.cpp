// The real iotpro-cli over Bluetooth LE, through QtBluetooth's own BlueZ D-Bus backend: a mock
// BlueZ (bluez_iotpro.py, python-dbusmock) on a private system bus, bridged to a real iotpro-sim.
// Each CTest test runs one function against its own fixture (ble_fixture.py), which says in the
// environment what the mock advertises and what the test must therefore see.
#include "BleFixture.h"
#include "ConfigFixture.h"
#include "SimProcess.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using configtest::cli;

namespace {

using blefixture::mockControl;

QString fixtureValue(const char* name)
{
    return blefixture::value(name);
}

/// The address the fixture's module advertises, as the CLI takes it.
QString moduleAddress()
{
    return u"ble:"_qs + blefixture::moduleBluetoothAddress();
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

/// `iotpro-cli live` running in the background, its output read as it comes.
class LiveRun
{
public:
    explicit LiveRun(const QStringList& args)
    {
        m_process.setProcessEnvironment(headlessEnvironment());
        m_process.start(binaryPath(u"iotpro-cli"_qs), args);
    }
    ~LiveRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    /// The JSON lines printed so far.
    qsizetype snapshots()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out.count(u'\n');
    }
    QString err()
    {
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_err;
    }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

/// What a signed apply over the link needs: a key the module trusts (added over the same link, the
/// fixture's module runs in factory mode) and a full configuration with every secret to seal.
struct FullApply
{
    QString key;
    QString fingerprint;
    QString file;
    QJsonObject config;
    QStringList outputs; ///< everything the tool printed, for the secret scan
    QString failure; ///< empty when ready
};

FullApply prepareFullApply(const QTemporaryDir& dir)
{
    using namespace configtest;
    FullApply prepared;
    prepared.key = dir.filePath(u"technician.key"_qs);
    prepared.fingerprint = keygen(dir.path(), u"technician.key"_qs);
    const ProgramRun trust = cli({ u"--device"_qs, moduleAddress(), u"trust"_qs, u"add"_qs, prepared.key + u".pub"_qs,
        u"--yes"_qs });
    prepared.outputs << trust.out << trust.err;
    const QJsonObject factory = configGet(moduleAddress());
    if (prepared.fingerprint.isEmpty() || trust.exitCode != 0 || factory.isEmpty()) {
        prepared.failure = u"keygen, trust add or config get failed: "_qs + trust.err;
        return prepared;
    }
    prepared.config = fullConfig(factory);
    prepared.file = writeJson(dir.path(), u"full.json"_qs, prepared.config);
    return prepared;
}

/// The files a secret must never reach: the fixture's logs (simulator output, the mock's call log
/// with every byte written over the air, the bus log), the module's state except its configuration
/// slots, which hold the secrets it needs, and the test's own files except its input.
QStringList filesToScan(const QString& input)
{
    QStringList files;
    QDirIterator it(fixtureValue("IOTPRO_BLE_FIXTURE_DIR"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(u"config-slot-") && !path.endsWith(u"system_bus_socket"))
            files.append(path);
    }
    QDirIterator own(QFileInfo(input).path(), QDir::Files);
    while (own.hasNext()) {
        const QString path = own.next();
        if (path != input)
            files.append(path);
    }
    return files;
}

/// `config apply` of the full configuration (prepareFullApply) over the link, run to its end;
/// `failure` says why it could not be prepared.
ProgramRun applyFullConfiguration(QString& failure)
{
    QTemporaryDir dir;
    const FullApply prepared = prepareFullApply(dir);
    failure = prepared.failure;
    if (!failure.isEmpty())
        return {};
    return configtest::apply(moduleAddress(), prepared.file, prepared.key);
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

    /// A full signed configuration with every secret (Wi-Fi passphrase, LoRaWAN AppKey, cellular
    /// password; each sealed to the module), applied and verified over BLE; no secret in any output.
    void configApplyWithAllSecrets()
    {
        using namespace configtest;
        QTemporaryDir dir;
        FullApply prepared = prepareFullApply(dir);
        QVERIFY2(prepared.failure.isEmpty(), qPrintable(prepared.failure));
        const ProgramRun run = apply(moduleAddress(), prepared.file, prepared.key, { u"--json"_qs });
        prepared.outputs << run.out << run.err;
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result[u"verified"].toBool(), true);
        QCOMPARE(result[u"counter"].toInteger(), 1);
        QCOMPARE(result[u"signer_fingerprint"].toString(), prepared.fingerprint);
        const QJsonArray changes = result[u"changes"].toArray();
        for (const QString& secret : { u"network.wifi.passphrase"_qs, u"network.lorawan.app_key"_qs,
                 u"network.cellular.password"_qs }) {
            QVERIFY2(changes.contains(QJsonObject { { u"field"_qs, secret }, { u"secret_changed"_qs, true } }),
                qPrintable(secret));
        }

        // Read back: every setting as sent, every secret held (its flag set), none of them shown.
        const ProgramRun get = cli({ u"--device"_qs, moduleAddress(), u"config"_qs, u"get"_qs, u"--json"_qs });
        prepared.outputs << get.out << get.err;
        QJsonObject expected = prepared.config;
        for (const auto& [secret, flag] : { std::pair { u"network.wifi.passphrase"_qs, u"network.wifi.passphrase_set"_qs },
                 std::pair { u"network.lorawan.app_key"_qs, u"network.lorawan.app_key_set"_qs },
                 std::pair { u"network.cellular.password"_qs, u"network.cellular.password_set"_qs } }) {
            expected = withValue(withValue(expected, secret, u""_qs), flag, true);
        }
        QCOMPARE(QJsonDocument::fromJson(get.out.toUtf8()).object(), expected);

        for (const QString& output : std::as_const(prepared.outputs)) {
            const QString leaked = leakIn(output, fullConfigSecrets());
            QVERIFY2(leaked.isEmpty(), qPrintable(u"a secret in the output: "_qs + output));
        }
        const QStringList files = filesToScan(prepared.file);
        QVERIFY2(files.size() >= 6, qPrintable(files.join(u", ")));
        for (const QString& path : files) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString leaked = leakIn(QString::fromLatin1(file.readAll()), fullConfigSecrets());
            QVERIFY2(leaked.isEmpty(), qPrintable(path));
        }
    }

    /// The radio link drops in the middle of the configuration upload (the fixture's mock drops it at
    /// one RX write of the apply's connection): the module keeps the old or runs the new
    /// configuration, and the tool, having reconnected, says which one.
    void linkDroppedMidWrite()
    {
        using namespace configtest;
        QString failure;
        const ProgramRun run = applyFullConfiguration(failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
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

    /// The radio link drops while `live` streams: the tool says it reconnects (attempt, delay), finds the
    /// module again with a new scan, subscribes again, and the stream goes on to its count.
    void liveSurvivesLinkDrop()
    {
        LiveRun run({ u"--device"_qs, moduleAddress(), u"live"_qs, u"--count"_qs, u"30"_qs, u"--rate"_qs, u"10"_qs,
            u"--json"_qs });
        QTRY_VERIFY_WITH_TIMEOUT(run.snapshots() >= 5, 20000);
        // Out of range for the first attempt: the second one finds the module.
        QVERIFY(mockControl(u"SetInRange"_qs, { false }));
        QVERIFY(mockControl(u"DropLink"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(run.err().contains(u"attempt 2 of 5"), 20000);
        QVERIFY(mockControl(u"SetInRange"_qs, { true }));
        QVERIFY2(run.process().waitForFinished(60000), qPrintable(run.err()));
        QCOMPARE(run.snapshots(), 30);
        QCOMPARE(run.process().exitCode(), 0);
        const QString err = run.err();
        QVERIFY2(err.contains(u"Bluetooth link lost: reconnecting to IoTPro-"_qs + fixtureValue("IOTPRO_BLE_SERIAL")
                     + u" (attempt 1 of 5, next in 1 s)"),
            qPrintable(err));
        QVERIFY2(err.contains(u"(attempt 2 of 5, next in 2 s)"), qPrintable(err));
        QVERIFY2(!err.contains(u"attempt 3"), qPrintable(err));
        QVERIFY2(err.contains(u"the live stream continues"), qPrintable(err));
    }

    /// The module stays out of range: after the five attempts of the schedule, one error and exit 1.
    void reconnectGivesUp()
    {
        LiveRun run({ u"--device"_qs, moduleAddress(), u"live"_qs, u"--rate"_qs, u"10"_qs, u"--json"_qs });
        QTRY_VERIFY_WITH_TIMEOUT(run.snapshots() >= 2, 20000);
        QVERIFY(mockControl(u"SetInRange"_qs, { false }));
        QVERIFY(mockControl(u"DropLink"_qs));
        QVERIFY2(run.process().waitForFinished(90000), qPrintable(run.err()));
        QCOMPARE(run.process().exitCode(), 1);
        const QStringList lines = run.err().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6); // five attempts announced, then the one error
        QVERIFY2(lines.last().contains(u"was lost, and reconnecting failed (attempts: 5)."), qPrintable(lines.last()));
        QVERIFY2(lines.last().contains(u"Connect again when the module is in range"), qPrintable(lines.last()));
    }

    /// The radio link drops as the tool starts pairing (the fixture's mock drops it at PairingStart):
    /// nothing was sent to store, and the tool says so and that the previous configuration stays.
    void linkDroppedDuringPairing()
    {
        using namespace configtest;
        QString failure;
        const ProgramRun run = applyFullConfiguration(failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(run.finished, "iotpro-cli hung");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Nothing was written: the link broke before the configuration was sent (Pairing "
                                  u"with the label code)."),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(u"The module kept the previous configuration (counter 0); nothing was changed."),
            qPrintable(run.err));
        QCOMPARE(counter(moduleAddress()), 0);
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
