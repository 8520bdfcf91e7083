// The production bench end to end: the real iotpro-cli calibrate against the real iotpro-sim --bench
// (the module on a pseudo-terminal, the reference meter and the source on Modbus TCP), checked by
// its exit status, its output, the certificate as pdftotext reads it, and the CSV log.
#include "SimProcess.h"
#include "modbus/ModbusClient.h"
#include "modbus/RegisterMap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace std::chrono_literals;

namespace {

/// A bench around a module with the given element errors (--meter-error values).
bool startBench(SimProcess& sim, const QStringList& meterErrors)
{
    QStringList args { u"--pty"_qs, u"--bench"_qs, u"--modbus-tcp"_qs, u"0"_qs };
    for (const QString& error : meterErrors)
        args << u"--meter-error"_qs << error;
    return sim.start(args) && !sim.extraLines().isEmpty();
}

QStringList calibrateArgs(const SimProcess& sim, const QString& certificate, const QStringList& more = {})
{
    return QStringList { u"--device"_qs, sim.address(), u"calibrate"_qs, u"--reference"_qs, sim.extraLines().first(),
               u"--reference-due"_qs, u"2099-12-31"_qs, u"--reference-certificate"_qs, u"D-K-15012-01 2025-0117"_qs,
               u"--operator"_qs, u"Erika Muster"_qs, u"--temperature"_qs, u"23.1"_qs, u"--humidity"_qs, u"41"_qs,
               u"--certificate"_qs, certificate }
        + more;
}

ProgramRun calibrate(const QStringList& args, int timeoutMs = 90000)
{
    return runProgram(binaryPath(u"iotpro-cli"_qs), args, timeoutMs, headlessEnvironment());
}

/// A new signing key pair in `dir` (iotpro-cli keygen): the private key's path, empty on failure.
QString newKey(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    return calibrate({ u"keygen"_qs, u"--out"_qs, path }, 30000).exitCode == 0 ? path : QString();
}

/// The certificate's text as a reader's tools extract it.
QString pdfText(const QString& path)
{
    const ProgramRun run = runProgram(QStandardPaths::findExecutable(u"pdftotext"_qs), { u"-layout"_qs, path, u"-"_qs });
    return run.exitCode == 0 ? run.out : QString();
}

/// The verdict column of each point's line of the CLI's output, by point id.
QMap<QString, QString> verdicts(const QString& output)
{
    QMap<QString, QString> found;
    static const QRegularExpression line(u"^(\\S+)  .*  (Pass|Fail|Fail \\(within the guard band\\))$"_qs,
        QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(output); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        found.insert(match.captured(1), match.captured(2));
    }
    return found;
}

QString writePlan(const QTemporaryDir& dir, const QByteArray& points)
{
    const QString path = dir.filePath(u"plan.json"_qs);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({"name": "Phase check", "accuracy_class": "IEC 62053-22 0.5S", "nominal_voltage_v": 230,
        "nominal_frequency_hz": 50, "rated_current_a": 100, "max_current_a": 120,
        "defaults": {"settle_s": 0.2, "samples": 20}, "points": [)" + points + "]}");
    return path;
}

/// A TCP relay between the tool and the module whose cable the test can pull, while the bench's
/// Modbus port stays reachable.
class CuttableLink : public QObject
{
public:
    explicit CuttableLink(quint16 modulePort)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this, modulePort] {
            m_tool = m_server.nextPendingConnection();
            m_module = new QTcpSocket(this);
            m_module->connectToHost(QHostAddress::LocalHost, modulePort);
            connect(m_tool, &QTcpSocket::readyRead, this, [this] { m_module->write(m_tool->readAll()); });
            connect(m_module, &QTcpSocket::readyRead, this, [this] { m_tool->write(m_module->readAll()); });
        });
    }
    QString address() const { return u"tcp:127.0.0.1:%1"_qs.arg(m_server.serverPort()); }
    void cut()
    {
        if (m_tool)
            m_tool->abort();
        if (m_module)
            m_module->abort();
    }

