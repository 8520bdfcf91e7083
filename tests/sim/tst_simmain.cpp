#include "SimProcess.h"
#include "SimTestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 5000;

/// No display, and the sim's own logging defaults (the test runner's rules removed).
QProcessEnvironment bareEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto variable : { u"DISPLAY", u"WAYLAND_DISPLAY", u"QT_QPA_PLATFORM", u"QT_LOGGING_RULES" })
        environment.remove(QString::fromUtf16(variable));
    return environment;
}

ProgramRun runSim(const QStringList& arguments)
{
    return runProgram(binaryPath(u"iotpro-sim"_s), arguments, kWaitMs, bareEnvironment());
}

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

/// The program's command-line contract, as its --help states it.
class tst_SimMain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpNeedsNoDisplay();
    void versionNeedsNoDisplay();
    void badArgumentsExitWith2_data();
    void badArgumentsExitWith2();
    void unusableStateExitsWith1_data();
    void unusableStateExitsWith1();
    void listsScenariosWithoutDisplay();
    void badScenarioFileExitsWith2();
    void damagedMeterRegistersExitWith1();
    void servesPtyWithoutEndpointOptions();

private:
    QTemporaryDir m_dir;
};

void tst_SimMain::helpNeedsNoDisplay()
{
    const ProgramRun run = runSim({ u"--help"_s });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"--pty"_s));
    QVERIFY(run.out.contains(u"--exit-on-stdin-eof"_s));
    QCOMPARE(run.err, QString());
}

void tst_SimMain::versionNeedsNoDisplay()
{
    const ProgramRun run = runSim({ u"--version"_s });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^iotpro-sim \\d+\\.\\d+\\.\\d+\\n$"_s).match(run.out).hasMatch(),
        qPrintable(run.out));
}

void tst_SimMain::badArgumentsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s };
    QTest::newRow("bad port") << QStringList { u"--tcp"_s, u"99999"_s };
    QTest::newRow("bad serial") << QStringList { u"--serial"_s, u"a/b"_s };
    QTest::newRow("bad options") << QStringList { u"--options"_s, u"zigbee"_s };
    QTest::newRow("bad versions") << QStringList { u"--protocol-versions"_s, u"2:1"_s };
    QTest::newRow("bad time zone") << QStringList { u"--time-zone"_s, u"Nowhere/Special"_s };
    QTest::newRow("positional") << QStringList { u"serial:/dev/ttyACM0"_s };
    QTest::newRow("unknown scenario") << QStringList { u"--scenario"_s, u"3p4w-haunted"_s };
    QTest::newRow("missing scenario file") << QStringList { u"--scenario"_s, u"/nonexistent/site.json"_s };
    QTest::newRow("bad fault") << QStringList { u"--fault"_s, u"ct_swapped:1"_s };
    QTest::newRow("bad power factor") << QStringList { u"--pf"_s, u"1.2"_s };
    QTest::newRow("wiring against scenario")
        << QStringList { u"--wiring"_s, u"1P"_s, u"--scenario"_s, u"3p3w-correct"_s };
}

void tst_SimMain::badArgumentsExitWith2()
{
    QFETCH(QStringList, arguments);

    const ProgramRun run = runSim(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString()); // nothing a launcher could take for an address
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.startsWith(u"iotpro-sim: "_s), qPrintable(run.err));
}

void tst_SimMain::unusableStateExitsWith1_data()
{
    QTest::addColumn<QByteArray>("stateFileContents");
    QTest::addColumn<bool>("stateDirUnderStateFile");

    // A regular file where the state directory should be: fails for root too.
    QTest::newRow("state dir cannot be created") << QByteArray("{}") << true;
    QTest::newRow("damaged state file") << QByteArray("{ not json") << false;
}

void tst_SimMain::unusableStateExitsWith1()
{
    QFETCH(QByteArray, stateFileContents);
    QFETCH(bool, stateDirUnderStateFile);

    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(dir));
    const QString stateFile = dir + u"/config-active.json"_s;
    QVERIFY(writeFile(stateFile, stateFileContents));

    const QString stateDir = stateDirUnderStateFile ? stateFile + u"/state"_s : dir;
    const ProgramRun run = runSim({ u"--tcp"_s, u"0"_s, u"--state-dir"_s, stateDir });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(stateFile), qPrintable(run.err));
}

void tst_SimMain::listsScenariosWithoutDisplay()
{
    const ProgramRun run = runSim({ u"--list-scenarios"_s });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 60);
    QVERIFY2(lines.first().startsWith(u"3p4w-correct  "_s), qPrintable(lines.first()));
}

void tst_SimMain::badScenarioFileExitsWith2()
{
    const QString path = m_dir.filePath(u"bad-site.json"_s);
    QVERIFY(writeFile(path, R"({"extends": "3p4w-correct", "load": {"power_factor": 0}})"));

    const ProgramRun run = runSim({ u"--scenario"_s, path, u"--state-dir"_s, m_dir.filePath(u"unused"_s) });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.startsWith(u"iotpro-sim: "_s + path + u": load.power_factor"_s), qPrintable(run.err));
}

void tst_SimMain::damagedMeterRegistersExitWith1()
{
    const QString dir = m_dir.filePath(u"damaged-registers"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString registers = dir + u"/meter-registers.json"_s;
    QVERIFY(writeFile(registers, R"({"format": 1, "active_import_wh": -5})"));

    const ProgramRun run = runSim({ u"--tcp"_s, u"0"_s, u"--state-dir"_s, dir });
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(registers), qPrintable(run.err));
}

void tst_SimMain::servesPtyWithoutEndpointOptions()
{
    QProcess sim;
    sim.start(binaryPath(u"iotpro-sim"_s), { u"--state-dir"_s, m_dir.filePath(u"implied-pty"_s) });
    const QDeadlineTimer deadline(kWaitMs);
    while (!sim.canReadLine() && sim.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) { }
    const QString firstLine = QString::fromUtf8(sim.readLine()).trimmed();
    sim.terminate();
    QVERIFY(sim.waitForFinished(kWaitMs));
    QVERIFY2(firstLine.startsWith(u"serial:/dev/"_s), qPrintable(firstLine));
    QCOMPARE(sim.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_SimMain)
#include "tst_simmain.moc"
