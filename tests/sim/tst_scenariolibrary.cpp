#include "VariantError.h"
#include "electrical/ScenarioLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace iotpro::sim;
using iotpro::test::errorOf;
using namespace Qt::StringLiterals;

class tst_ScenarioLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBuiltInScenarioReads();
    void everyBuiltInScenarioIsDocumented();
    void builtInCoversEveryWiringAndFault();
    void extendsStartsFromTheBase();
    void mergeRules();
    void refusesBrokenLibraries_data();
    void refusesBrokenLibraries();
    void refusesBrokenExtends_data();
    void refusesBrokenExtends();

private:
    const ScenarioLibrary m_builtIn = ScenarioLibrary::builtIn();
};

void tst_ScenarioLibrary::everyBuiltInScenarioReads()
{
    QVERIFY2(m_builtIn.errorString().isEmpty(), qPrintable(m_builtIn.errorString()));
    QVERIFY(m_builtIn.names().size() >= 60);
    for (const QString& name : m_builtIn.names()) {
        const std::variant<Scenario, QString> scenario = m_builtIn.scenario(name);
        QVERIFY2(std::holds_alternative<Scenario>(scenario), qPrintable(errorOf(scenario)));
        const Scenario& s = std::get<Scenario>(scenario);
        QCOMPARE(s.name, name);
        QVERIFY2(!s.description.isEmpty() && !s.expectedDiagnosis.isEmpty(), qPrintable(name));
        QVERIFY2(name.startsWith(wiringName(s.site.supply.wiring).toLower() + u'-'), qPrintable(name));
    }
}

void tst_ScenarioLibrary::everyBuiltInScenarioIsDocumented()
{
    QFile doc(QStringLiteral(IOTPRO_SOURCE_DIR "/docs/simulator.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    for (const QString& name : m_builtIn.names())
        QVERIFY2(
            text.contains(u"| `"_s + name + u"` |"_s), qPrintable(name + u" is not in docs/simulator.md"_s));
}

void tst_ScenarioLibrary::builtInCoversEveryWiringAndFault()
{
    QFile file(u":/iotpro/sim/scenarios/library.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> faultKinds;
    for (const QJsonValue& entry :
        QJsonDocument::fromJson(file.readAll()).object().value(u"scenarios"_s).toArray()) {
        for (const QJsonValue& fault : entry.toObject().value(u"faults"_s).toArray())
            faultKinds.insert(fault.toString().section(u':', 0, 0));
    }
    QCOMPARE(faultKinds,
        (QSet<QString> { u"ct_reversed"_s, u"ct_swapped"_s, u"ct_rotated"_s, u"ct_phase"_s, u"ct_rating"_s,
            u"voltage_swapped"_s, u"voltage_missing"_s }));
    for (const auto name : { u"3p4w-correct", u"3p3w-correct", u"1p-correct" })
        QVERIFY(m_builtIn.names().contains(QString::fromUtf16(name)));
}

void tst_ScenarioLibrary::extendsStartsFromTheBase()
{
    const ScenarioLibrary library(R"({"scenarios": [
        {"name": "base", "description": "the base", "expected_diagnosis": "fine",
         "supply": {"wiring": "1P", "nominal_voltage_v": 120}, "load": {"current_a": 5, "power_factor": 0.5},
         "faults": ["ct_rating:1:250"]},
        {"name": "child", "extends": "base", "description": "the child", "load": {"current_a": 9},
         "faults": ["ct_reversed:1"]}
    ]})");
    QVERIFY2(library.errorString().isEmpty(), qPrintable(library.errorString()));
    QCOMPARE(library.names(), (QStringList { u"base"_s, u"child"_s }));

    const auto child = library.scenario(u"child"_s);
    QVERIFY2(std::holds_alternative<Scenario>(child), qPrintable(errorOf(child)));
    const Scenario& s = std::get<Scenario>(child);
    QCOMPARE(s.name, u"child"_s);
    QCOMPARE(s.description, u"the child"_s);
    QCOMPARE(s.expectedDiagnosis, QString()); // not inherited: it belongs to the base
    QCOMPARE(s.site.supply.wiring, Wiring::SinglePhase);
    QCOMPARE(s.site.supply.nominalVoltage, 120.0);
    QCOMPARE(s.site.loads[0].currentA, 9.0);
    QCOMPARE(s.site.loads[0].powerFactor, 0.5);
    QCOMPARE(s.site.wiring.cts.first(), (CtInstallation { 1, true, 250.0 })); // both faults
}

void tst_ScenarioLibrary::mergeRules()
{
    const QJsonObject base = QJsonDocument::fromJson(
        R"({"a": 1, "o": {"x": 1, "y": {"z": 1}}, "faults": ["f1"], "list": [1, 2]})")
                                 .object();
    const QJsonObject overlay = QJsonDocument::fromJson(
        R"({"a": 2, "o": {"y": {"w": 2}}, "faults": ["f2"], "list": [3], "new": true})")
                                    .object();
    const QJsonObject expected = QJsonDocument::fromJson(
        R"({"a": 2, "o": {"x": 1, "y": {"z": 1, "w": 2}}, "faults": ["f1", "f2"], "list": [3], "new": true})")
                                     .object();
    QCOMPARE(mergedScenarioJson(base, overlay), expected);
}

void tst_ScenarioLibrary::refusesBrokenLibraries_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("not JSON") << QByteArray("{ scenarios") << u"not JSON"_s;
    QTest::newRow("no scenarios") << QByteArray(R"({"format": 1})") << u"\"scenarios\""_s;
    QTest::newRow("unnamed") << QByteArray(R"({"scenarios": [{"description": "x"}]})") << u"name"_s;
    QTest::newRow("same name twice") << QByteArray(R"({"scenarios": [{"name": "a"}, {"name": "a"}]})")
                                     << u"\"a\""_s;
}

void tst_ScenarioLibrary::refusesBrokenLibraries()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorMentions);

    const ScenarioLibrary library(json);
    QVERIFY2(library.errorString().contains(errorMentions), qPrintable(library.errorString()));
    QVERIFY(library.names().isEmpty());
}

void tst_ScenarioLibrary::refusesBrokenExtends_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("unknown scenario") << u"nowhere"_s << u"no scenario called \"nowhere\""_s;
    QTest::newRow("unknown base")
        << u"orphan"_s << u"scenario orphan: extends: there is no built-in scenario called \"ghost\""_s;
    QTest::newRow("loop") << u"loop-a"_s << u"extends itself"_s;
    QTest::newRow("bad base") << u"heir"_s << u"scenario heir: load.current_a"_s;
}

void tst_ScenarioLibrary::refusesBrokenExtends()
{
    QFETCH(QString, name);
    QFETCH(QString, errorMentions);

    const ScenarioLibrary library(R"({"scenarios": [
        {"name": "orphan", "extends": "ghost"},
        {"name": "loop-a", "extends": "loop-b"},
        {"name": "loop-b", "extends": "loop-a"},
        {"name": "broken", "load": {"current_a": -5}},
        {"name": "heir", "extends": "broken"}
    ]})");
    QVERIFY(library.errorString().isEmpty());
    const auto scenario = library.scenario(name);
    QVERIFY(std::holds_alternative<QString>(scenario));
    QVERIFY2(std::get<QString>(scenario).contains(errorMentions), qPrintable(errorOf(scenario)));
}

QTEST_GUILESS_MAIN(tst_ScenarioLibrary)
#include "tst_scenariolibrary.moc"