private:
    QTcpServer m_server;
    QTcpSocket* m_tool = nullptr;
    QTcpSocket* m_module = nullptr;
};

/// The bench source's current setpoints, read as any Modbus client would.
std::optional<modbus::RegisterValues> sourceSetpoints(QObject* context, const QString& where)
{
    const auto address = modbus::ModbusAddress::parse(where);
    modbus::ModbusClient client;
    std::optional<Result<void>> opened;
    client.open(address.value(), {}, context, [&opened](Result<void> r) { opened.emplace(r); });
    if (!QTest::qWaitFor([&opened] { return opened.has_value(); }, 5000) || !opened->ok())
        return std::nullopt;
    const modbus::RegisterMap map = modbus::RegisterMap::builtIn(u"simulated-source"_qs);
    std::optional<Result<modbus::RegisterValues>> values;
    client.read(map.defaultUnitId, map, map.registers, context,
        [&values](Result<modbus::RegisterValues> r) { values.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&values] { return values.has_value(); }, 5000) || !values->ok())
        return std::nullopt;
    return values->value();
}

} // namespace

class tst_Calibrate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The certificate is checked as its reader gets it; without poppler that check cannot run.
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty(),
            "pdftotext (poppler-utils) is not installed: run scripts/install-deps.sh");
    }

    // A module whose errors are well inside class 0.5S passes the built-in plan, in under 60 s.
    void moduleInsideTheClassPasses()
    {
        SimProcess sim;
        QVERIFY2(startBench(sim, { u"1:+0.1%,0.02deg"_qs, u"3:-0.1%"_qs }), qPrintable(sim.failureReason()));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"certificate.pdf"_qs);
        const QString csv = dir.filePath(u"batch.csv"_qs);
        QElapsedTimer clock;
        clock.start();
        const ProgramRun run = calibrate(calibrateArgs(sim, pdf, { u"--csv"_qs, csv }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(clock.elapsed() < 60000, qPrintable(QString::number(clock.elapsed())));

        const QMap<QString, QString> points = verdicts(run.out);
        QCOMPARE(points.size(), 13);
        for (auto it = points.cbegin(); it != points.cend(); ++it)
            QVERIFY2(it.value() == u"Pass", qPrintable(it.key() + u": "_qs + it.value()));
        static const QRegularExpression idPattern(u"certificate (CAL-SIM-000001-\\d{8}-\\d{6}-[0-9A-F]{4})"_qs);
        const QString id = idPattern.match(run.out).captured(1);
        QVERIFY2(!id.isEmpty(), qPrintable(run.out));

        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QString& expected :
            { id, u"Result: PASS"_qs, u"SIM-000001"_qs, u"24010001"_qs, u"D-K-15012-01 2025-0117"_qs,
                u"31 December 2099"_qs, u"iotpro-sim bench source"_qs, u"23.1 °C"_qs, u"41.0 %"_qs, u"Method"_qs,
                u"Decision rule"_qs, u"Guarded acceptance"_qs, u"IEC 62053-22 class 0.5S"_qs, u"Erika Muster"_qs,
                u"page 1 of"_qs, u"±0.50"_qs, u"±0.60"_qs, u"±1.00"_qs }) {
            QVERIFY2(text.contains(expected), qPrintable(expected + u" missing from:\n"_qs + text));
        }
        for (const QString& point : points.keys())
            QVERIFY2(text.contains(QRegularExpression(u"\\n\\s*"_qs + point + u"\\s"_qs)), qPrintable(point));
        // The id on every page.
        const int pages = int(text.count(u'\f')) + (text.endsWith(u'\f') ? 0 : 1);
        QVERIFY(text.count(id) >= pages);

        QFile log(csv);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 14);
        QVERIFY(rows.first().startsWith(u"certificate_id,module_serial,"_qs));
        for (const QString& row : rows.mid(1)) {
            QVERIFY2(row.startsWith(id + u",SIM-000001,"_qs), qPrintable(row));
            QVERIFY2(row.endsWith(u",pass"_qs), qPrintable(row));
        }
    }

    // A phase error of 0.6° on every element: PF 1 stays inside, PF 0.5 ind and 0.8 cap do not.
    void phaseErrorFailsTheReducedPowerFactorPoints()
    {
        SimProcess sim;
        QVERIFY(startBench(sim, { u"1:0.6deg"_qs, u"2:0.6deg"_qs, u"3:0.6deg"_qs }));
        QTemporaryDir dir;
        const QString plan = writePlan(dir,
            R"({"id": "P2", "current_pct": 100}, {"id": "P5", "current_pct": 100, "power_factor": "0.5 ind"},
               {"id": "P6", "current_pct": 100, "power_factor": "0.8 cap"},
               {"id": "E1", "current_pct": 100, "element": 1})");
        const QString pdf = dir.filePath(u"certificate.pdf"_qs);
        const ProgramRun run = calibrate(calibrateArgs(sim, pdf, { u"--plan"_qs, plan, u"--json"_qs }));
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QMap<QString, QString> verdict;
        QMap<QString, double> error;
        for (const QString& line : lines.mid(0, 4)) {
            const QJsonObject point = QJsonDocument::fromJson(line.toUtf8()).object();
            verdict.insert(point.value(u"point"_qs).toString(), point.value(u"verdict"_qs).toString());
            error.insert(point.value(u"point"_qs).toString(), point.value(u"error_pct"_qs).toDouble());
        }
        QCOMPARE(verdict.value(u"P2"_qs), u"pass"_qs);
        QCOMPARE(verdict.value(u"E1"_qs), u"pass"_qs);
        QCOMPARE(verdict.value(u"P5"_qs), u"fail"_qs);
        QCOMPARE(verdict.value(u"P6"_qs), u"fail"_qs);
        // (1 + 0) cos(φ + 0.6°) / cos φ - 1: -1.82 % at PF 0.5 ind, +0.79 % at PF 0.8 cap.
        QVERIFY(qAbs(error.value(u"P5"_qs) + 1.82) < 0.2);
        QVERIFY(qAbs(error.value(u"P6"_qs) - 0.79) < 0.15);
        const QJsonObject summary = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(summary.value(u"passed"_qs).toBool(), false);
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Result: FAIL"_qs), qPrintable(text));
    }

    // A gain error on one element fails that element alone, not the balanced points.
    void gainErrorFailsItsElement()
    {
        SimProcess sim;
        QVERIFY(startBench(sim, { u"2:+1.5%"_qs }));
        QTemporaryDir dir;
        const QString plan = writePlan(dir,
            R"({"id": "E1", "current_pct": 100, "element": 1}, {"id": "E2", "current_pct": 100, "element": 2},
               {"id": "E3", "current_pct": 100, "element": 3}, {"id": "P4", "current_pct": 1})");
        const ProgramRun run = calibrate(calibrateArgs(sim, dir.filePath(u"c.pdf"_qs), { u"--plan"_qs, plan }));
        QCOMPARE(run.exitCode, 1);
        const QMap<QString, QString> points = verdicts(run.out);
        QCOMPARE(points.value(u"E1"_qs), u"Pass"_qs);
        QCOMPARE(points.value(u"E2"_qs), u"Fail"_qs);
        QCOMPARE(points.value(u"E3"_qs), u"Pass"_qs);
        QCOMPARE(points.value(u"P4"_qs), u"Pass"_qs); // +0.5 % against ±1 % at 1 % In
    }

    void overdueReferenceIsRefused()
    {
        SimProcess sim;
        QVERIFY(startBench(sim, {}));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"c.pdf"_qs);
        QStringList args = calibrateArgs(sim, pdf);
        args[args.indexOf(u"2099-12-31"_qs)] = u"2020-01-31"_qs;
        const ProgramRun overdue = calibrate(args, 15000);
        QCOMPARE(overdue.exitCode, 1);
        QVERIFY2(overdue.err.contains(u"2020-01-31"_qs), qPrintable(overdue.err));
        QVERIFY(!QFile::exists(pdf));

        args.removeAt(args.indexOf(u"2020-01-31"_qs));
        args.removeAt(args.indexOf(u"--reference-due"_qs));
        const ProgramRun unknown = calibrate(args, 15000);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"--reference-due"_qs), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void referenceDescriptionMustMatchTheMeter()
    {
        SimProcess sim;
        QVERIFY(startBench(sim, {}));
        QTemporaryDir dir;
        QFile description(dir.filePath(u"reference.json"_qs));
        QVERIFY(description.open(QIODevice::WriteOnly));
        description.write(R"({"model": "Bench reference", "serial_number": "999", "certificate": "X-1",
            "calibration_due": "2099-01-01"})");
        description.close();
        const ProgramRun run = calibrate({ u"--device"_qs, sim.address(), u"calibrate"_qs, u"--reference"_qs,
                                             sim.extraLines().first(), u"--reference-file"_qs, description.fileName(),
                                             u"--operator"_qs, u"x"_qs, u"--certificate"_qs, dir.filePath(u"c.pdf"_qs) },
            15000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"24010001"_qs) && run.err.contains(u"999"_qs), qPrintable(run.err));
    }

    // The module's link cut in the middle of a point: the run stops with the reason, writes no
    // certificate, and switches the source off.
    // A module outside the limits fails as found; --adjust writes constants signed with the factory
    // key that bring it inside, the plan runs again and passes, and the module keeps the constants
    // across a restart: a plain check afterwards passes too.
    void adjustmentBringsAFailingModuleInside()
    {
        QTemporaryDir dir;
        const QString key = newKey(dir, u"factory.key"_qs);
        QVERIFY(!key.isEmpty());
        SimProcess sim;
        const QStringList errors { u"--meter-error"_qs, u"1:+0.8%,0.3deg"_qs, u"--meter-error"_qs, u"2:-0.7%"_qs,
            u"--meter-error"_qs, u"3:0.5deg"_qs };
        QVERIFY(sim.start(QStringList { u"--pty"_qs, u"--bench"_qs, u"--modbus-tcp"_qs, u"0"_qs, u"--factory"_qs } + errors));
        const ProgramRun trusted = calibrate({ u"--device"_qs, sim.address(), u"trust"_qs, u"add"_qs, key + u".pub"_qs,
            u"--role"_qs, u"factory"_qs, u"--label"_qs, u"Factory"_qs, u"--yes"_qs });
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.out + trusted.err));

        const QString plan = writePlan(dir,
            R"({"id": "P2", "current_pct": 100}, {"id": "P5", "current_pct": 100, "power_factor": "0.5 ind"},
               {"id": "P6", "current_pct": 100, "power_factor": "0.8 cap"},
               {"id": "E1", "current_pct": 100, "element": 1}, {"id": "E2", "current_pct": 100, "element": 2},
               {"id": "E3", "current_pct": 100, "element": 3})");
        const QString pdf = dir.filePath(u"adjusted.pdf"_qs);
        const QString csv = dir.filePath(u"log.csv"_qs);
        const ProgramRun run = calibrate(calibrateArgs(sim, pdf,
            { u"--plan"_qs, plan, u"--adjust"_qs, u"--factory-key"_qs, key, u"--csv"_qs, csv, u"--json"_qs }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

        QMap<QString, QString> asFound;
        QMap<QString, QString> asLeft;
        QMap<int, QJsonObject> adjusted;
        QJsonObject summary;
        for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonObject json = QJsonDocument::fromJson(line.toUtf8()).object();
            if (json.contains(u"adjusted_element"_qs))
                adjusted.insert(json.value(u"adjusted_element"_qs).toInt(), json);
            else if (json.value(u"run"_qs) == u"as_found"_qs)
                asFound.insert(json.value(u"point"_qs).toString(), json.value(u"verdict"_qs).toString());
            else if (json.value(u"run"_qs) == u"as_left"_qs)
                asLeft.insert(json.value(u"point"_qs).toString(), json.value(u"verdict"_qs).toString());
            else
                summary = json;
        }
        // As found: the gain errors fail their elements, the phase errors the PF 0.5 point.
        QCOMPARE(asFound.value(u"E1"_qs), u"fail"_qs);
        QCOMPARE(asFound.value(u"E2"_qs), u"fail"_qs);
        QCOMPARE(asFound.value(u"P5"_qs), u"fail"_qs);
        // The corrections are the inverse of the errors given to the simulator.
        QCOMPARE(adjusted.size(), 3);
        QVERIFY2(qAbs(adjusted.value(1).value(u"gain_error_pct"_qs).toDouble() - 0.8) < 0.05, qPrintable(run.out));
        QVERIFY2(qAbs(adjusted.value(1).value(u"phase_error_deg"_qs).toDouble() - 0.3) < 0.03, qPrintable(run.out));
        QVERIFY2(qAbs(adjusted.value(2).value(u"gain_pct"_qs).toDouble() - (1.0 / 0.993 - 1.0) * 100.0) < 0.05,
            qPrintable(run.out));
        QVERIFY2(qAbs(adjusted.value(3).value(u"phase_deg"_qs).toDouble() - 0.5) < 0.03, qPrintable(run.out));
        QCOMPARE(adjusted.value(1).value(u"constants_counter"_qs).toInt(), 1);
        // As left: every point passes, and so does the module.
        QCOMPARE(asLeft.size(), 6);
        for (auto it = asLeft.cbegin(); it != asLeft.cend(); ++it)
            QVERIFY2(it.value() == u"pass"_qs, qPrintable(it.key() + u": "_qs + it.value()));
        QCOMPARE(summary.value(u"passed"_qs).toBool(), true);

        const QString text = pdfText(pdf);
        for (const QString& expected : { u"Result: PASS"_qs, u"Results as found (before adjustment)"_qs,
                 u"Adjustment"_qs, u"Results as left (after adjustment)"_qs, u"signed with factory key"_qs })
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_qs + text));
        QFile log(csv);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString rows = QString::fromUtf8(log.readAll());
        QCOMPARE(rows.count(u",as_found,"_qs), 6);
        QCOMPARE(rows.count(u",as_left,"_qs), 6);

        // The module keeps its constants: restarted (out of factory mode), it passes a plain check.
        QCOMPARE(sim.terminate(), 0);
        SimProcess restarted;
        QVERIFY(restarted.start(QStringList { u"--pty"_qs, u"--bench"_qs, u"--modbus-tcp"_qs, u"0"_qs, u"--state-dir"_qs,
                                    sim.stateDir() }
            + errors));
        const ProgramRun again
            = calibrate(calibrateArgs(restarted, dir.filePath(u"again.pdf"_qs), { u"--plan"_qs, plan }));
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    }

    // A module that does not trust the key refuses the constants: the command fails with the
    // module's reason and writes no certificate.
    void adjustmentWithAnUntrustedKeyIsRefused()
    {
        QTemporaryDir dir;
        const QString key = newKey(dir, u"stranger.key"_qs);
        QVERIFY(!key.isEmpty());
        SimProcess sim;
        QVERIFY(startBench(sim, { u"2:+1.5%"_qs }));
        const QString plan = writePlan(dir, R"({"id": "E2", "current_pct": 100, "element": 2})");
        const QString pdf = dir.filePath(u"c.pdf"_qs);
        const ProgramRun run
            = calibrate(calibrateArgs(sim, pdf, { u"--plan"_qs, plan, u"--adjust"_qs, u"--factory-key"_qs, key }));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"factory key"_qs), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));

        const ProgramRun keyless = calibrate(calibrateArgs(sim, pdf, { u"--plan"_qs, plan, u"--adjust"_qs }));
        QCOMPARE(keyless.exitCode, 2);
        QVERIFY2(keyless.err.contains(u"--factory-key"_qs), qPrintable(keyless.err));
    }

    // A batch is resumable: each certificate is recorded in the job history; a module that
    // passed in the batch is skipped, one that failed is checked again; the yield follows.
    void batchSkipsModulesThatPassed()
    {
        QTemporaryDir dir;
        const QString plan = writePlan(dir, R"({"id": "E2", "current_pct": 100, "element": 2})");
        const QStringList batch { u"--plan"_qs, plan, u"--batch"_qs, u"WO-4711"_qs };
        const auto run = [&dir](const SimProcess& sim, const QStringList& more) {
            return calibrate(QStringList { u"--history"_qs, dir.filePath(u"history.sqlite"_qs) }
                + calibrateArgs(sim, dir.filePath(u"c.pdf"_qs), more));
        };
        SimProcess failing;
        QVERIFY(startBench(failing, { u"2:+1.5%"_qs }));
        const ProgramRun failed = run(failing, batch);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.out.contains(u"Batch WO-4711: 0 of 1 modules passed (yield 0.0 %)"_qs), qPrintable(failed.out));
        QCOMPARE(failing.terminate(), 0);

        // The same module (SIM-000001), its error gone: checked again, passes, and is then skipped.
        SimProcess fixed;
        QVERIFY(startBench(fixed, {}));
        const ProgramRun passed = run(fixed, batch);
        QVERIFY2(passed.exitCode == 0, qPrintable(passed.out + passed.err));
        QVERIFY2(passed.out.contains(u"Batch WO-4711: 1 of 1 modules passed (yield 100.0 %)"_qs), qPrintable(passed.out));
        const ProgramRun skipped = run(fixed, batch + QStringList { u"--json"_qs });
        QCOMPARE(skipped.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(skipped.out.toUtf8()).object();
        QCOMPARE(json.value(u"skipped"_qs).toBool(), true);
        QCOMPARE(json.value(u"module"_qs).toString(), u"SIM-000001"_qs);
        QVERIFY(json.value(u"certificate_id"_qs).toString().startsWith(u"CAL-SIM-000001-"_qs));
        // Another batch checks it again.
        const ProgramRun otherBatch = run(fixed, { u"--plan"_qs, plan, u"--batch"_qs, u"WO-4712"_qs });
        QCOMPARE(otherBatch.exitCode, 0);
        QVERIFY2(otherBatch.out.contains(u"PASS: module SIM-000001"_qs), qPrintable(otherBatch.out));
    }

    void linkLossAbortsSafely()
    {
        SimProcess sim;
        QVERIFY(startBench(sim, {}));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"c.pdf"_qs);
        QProcess cli;
        cli.setProcessEnvironment(headlessEnvironment());
        cli.start(binaryPath(u"iotpro-cli"_qs), calibrateArgs(sim, pdf));
        // Wait for the first point's line, then pull the plug.
        QTRY_VERIFY_WITH_TIMEOUT(cli.canReadLine(), 20000);
        sim.kill();
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 1);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(u"Link lost"_qs) || err.contains(u"No reply"_qs), qPrintable(err));
        QVERIFY(!QFile::exists(pdf));
    }

    // The module's cable pulled while the bench stays up: the source is left switched off.
    void linkLossSwitchesTheSourceOff()
    {
        SimProcess sim;
        QVERIFY(sim.start({ u"--tcp"_qs, u"0"_qs, u"--bench"_qs, u"--modbus-tcp"_qs, u"0"_qs }));
        CuttableLink link(quint16(sim.address().section(u':', -1).toUInt()));
        QTemporaryDir dir;
        QStringList args = calibrateArgs(sim, dir.filePath(u"c.pdf"_qs));
        args[args.indexOf(sim.address())] = link.address();
        QProcess cli;
        cli.setProcessEnvironment(headlessEnvironment());
        cli.start(binaryPath(u"iotpro-cli"_qs), args);
        QTRY_VERIFY_WITH_TIMEOUT(cli.canReadLine(), 20000);
        link.cut();
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 20000);
        QCOMPARE(cli.exitCode(), 1);
        const std::optional<modbus::RegisterValues> setpoints = sourceSetpoints(this, sim.extraLines().first());
        QVERIFY(setpoints);
        for (const QString& name : { u"current_l1"_qs, u"current_l2"_qs, u"current_l3"_qs, u"voltage_l1"_qs })
            QCOMPARE(setpoints->value(name), 0.0);
    }

    void unreachableReferenceIsAnOpenFailure()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        QTemporaryDir dir;
        const ProgramRun run = calibrate({ u"--device"_qs, sim.address(), u"calibrate"_qs, u"--reference"_qs,
                                             u"modbus-tcp:127.0.0.1:1"_qs, u"--reference-due"_qs, u"2099-01-01"_qs,
                                             u"--operator"_qs, u"x"_qs, u"--certificate"_qs, dir.filePath(u"c.pdf"_qs) },
            15000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"127.0.0.1:1"_qs), qPrintable(run.err));
    }

    // Without --bench the Modbus port serves the module's own metering as an SDM630-class meter.
    void moduleServesItsOwnMeterMap()
    {
        SimProcess sim;
        QVERIFY(sim.start({ u"--pty"_qs, u"--modbus-tcp"_qs, u"0"_qs }));
        const auto address = modbus::ModbusAddress::parse(sim.extraLines().value(0));
        QVERIFY(address.ok());
        modbus::ModbusClient client;
        std::optional<Result<void>> opened;
        client.open(address.value(), {}, this, [&opened](Result<void> r) { opened.emplace(r); });
        QTRY_VERIFY(opened.has_value());
        QVERIFY(opened->ok());
        const modbus::RegisterMap map = modbus::RegisterMap::builtIn(u"sdm630"_qs);
        const auto definitions = map.select({ u"voltage_l1"_qs, u"current_l2"_qs, u"frequency"_qs, u"system_type"_qs,
            u"ct_primary_current"_qs, u"serial_number"_qs });
        QVERIFY(definitions.ok());
        std::optional<Result<modbus::RegisterValues>> values;
        client.read(1, map, definitions.value(), this,
            [&values](Result<modbus::RegisterValues> r) { values.emplace(std::move(r)); });
        QTRY_VERIFY(values.has_value());
        QVERIFY2(values->ok(), qPrintable(values->ok() ? QString() : values->error().toString()));
        const modbus::RegisterValues& v = values->value();
        // The default site: 230 V x 100.2 %, 40 A per phase with drift, 50 Hz, 3P4W, 100 A CTs.
        QVERIFY2(qAbs(v.value(u"voltage_l1"_qs) - 230.46) < 3.0, qPrintable(QString::number(v.value(u"voltage_l1"_qs))));
        QVERIFY(qAbs(v.value(u"current_l2"_qs) - 40.0) < 10.0);
        QVERIFY(qAbs(v.value(u"frequency"_qs) - 50.0) < 0.2);
        QCOMPARE(v.value(u"system_type"_qs), 3.0);
        QCOMPARE(v.value(u"ct_primary_current"_qs), 100.0);
        QCOMPARE(v.value(u"serial_number"_qs), 1.0); // SIM-000001
    }
};

QTEST_GUILESS_MAIN(tst_Calibrate)
#include "tst_calibrate.moc"
