// The real iotpro-cli against the real iotpro-sim over a pseudo-terminal: the command-line
// contract scripts depend on, and its behaviour on ports that are not modules.
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

ProgramRun cli(const QStringList& args, int timeoutMs = 15000)
{
    return runProgram(binaryPath(u"iotpro-cli"_qs), args, timeoutMs, headlessEnvironment());
}

/// A pseudo-terminal with no module behind it (tests/integration/pty_noise.cpp).
class FakePort
{
public:
    explicit FakePort(const QString& mode)
    {
        m_process.start(binaryPath(u"pty_noise"_qs), { mode });
        m_process.waitForReadyRead(5000);
        m_address = QString::fromUtf8(m_process.readLine()).trimmed();
    }
    ~FakePort()
    {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    const QString& address() const { return m_address; }

private:
    QProcess m_process;
    QString m_address;
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyProgramAnswersVersionAndHelpHeadless_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("option");
        for (const char* program : { "iotpro-cli", "iotpro-sim", "iotpro-commissioner" }) {
            for (const char* option : { "--version", "--help" })
                QTest::addRow("%s %s", program, option) << QString::fromLatin1(program) << QString::fromLatin1(option);
        }
    }
    void everyProgramAnswersVersionAndHelpHeadless()
    {
        QFETCH(QString, program);
        QFETCH(QString, option);
        const ProgramRun run = runProgram(binaryPath(program), { option }, 15000, headlessEnvironment());
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        if (option == u"--version")
            QVERIFY2(run.out.contains(QStringLiteral(IOTPRO_VERSION)), qPrintable(run.out));
        else
            QVERIFY2(run.out.contains(u"--version") || run.out.contains(u"-v"), qPrintable(run.out));
    }

    void infoJson()
    {
        SimProcess sim;
        QVERIFY2(sim.start({ u"--serial"_qs, u"SIM-CLI-7"_qs }), qPrintable(sim.failureReason()));
        const ProgramRun run = cli({ u"--device"_qs, sim.address(), u"info"_qs, u"--json"_qs });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject info = doc.object();
        QCOMPARE(info.value(u"serial_number").toString(), u"SIM-CLI-7"_qs);
        QVERIFY(!info.value(u"hardware_revision").toString().isEmpty());
        QCOMPARE(info.value(u"firmware_version").toString(), QStringLiteral(IOTPRO_VERSION));
        QCOMPARE(info.value(u"config_counter").toInteger(-1), 0);
        const QJsonObject options = info.value(u"options").toObject();
        for (const char* option : { "wifi", "lorawan", "cellular", "gps" })
            QVERIFY2(options.value(QLatin1String(option)).isBool(), option);
        QCOMPARE(info.value(u"address").toString(), sim.address());
        QCOMPARE(run.out.count(u'\n'), 1);
    }

    void infoText()
    {
        SimProcess sim;
        QVERIFY2(sim.start({ u"--serial"_qs, u"SIM-CLI-8"_qs }), qPrintable(sim.failureReason()));
        // Global options may also follow the command.
        const ProgramRun run = cli({ u"info"_qs, u"--device"_qs, sim.address() });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"SIM-CLI-8"));
        QVERIFY(run.out.contains(u"1209:7a30"));
    }

    void noModuleOnThePort_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("silent port") << u"silent"_qs;
        QTest::newRow("random bytes") << u"noise"_qs;
    }
    void noModuleOnThePort()
    {
        QFETCH(QString, mode);
        FakePort port(mode);
        QVERIFY(port.address().startsWith(u"serial:/dev/"));
        // The contract is "within 3 s" (3 Hello attempts of 700 ms); the guard here only
        // catches a hang, so a loaded CI machine cannot make it flaky.
        const ProgramRun run = cli({ u"--device"_qs, port.address(), u"info"_qs }, 10000);
        QVERIFY2(run.finished, "iotpro-cli hung on a port with no module");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"No IoT Pro module answered on " + port.address()), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << u"no command"_qs;
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_qs } << u"unknown command"_qs;
        QTest::newRow("info without device") << QStringList { u"info"_qs } << u"--device"_qs;
        QTest::newRow("bad address") << QStringList { u"--device"_qs, u"com3"_qs, u"info"_qs } << u"com3"_qs;
        QTest::newRow("unknown option") << QStringList { u"ports"_qs, u"--frob"_qs } << u"frob"_qs;
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProgramRun run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void linkRefused()
    {
        // Nothing listens on the port of a simulator that has ended.
        SimProcess sim;
        QVERIFY2(sim.start({ u"--tcp"_qs, u"0"_qs }), qPrintable(sim.failureReason()));
        const QString address = sim.address();
        QCOMPARE(sim.terminate(), 0);
        const ProgramRun run = cli({ u"--device"_qs, address, u"info"_qs });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"iotpro-cli: "), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void portsListsWithoutTouchingPorts()
    {
        const ProgramRun text = cli({ u"ports"_qs });
        QCOMPARE(text.exitCode, 0);
        const ProgramRun json = cli({ u"ports"_qs, u"--json"_qs });
        QCOMPARE(json.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8());
        QVERIFY(doc.isArray());
        for (const QJsonValue& port : doc.array()) {
            QVERIFY(port.toObject().value(u"address").toString().startsWith(u"serial:"));
            QVERIFY(port.toObject().value(u"iotpro_module").isBool());
            QVERIFY(!port.toObject().contains(u"probe"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
