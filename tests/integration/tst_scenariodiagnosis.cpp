// The scenario library through the real binaries and the JSON contract: iotpro-sim plays a
// mis-wired site, `iotpro-cli live --json` reads it over a pseudo-terminal, and
// `iotpro-cli diagnose --input -` must name the fault and the correction.
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

ProgramRun diagnoseLine(const QString& liveLine)
{
    return runProgram(binaryPath(u"iotpro-cli"_qs), { u"diagnose"_qs, u"--input"_qs, u"-"_qs }, 15000,
        QProcessEnvironment::systemEnvironment(), liveLine.toUtf8());
}

QJsonArray ints(std::initializer_list<int> values)
{
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return array;
}

QJsonArray bools(std::initializer_list<bool> values)
{
    QJsonArray array;
    for (bool v : values)
        array.append(v);
    return array;
}

QJsonValue correction(QJsonArray phase, QJsonArray inverted)
{
    return QJsonObject { { u"ct_phase"_qs, phase }, { u"ct_inverted"_qs, inverted } };
}

} // namespace

class tst_ScenarioDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnosesTheSimulatedSite_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("findingCode"); // empty: no finding at all
        QTest::addColumn<QJsonValue>("correction");
        const QJsonValue none = QJsonValue::Null;

        QTest::newRow("3P4W correct") << u"3p4w-correct"_qs << u"pass"_qs << QString() << none;
        QTest::newRow("3P4W CT 2 reversed") << u"3p4w-ct2-reversed"_qs << u"fail"_qs << u"ct_reversed"_qs
                                            << correction(ints({ 1, 2, 3 }), bools({ false, true, false }));
        QTest::newRow("3P4W CTs 1 and 3 swapped") << u"3p4w-ct1-ct3-swapped"_qs << u"fail"_qs << u"ct_swapped"_qs
                                                  << correction(ints({ 3, 2, 1 }), bools({ false, false, false }));
        QTest::newRow("3P4W CTs 1 and 2 swapped, CT 3 reversed")
            << u"3p4w-ct1-ct2-swapped-ct3-reversed"_qs << u"fail"_qs << u"ct_swapped"_qs
            << correction(ints({ 2, 1, 3 }), bools({ false, false, true }));
        QTest::newRow("3P4W all reversed") << u"3p4w-all-reversed"_qs << u"fail"_qs << u"ct_reversed"_qs
                                           << correction(ints({ 1, 2, 3 }), bools({ true, true, true }));
        QTest::newRow("3P4W voltage 2 missing")
            << u"3p4w-voltage2-missing"_qs << u"fail"_qs << u"voltage_missing"_qs << none;
        QTest::newRow("3P4W light load")
            << u"3p4w-light-load"_qs << u"warn"_qs << u"current_below_accuracy"_qs << none;
        QTest::newRow("3P4W leading load") << u"3p4w-leading-load"_qs << u"pass"_qs << QString() << none;
        QTest::newRow("3P3W correct") << u"3p3w-correct"_qs << u"pass"_qs << QString() << none;
        QTest::newRow("3P3W low PF, W1 negative") << u"3p3w-low-pf"_qs << u"pass"_qs << QString() << none;
        QTest::newRow("3P3W CT 1 reversed") << u"3p3w-ct1-reversed"_qs << u"fail"_qs << u"ct_reversed"_qs
                                            << correction(ints({ 1, 3 }), bools({ true, false }));
        QTest::newRow("3P3W CTs swapped") << u"3p3w-cts-swapped"_qs << u"fail"_qs << u"ct_swapped"_qs
                                          << correction(ints({ 3, 1 }), bools({ false, false }));
        QTest::newRow("1P correct") << u"1p-correct"_qs << u"pass"_qs << QString() << none;
        QTest::newRow("1P CT reversed, no export") << u"1p-ct-reversed"_qs << u"fail"_qs << u"ct_reversed"_qs
                                                   << correction(ints({ 1 }), bools({ true }));
        QTest::newRow("1P reversed or exporting")
            << u"1p-ct-reversed-export-possible"_qs << u"warn"_qs << u"ambiguous"_qs << none;
    }
    void diagnosesTheSimulatedSite()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, verdict);
        QFETCH(QString, findingCode);
        QFETCH(QJsonValue, correction);

        SimProcess sim;
        QVERIFY2(sim.start({ u"--scenario"_qs, scenario, u"--seed"_qs, u"7"_qs }), qPrintable(sim.failureReason()));
        const ProgramRun live = runProgram(binaryPath(u"iotpro-cli"_qs),
            { u"--device"_qs, sim.address(), u"live"_qs, u"--rate"_qs, u"10"_qs, u"--count"_qs, u"1"_qs, u"--json"_qs });
        QCOMPARE(live.exitCode, 0);

        checkDiagnosis(diagnoseLine(live.out), verdict, findingCode, correction);
    }

    /// `iotpro-cli --device ADDR diagnose`: the same verdicts from a steady averaged window.
    void diagnosesLiveFromTheDevice_data() { diagnosesTheSimulatedSite_data(); }
    void diagnosesLiveFromTheDevice()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, verdict);
        QFETCH(QString, findingCode);
        QFETCH(QJsonValue, correction);

        SimProcess sim;
        QVERIFY2(sim.start({ u"--scenario"_qs, scenario, u"--seed"_qs, u"11"_qs }), qPrintable(sim.failureReason()));
        checkDiagnosis(runProgram(binaryPath(u"iotpro-cli"_qs), { u"--device"_qs, sim.address(), u"diagnose"_qs }, 30000),
            verdict, findingCode, correction);
    }

private:
    static void checkDiagnosis(const ProgramRun& run, const QString& verdict, const QString& findingCode,
        const QJsonValue& correction)
    {
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(u"verdict").toString(), verdict);
        QStringList codes;
        for (const QJsonValue& finding : result.value(u"findings").toArray())
            codes << finding.toObject().value(u"code").toString();
        if (findingCode.isEmpty())
            QVERIFY2(codes.isEmpty(), qPrintable(codes.join(u", ")));
        else
            QVERIFY2(codes.contains(findingCode), qPrintable(codes.join(u", ")));
        QCOMPARE(result.value(u"correction"), correction);
    }
};

QTEST_GUILESS_MAIN(tst_ScenarioDiagnosis)
#include "tst_scenariodiagnosis.moc"
