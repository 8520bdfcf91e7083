// `iotpro-cli config get|apply` against the real iotpro-sim over a pseudo-terminal: the write as a
// verified transaction, the module's refusals and what the tool says about them, and no secret in
// any output.
#include "ConfigFixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace configtest;

namespace {

const QString KeyPassphrase = u"five random words make keys"_qs;

/// The secrets, and the ways they could leak; here also the passphrase of the encrypted key.
QString leakIn(const QString& text)
{
    return configtest::leakIn(text, fullConfigSecrets() << KeyPassphrase);
}

} // namespace

class tst_ConfigApply : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_key;
    QString m_fingerprint;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = m_dir.filePath(u"signer.key"_qs);
        m_fingerprint = keygen(m_dir.path(), u"signer.key"_qs);
        QVERIFY(!m_fingerprint.isEmpty());
    }

    // A never-configured module prints its factory default, and accepts it back unchanged.
    void factoryDefaultRoundTrip()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, { u"--trust"_qs, m_key + u".pub" }), qPrintable(sim.failureReason()));
        const QJsonObject factory = configGet(sim.address());
        QVERIFY(!factory.isEmpty());
        QCOMPARE(factory[u"metering"][u"wiring"].toString(), u"WIRING_3P4W"_qs);
        const QString file = writeJson(m_dir.path(), u"factory.json"_qs, factory);

        const ProgramRun run = apply(sim.address(), file, m_key);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Verified"), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Opening energy"));
        QVERIFY(run.out.contains(u"Signed by        " + m_fingerprint));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(counter(sim.address()), 1);
        QCOMPARE(configGet(sim.address()), factory);

        // The text form names the counter and the fields.
        const ProgramRun text = cli({ u"--device"_qs, sim.address(), u"config"_qs, u"get"_qs });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"counter 1, slot A"), qPrintable(text.out));
        QVERIFY(text.out.contains(u"metering.ct_inputs[2].phase"));
    }

    // Every secret is written, reported only as "set", kept by a later write that leaves it empty,
    // and appears in no output, JSON, export or state file but the module's own secret store.
    void fullApplyWithSecretsAndReadback()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, QStringList { u"--trust"_qs, m_key + u".pub" } + fullSite()),
            qPrintable(sim.failureReason()));
        QStringList outputs;
        const QJsonObject factory = configGet(sim.address());
        const QJsonObject full = fullConfig(factory);
        const QString file = writeJson(m_dir.path(), u"full.json"_qs, full);
        const QString encryptedKey = m_dir.filePath(u"encrypted.key"_qs);
        const QString passphraseFile = m_dir.filePath(u"passphrase.txt"_qs);
        {
            QFile pass(passphraseFile);
            QVERIFY(pass.open(QIODevice::WriteOnly));
            pass.write(KeyPassphrase.toUtf8() + '\n');
        }
        const ProgramRun keygenRun = cli({ u"keygen"_qs, u"--out"_qs, encryptedKey, u"--passphrase-file"_qs, passphraseFile });
        QCOMPARE(keygenRun.exitCode, 0);
        outputs << keygenRun.out << keygenRun.err;

        // The encrypted key is not trusted by this module: refused before anything is written,
        // and never with a prompt.
        const ProgramRun noPassphrase = apply(sim.address(), file, encryptedKey);
        QCOMPARE(noPassphrase.exitCode, 1);
        QVERIFY2(noPassphrase.err.contains(u"--passphrase-file"), qPrintable(noPassphrase.err));
        outputs << noPassphrase.out << noPassphrase.err;

        const ProgramRun run = apply(sim.address(), file, m_key, { u"--json"_qs, u"--require-network"_qs });
        outputs << run.out << run.err;
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result[u"verified"].toBool(), true);
        QCOMPARE(result[u"counter"].toInteger(), 1);
        QCOMPARE(result[u"signer_fingerprint"].toString(), m_fingerprint);
        QCOMPARE(result[u"network_check"][u"wifi"][u"state"].toString(), u"passed"_qs);
        QCOMPARE(result[u"network_check"][u"lorawan"][u"state"].toString(), u"passed"_qs);
        QCOMPARE(result[u"network_check"][u"cellular"][u"state"].toString(), u"passed"_qs);
        QVERIFY(result[u"opening"][u"energy"].isObject());
        QJsonArray changes = result[u"changes"].toArray();
        QVERIFY(changes.contains(QJsonObject { { u"field"_qs, u"network.wifi.passphrase"_qs }, { u"secret_changed"_qs, true } }));

        // Read back: the module reports the secrets as held, never their values; the payload hash
        // it reports is the one the tool wrote.
        const QJsonObject readBack = configGet(sim.address());
        QJsonObject expected = full;
        for (const auto& [secret, flag] : { std::pair { u"network.wifi.passphrase"_qs, u"network.wifi.passphrase_set"_qs },
                 std::pair { u"network.lorawan.app_key"_qs, u"network.lorawan.app_key_set"_qs },
                 std::pair { u"network.cellular.password"_qs, u"network.cellular.password_set"_qs } }) {
            expected = withValue(withValue(expected, secret, u""_qs), flag, true);
        }
        QCOMPARE(readBack, expected);
        const ProgramRun text = cli({ u"--device"_qs, sim.address(), u"config"_qs, u"get"_qs });
        QVERIFY(text.out.contains(result[u"payload_sha256"].toString()));
        QVERIFY(text.out.contains(u"network.wifi.passphrase_set"));
        outputs << text.out << text.err << QString::fromUtf8(QJsonDocument(readBack).toJson());

        // A second write with the secrets left empty keeps them, and the network still connects.
        const QString exported = writeJson(m_dir.path(), u"exported.json"_qs, readBack);
        const ProgramRun again = apply(sim.address(), exported, m_key, { u"--require-network"_qs });
        outputs << again.out << again.err;
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QVERIFY2(again.out.contains(u"none (the same configuration"), qPrintable(again.out));
        QCOMPARE(configGet(sim.address()), expected);

        const ProgramRun trust = cli({ u"--device"_qs, sim.address(), u"trust"_qs, u"list"_qs, u"--json"_qs });
        outputs << trust.out << trust.err;

        // Every output, the exports, the simulator's own output and its state files.
        QCOMPARE(sim.terminate(), 0);
        outputs << QString::fromUtf8(sim.process().readAll()) << QString::fromUtf8(sim.process().readAllStandardError());
        for (const QString& output : outputs) {
            const QString leaked = leakIn(output);
            QVERIFY2(leaked.isEmpty(), qPrintable(u"a secret in the output: " + output));
        }
        int stateFiles = 0;
        for (const QString& directory : { sim.stateDir(), m_dir.path() }) {
            QDirIterator files(directory, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                // The module's slots hold the secrets it needs; the configuration and the
                // passphrase files are the test's own input.
                if (path.contains(u"config-slot-") || path == file || path == passphraseFile)
                    continue;
                QFile stateFile(path);
                QVERIFY(stateFile.open(QIODevice::ReadOnly));
                const QString leaked = leakIn(QString::fromLatin1(stateFile.readAll()));
                QVERIFY2(leaked.isEmpty(), qPrintable(path));
                ++stateFiles;
            }
        }
        QVERIFY(stateFiles >= 4);
    }

    void networkCheckFailsOnlyWithRequireNetwork()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, QStringList { u"--trust"_qs, m_key + u".pub", u"--radio-fault"_qs, u"wifi:no_ap"_qs }
                     + fullSite()),
            qPrintable(sim.failureReason()));
        QJsonObject config = fullConfig(configGet(sim.address()));
        config = withValue(withValue(config, u"network.lorawan.enabled"_qs, false), u"network.cellular.enabled"_qs, false);
        const QString file = writeJson(m_dir.path(), u"wifi-only.json"_qs, config);
        const ProgramRun plain = apply(sim.address(), file, m_key);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY2(plain.out.contains(u"FAILED: no access point named \"Plant-IoT\""), qPrintable(plain.out));
        const ProgramRun required = apply(sim.address(), file, m_key, { u"--require-network"_qs });
        QCOMPARE(required.exitCode, 1);
        QVERIFY2(required.err.contains(u"--require-network"), qPrintable(required.err));
        // Written all the same: the failure is the network's, not the write's.
        QCOMPARE(counter(sim.address()), 2);
    }

    void validationErrorsNameTheirFields()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, { u"--trust"_qs, m_key + u".pub", u"--options"_qs, u"wifi"_qs }),
            qPrintable(sim.failureReason()));
        QJsonObject config = configGet(sim.address());
        config = withValue(config, u"network.wifi.enabled"_qs, true);
        config = withValue(config, u"network.wifi.ssid"_qs, QString(40, u'x'));
        config = withValue(config, u"network.lorawan.enabled"_qs, true);
        config = withValue(config, u"metering.ct_inputs[1].rating_a"_qs, 0);
        const ProgramRun run = apply(sim.address(), writeJson(m_dir.path(), u"bad.json"_qs, config), m_key);
        QCOMPARE(run.exitCode, 1);
        for (const char* field : { "network.wifi.ssid: ", "network.wifi.passphrase: ", "network.lorawan",
                 "metering.ct_inputs[1].rating_a: " })
            QVERIFY2(run.err.contains(QLatin1String(field)), qPrintable(run.err));
        QVERIFY(run.err.contains(u"nothing was written"));
        QCOMPARE(counter(sim.address()), 0);

        const ProgramRun unreadable
            = apply(sim.address(), writeJson(m_dir.path(), u"typo.json"_qs, withValue(config, u"metering.wirng"_qs, 1)), m_key);
        QCOMPARE(unreadable.exitCode, 1);
        QVERIFY2(unreadable.err.contains(u"metering.wirng"), qPrintable(unreadable.err));
    }

    void unknownSignerIsNamed()
    {
        const QString stranger = keygen(m_dir.path(), u"stranger.key"_qs);
        SimProcess sim;
        QVERIFY2(startSim(sim, { u"--trust"_qs, m_key + u".pub" }), qPrintable(sim.failureReason()));
        const QString file = writeJson(m_dir.path(), u"plain.json"_qs, configGet(sim.address()));
        const ProgramRun run = apply(sim.address(), file, m_dir.filePath(u"stranger.key"_qs), { u"--json"_qs });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"does not trust key " + stranger), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"iotpro-cli trust add"), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"kept the previous configuration (counter 0)"), qPrintable(run.err));
        const QJsonObject failure = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(failure[u"error"][u"module_error"].toString(), u"ERROR_CODE_UNKNOWN_SIGNER"_qs);
        QCOMPARE(failure[u"outcome"].toString(), u"previous_kept"_qs);
        QCOMPARE(failure[u"step"].toString(), u"upload"_qs);
        QCOMPARE(counter(sim.address()), 0);
    }

    // Wrong codes are found by the tool before any secret travels; the module counts them and
    // locks pairing after five, also across a restart.
    void wrongLabelCodeAndPairingLock()
    {
        SimProcess sim;
        QVERIFY2(startSim(sim, { u"--trust"_qs, m_key + u".pub" }), qPrintable(sim.failureReason()));
        const QString file = writeJson(m_dir.path(), u"lock.json"_qs, configGet(sim.address()));
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const ProgramRun run = apply(sim.address(), file, m_key, {}, u"0000-0000"_qs);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"check the code on the module label"), qPrintable(run.err));
        }
        const ProgramRun locked = apply(sim.address(), file, m_key);
        QCOMPARE(locked.exitCode, 1);
        QVERIFY2(locked.err.contains(u"Too many wrong label codes: the module refuses pairing for")
                && !locked.err.contains(u"for a while"),
            qPrintable(locked.err));
        QCOMPARE(counter(sim.address()), 0);

        const QString stateDir = sim.stateDir();
        sim.kill();
        SimProcess restarted;
        QVERIFY2(startSim(restarted, { u"--trust"_qs, m_key + u".pub", u"--state-dir"_qs, stateDir }),
            qPrintable(restarted.failureReason()));
        const ProgramRun stillLocked = apply(restarted.address(), file, m_key);
        QCOMPARE(stillLocked.exitCode, 1);
        QVERIFY2(stillLocked.err.contains(u"Too many wrong label codes"), qPrintable(stillLocked.err));
    }

    // --checklist records the safety points confirmed; the report shows them, each other point NOT
    // confirmed, and without the option it says "not performed".
    void checklistIsRecorded_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QJsonValue>("checklist");
        const auto answers = [](bool ct, bool fused, bool closed) {
            return QJsonValue(QJsonObject { { u"performed"_qs, true },
                { u"items"_qs,
                    QJsonArray {
                        QJsonObject { { u"item"_qs, u"ct_secondaries_never_open"_qs }, { u"confirmed"_qs, ct } },
                        QJsonObject { { u"item"_qs, u"voltage_taps_fused"_qs }, { u"confirmed"_qs, fused } },
                        QJsonObject { { u"item"_qs, u"enclosure_closed"_qs }, { u"confirmed"_qs, closed } } } } });
        };
        QTest::newRow("two points")
            << QStringList { u"--checklist"_qs, u"enclosure_closed, ct_secondaries_never_open"_qs }
            << answers(true, false, true);
        QTest::newRow("none confirmed")
            << QStringList { u"--checklist"_qs, u"none"_qs } << answers(false, false, false);
        QTest::newRow("not given") << QStringList {} << QJsonValue(QJsonObject { { u"performed"_qs, false } });
    }

    void checklistIsRecorded()
    {
        QFETCH(QStringList, extra);
        QFETCH(QJsonValue, checklist);
        SimProcess sim;
        QVERIFY2(startSim(sim, { u"--trust"_qs, m_key + u".pub" }), qPrintable(sim.failureReason()));
        const QString file = writeJson(m_dir.path(), u"checklist.json"_qs, configGet(sim.address()));
        const QString history = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".sqlite");
        const ProgramRun run = apply(sim.address(), file, m_key, QStringList { u"--history"_qs, history } + extra);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString report = m_dir.filePath(u"checklist-report.json"_qs);
        const ProgramRun made
            = cli({ u"--history"_qs, history, u"report"_qs, u"--session"_qs, u"1"_qs, u"--json"_qs, report });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QFile reportFile(report);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(reportFile.readAll()).object().value(u"checklist"_qs), checklist);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList { u"config"_qs } << u"config get"_qs;
        QTest::newRow("apply without key")
            << QStringList { u"config"_qs, u"apply"_qs, u"--file"_qs, u"x.json"_qs, u"--pop"_qs, u"1"_qs } << u"--key"_qs;
        QTest::newRow("get with apply's option")
            << QStringList { u"config"_qs, u"get"_qs, u"--pop"_qs, u"1"_qs } << u"belongs to config apply"_qs;
        QTest::newRow("unknown checklist point")
            << QStringList { u"config"_qs, u"apply"_qs, u"--file"_qs, u"x.json"_qs, u"--key"_qs, u"k"_qs, u"--pop"_qs,
                   u"1"_qs, u"--checklist"_qs, u"enclosure_closed,taps_fused"_qs }
            << u"\"taps_fused\" is no checklist point"_qs;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProgramRun run = cli(QStringList { u"--device"_qs, u"tcp:127.0.0.1:1"_qs } + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigApply)
#include "tst_configapply.moc"
