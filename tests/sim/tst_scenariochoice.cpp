#include "ScenarioChoice.h"
#include "VariantError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro::sim;
using iotpro::test::errorOf;
using namespace Qt::StringLiterals;

class tst_ScenarioChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsTheCorrectWiring_data();
    void defaultIsTheCorrectWiring();
    void namedScenario();
    void fileScenario();
    void fileNamesItsScenarioUnlessItSays();
    void commandLineChangesComeOnTop();
    void refusals_data();
    void refusals();

private:
    QString writeFile(const QString& name, const QByteArray& contents);

    QTemporaryDir m_dir;
    const ScenarioLibrary m_library = ScenarioLibrary::builtIn();
};

QString tst_ScenarioChoice::writeFile(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

void tst_ScenarioChoice::defaultIsTheCorrectWiring_data()
{
    QTest::addColumn<std::optional<Wiring>>("wiring");
    QTest::addColumn<QString>("name");

    QTest::newRow("nothing said") << std::optional<Wiring>() << u"3p4w-correct"_s;
    QTest::newRow("3P3W") << std::optional(Wiring::ThreePhaseThreeWire) << u"3p3w-correct"_s;
    QTest::newRow("1P") << std::optional(Wiring::SinglePhase) << u"1p-correct"_s;
}

void tst_ScenarioChoice::defaultIsTheCorrectWiring()
{
    QFETCH(std::optional<Wiring>, wiring);
    QFETCH(QString, name);

    ScenarioChoice choice;
    choice.wiring = wiring;
    const auto resolved = resolveScenario(choice, m_library);
    QVERIFY(std::holds_alternative<Scenario>(resolved));
    QCOMPARE(std::get<Scenario>(resolved), std::get<Scenario>(m_library.scenario(name)));
}

void tst_ScenarioChoice::namedScenario()
{
    ScenarioChoice choice;
    choice.scenario = u"3p3w-cts-swapped"_s;
    const auto resolved = resolveScenario(choice, m_library);
    QVERIFY(std::holds_alternative<Scenario>(resolved));
    QCOMPARE(std::get<Scenario>(resolved), std::get<Scenario>(m_library.scenario(choice.scenario)));
}

void tst_ScenarioChoice::fileScenario()
{
    ScenarioChoice choice;
    choice.scenario = writeFile(u"pv.json"_s,
        R"({"name": "roof PV", "extends": "1p-correct", "load": {"exporting": true}, "setup": {"export_possible": true}})");
    const auto resolved = resolveScenario(choice, m_library);
    QVERIFY2(std::holds_alternative<Scenario>(resolved), qPrintable(errorOf(resolved)));
    const Scenario& scenario = std::get<Scenario>(resolved);
    QCOMPARE(scenario.name, u"roof PV"_s);
    QVERIFY(scenario.site.loads[0].exporting);
    QVERIFY(scenario.setup.exportPossible);
    QCOMPARE(scenario.site.loads[0].currentA, 20.0); // from 1p-correct
}

void tst_ScenarioChoice::fileNamesItsScenarioUnlessItSays()
{
    ScenarioChoice choice;
    // Any path with a '/' is a file, whatever it ends with.
    choice.scenario = writeFile(u"north-panel.site"_s, R"({"supply": {"wiring": "3P3W"}})");
    const auto resolved = resolveScenario(choice, m_library);
    QVERIFY2(std::holds_alternative<Scenario>(resolved), qPrintable(errorOf(resolved)));
    QCOMPARE(std::get<Scenario>(resolved).name, u"north-panel"_s);
}

void tst_ScenarioChoice::commandLineChangesComeOnTop()
{
    ScenarioChoice choice;
    choice.scenario = u"3p4w-ct2-reversed"_s;
    choice.wiring = Wiring::ThreePhaseFourWire;
    choice.phaseSequence = PhaseSequence::Acb;
    choice.frequency = 60.0;
    choice.loadCurrentA = 75.0;
    choice.powerFactor = -0.9;
    choice.seed = 31;
    choice.faults = { u"ct_reversed:2"_s, u"voltage_missing:3"_s };

    const auto resolved = resolveScenario(choice, m_library);
    QVERIFY2(std::holds_alternative<Scenario>(resolved), qPrintable(errorOf(resolved)));
    const Scenario& s = std::get<Scenario>(resolved);
    QCOMPARE(s.site.supply.sequence, PhaseSequence::Acb);
    QCOMPARE(s.site.supply.frequency, 60.0);
    QCOMPARE(s.setup.nominalFrequency, 60.0);
    for (const PhaseLoad& load : s.site.loads) {
        QCOMPARE(load.currentA, 75.0);
        QCOMPARE(load.powerFactor, -0.9);
    }
    QCOMPARE(s.seed, 31u);
    QVERIFY(!s.site.wiring.cts[1].reversed); // reversed by the scenario, back by the command line
    QCOMPARE(s.site.wiring.voltageTaps, (QList<int> { 1, 2, 0 }));
}

void tst_ScenarioChoice::refusals_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QByteArray>("fileContents"); ///< written to `scenario` in a temporary directory
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("unknown name") << u"3p4w-gremlins"_s << QByteArray() << QString() << u"--list-scenarios"_s;
    QTest::newRow("missing file") << u"/no/such/dir/site.json"_s << QByteArray() << QString()
                                  << u"cannot read the scenario file /no/such/dir/site.json"_s;
    QTest::newRow("not JSON") << u"broken.json"_s << QByteArray("{ \"load\": ") << QString()
                              << u"is not JSON"_s;
    QTest::newRow("not an object") << u"array.json"_s << QByteArray("[1, 2]") << QString()
                                   << u"one JSON object"_s;
    QTest::newRow("bad value, file named")
        << u"pf.json"_s << QByteArray(R"({"load": {"power_factor": 2}})") << QString()
        << u"pf.json: load.power_factor: must be from -1 to 1, not 2"_s;
    QTest::newRow("unknown base")
        << u"orphan.json"_s << QByteArray(R"({"extends": "3p5w-correct"})") << QString()
        << u"orphan.json: extends: there is no built-in scenario called \"3p5w-correct\""_s;
    QTest::newRow("fault the scenario cannot take")
        << u"1p-correct"_s << QByteArray() << u"ct_swapped:1,2"_s << u"--fault: fault \"ct_swapped:1,2\""_s;
}

void tst_ScenarioChoice::refusals()
{
    QFETCH(QString, scenario);
    QFETCH(QByteArray, fileContents);
    QFETCH(QString, fault);
    QFETCH(QString, errorMentions);

    ScenarioChoice choice;
    choice.scenario = fileContents.isEmpty() ? scenario : writeFile(scenario, fileContents);
    if (!fault.isEmpty())
        choice.faults = { fault };
    const auto resolved = resolveScenario(choice, m_library);
    QVERIFY(std::holds_alternative<QString>(resolved));
    const QString& error = std::get<QString>(resolved);
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    QVERIFY(!error.contains(u'\n'));
}

QTEST_GUILESS_MAIN(tst_ScenarioChoice)
#include "tst_scenariochoice.moc"
