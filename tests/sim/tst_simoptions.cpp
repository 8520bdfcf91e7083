#include "SimOptions.h"
#include "electrical/ScenarioLibrary.h"
#include "security/Keys.h"
#include "security/PublicKeyCodec.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SimOptions)

namespace {

QString defaultStateDir(const QString& serialNumber)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + serialNumber;
}

Scenario builtInScenario(const QString& name)
{
    return std::get<Scenario>(ScenarioLibrary::builtIn().scenario(name));
}

SimOptions defaults()
{
    SimOptions options;
    options.pty = true;
    options.serialNumber = u"SIM-000001"_s;
    options.stateDir = defaultStateDir(options.serialNumber);
    options.timeZone = u"UTC"_s;
    options.scenario = builtInScenario(u"3p4w-correct"_s);
    options.labelCode = u"7391-2204"_s;
    return options;
}

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

template <typename Change> SimOptions defaultsWithScenario(const QString& name, Change change)
{
    SimOptions options = defaults();
    options.scenario = builtInScenario(name);
    change(options.scenario);
    return options;
}

template <typename Change> SimOptions defaultsWith(Change change)
{
    SimOptions options = defaults();
    change(options);
    return options;
}

} // namespace

class tst_SimOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validArguments_data();
    void validArguments();
    void invalidArguments_data();
    void invalidArguments();
    void helpAndVersion_data();
    void helpAndVersion();
    void helpTextListsEveryOption();
    void listsScenarios();
    void readsScenarioFiles();
    void readsTrustedKeyFiles();
    void refusesUnusableKeyFiles_data();
    void refusesUnusableKeyFiles();
};

void tst_SimOptions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SimOptions::validArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<SimOptions>("expected");

    QTest::newRow("none: pty implied") << QStringList {} << defaults();
    QTest::newRow("--pty") << QStringList { u"--pty"_s } << defaults();
    QTest::newRow("--tcp alone: no pty")
        << QStringList { u"--tcp"_s, u"5020"_s } << defaultsWith([](SimOptions& o) {
               o.pty = false;
               o.tcpPort = 5020;
           });
    QTest::newRow("--tcp 0") << QStringList { u"--tcp=0"_s } << defaultsWith([](SimOptions& o) {
        o.pty = false;
        o.tcpPort = 0;
    });
    QTest::newRow("--tcp 65535") << QStringList { u"--tcp"_s, u"65535"_s } << defaultsWith([](SimOptions& o) {
        o.pty = false;
        o.tcpPort = 65535;
    });
    QTest::newRow("--pty --tcp") << QStringList { u"--tcp"_s, u"0"_s, u"--pty"_s }
                                 << defaultsWith([](SimOptions& o) { o.tcpPort = 0; });
    QTest::newRow("--serial moves the default state dir")
        << QStringList { u"--serial"_s, u"EM-2024-0042"_s } << defaultsWith([](SimOptions& o) {
               o.serialNumber = u"EM-2024-0042"_s;
               o.stateDir = defaultStateDir(o.serialNumber);
           });
    QTest::newRow("--serial 16 characters")
        << QStringList { u"--serial"_s, u"ABCDEFGHIJ123456"_s } << defaultsWith([](SimOptions& o) {
               o.serialNumber = u"ABCDEFGHIJ123456"_s;
               o.stateDir = defaultStateDir(o.serialNumber);
           });
    QTest::newRow("--state-dir") << QStringList { u"--serial"_s, u"X1"_s, u"--state-dir"_s, u"/tmp/x"_s }
                                 << defaultsWith([](SimOptions& o) {
                                        o.serialNumber = u"X1"_s;
                                        o.stateDir = u"/tmp/x"_s;
                                    });
    QTest::newRow("--options none") << QStringList { u"--options"_s, u"none"_s }
                                    << defaultsWith([](SimOptions& o) {
                                           o.fittedOptions = { false, false, false, false };
                                       });
    QTest::newRow("--options two") << QStringList { u"--options"_s, u"gps,wifi"_s }
                                   << defaultsWith([](SimOptions& o) {
                                          o.fittedOptions = { true, false, false, true };
                                      });
    QTest::newRow("--options all, repeated")
        << QStringList { u"--options"_s, u"lorawan,cellular,wifi,gps,wifi"_s } << defaults();
    QTest::newRow("--options cellular")
        << QStringList { u"--options"_s, u"cellular"_s } << defaultsWith([](SimOptions& o) {
               o.fittedOptions = { false, false, true, false };
           });
    QTest::newRow("--protocol-versions")
        << QStringList { u"--protocol-versions"_s, u"2:5"_s } << defaultsWith([](SimOptions& o) {
               o.protocolVersions = { 2, 5 };
           });
    QTest::newRow("--protocol-versions single")
        << QStringList { u"--protocol-versions"_s, u"3:3"_s } << defaultsWith([](SimOptions& o) {
               o.protocolVersions = { 3, 3 };
           });
    QTest::newRow("--time-zone") << QStringList { u"--time-zone"_s, u"Europe/Berlin"_s }
                                 << defaultsWith([](SimOptions& o) { o.timeZone = u"Europe/Berlin"_s; });
    QTest::newRow("--exit-on-stdin-eof") << QStringList { u"--exit-on-stdin-eof"_s }
                                         << defaultsWith([](SimOptions& o) { o.exitOnStdinEof = true; });

    const auto none = [](Scenario&) {};
    QTest::newRow("--scenario") << QStringList { u"--scenario"_s, u"3p4w-ct2-reversed"_s }
                                << defaultsWithScenario(u"3p4w-ct2-reversed"_s, none);
    QTest::newRow("--wiring picks the correct scenario")
        << QStringList { u"--wiring"_s, u"3P3W"_s } << defaultsWithScenario(u"3p3w-correct"_s, none);
    QTest::newRow("--wiring, any case")
        << QStringList { u"--wiring"_s, u"1p"_s } << defaultsWithScenario(u"1p-correct"_s, none);
    QTest::newRow("--wiring agreeing with --scenario") << QStringList { u"--wiring"_s, u"1P"_s,
        u"--scenario"_s, u"1p-exporting"_s } << defaultsWithScenario(u"1p-exporting"_s, none);
    QTest::newRow("--fault, twice, in order") << QStringList { u"--fault"_s, u"ct_swapped:1,3"_s,
        u"--fault"_s, u"ct_reversed:1"_s } << defaultsWithScenario(u"3p4w-correct"_s, [](Scenario& s) {
        s.site.wiring.cts[0] = { 3, true, 100.0 };
        s.site.wiring.cts[2].conductor = 1;
    });
    QTest::newRow("--fault undoing a scenario's own")
        << QStringList { u"--scenario"_s, u"3p4w-ct2-reversed"_s, u"--fault"_s, u"ct_reversed:2"_s }
        << defaultsWithScenario(
               u"3p4w-ct2-reversed"_s, [](Scenario& s) { s.site.wiring.cts[1].reversed = false; });
    QTest::newRow("--frequency") << QStringList { u"--frequency"_s, u"60"_s }
                                 << defaultsWithScenario(u"3p4w-correct"_s, [](Scenario& s) {
                                        s.site.supply.frequency = 60.0;
                                        s.setup.nominalFrequency = 60.0;
                                    });
    QTest::newRow("--load-a and --pf leading") << QStringList { u"--load-a"_s, u"12.5"_s, u"--pf"_s,
        u"-0.95"_s } << defaultsWithScenario(u"3p4w-correct"_s, [](Scenario& s) {
        for (PhaseLoad& load : s.site.loads) {
            load.currentA = 12.5;
            load.powerFactor = -0.95;
        }
    });
    QTest::newRow("--phase-sequence") << QStringList { u"--phase-sequence"_s, u"ACB"_s }
                                      << defaultsWithScenario(u"3p4w-correct"_s, [](Scenario& s) {
                                             s.site.supply.sequence = PhaseSequence::Acb;
                                         });
    QTest::newRow("--seed") << QStringList { u"--seed"_s, u"18446744073709551615"_s }
                            << defaultsWithScenario(
                                   u"3p4w-correct"_s, [](Scenario& s) { s.seed = 18446744073709551615u; });
    QTest::newRow("--pop as printed") << QStringList { u"--pop"_s, u"AB12-cd34"_s }
                                      << defaultsWith([](SimOptions& o) { o.labelCode = u"AB12-cd34"_s; });
    QTest::newRow("--factory") << QStringList { u"--factory"_s }
                               << defaultsWith([](SimOptions& o) { o.factoryMode = true; });
    for (const QString& step : killPointNames()) {
        QTest::addRow("--kill-at %s", qPrintable(step))
            << QStringList { u"--kill-at"_s, step }
            << defaultsWith([&step](SimOptions& o) { o.killAt = killPointFromName(step); });
    }
}

void tst_SimOptions::validArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(SimOptions, expected);

    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse(QStringList { u"iotpro-sim"_s } + arguments), SimCommandLine::Outcome::Run);
    QVERIFY2(commandLine.errorText().isEmpty(), qPrintable(commandLine.errorText()));
    const SimOptions& actual = commandLine.options();
    QCOMPARE(actual.pty, expected.pty);
    QCOMPARE(actual.tcpPort, expected.tcpPort);
    QCOMPARE(actual.serialNumber, expected.serialNumber);
    QCOMPARE(actual.stateDir, expected.stateDir);
    QVERIFY(actual.fittedOptions == expected.fittedOptions);
    QCOMPARE(actual.protocolVersions.min, expected.protocolVersions.min);
    QCOMPARE(actual.protocolVersions.max, expected.protocolVersions.max);
    QCOMPARE(actual.timeZone, expected.timeZone);
    QCOMPARE(actual.exitOnStdinEof, expected.exitOnStdinEof);
    QCOMPARE(actual.scenario.name, expected.scenario.name);
    QVERIFY(actual.scenario.site == expected.scenario.site);
    QVERIFY(actual.scenario.setup == expected.scenario.setup);
    QCOMPARE(actual.scenario.seed, expected.scenario.seed);
    QVERIFY(actual == expected); // catches a field added without a check above
}

void tst_SimOptions::invalidArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("unknown option") << QStringList { u"--bogus"_s } << u"bogus"_s;
    QTest::newRow("positional") << QStringList { u"extra"_s } << u"extra"_s;
    QTest::newRow("--tcp without value") << QStringList { u"--tcp"_s } << u"tcp"_s;
    QTest::newRow("--tcp not a number") << QStringList { u"--tcp"_s, u"http"_s } << u"http"_s;
    QTest::newRow("--tcp negative") << QStringList { u"--tcp"_s, u"-1"_s } << u"-1"_s;
    QTest::newRow("--tcp too large") << QStringList { u"--tcp"_s, u"65536"_s } << u"65536"_s;
    QTest::newRow("--tcp empty") << QStringList { u"--tcp="_s } << u"--tcp"_s;
    QTest::newRow("--serial empty") << QStringList { u"--serial="_s } << u"--serial"_s;
    QTest::newRow("--serial with slash") << QStringList { u"--serial"_s, u"../evil"_s } << u"../evil"_s;
    QTest::newRow("--serial with space") << QStringList { u"--serial"_s, u"SIM 1"_s } << u"SIM 1"_s;
    QTest::newRow("--serial non-ASCII") << QStringList { u"--serial"_s, u"SIM-\u00c4"_s } << u"SIM-\u00c4"_s;
    QTest::newRow("--serial 17 characters")
        << QStringList { u"--serial"_s, u"ABCDEFGHIJ1234567"_s } << u"ABCDEFGHIJ1234567"_s;
    QTest::newRow("--state-dir empty") << QStringList { u"--state-dir="_s } << u"--state-dir"_s;
    QTest::newRow("--options unknown")
        << QStringList { u"--options"_s, u"wifi,bluetooth"_s } << u"wifi,bluetooth"_s;
    QTest::newRow("--options empty") << QStringList { u"--options="_s } << u"--options"_s;
    QTest::newRow("--options trailing comma") << QStringList { u"--options"_s, u"wifi,"_s } << u"wifi,"_s;
    QTest::newRow("--options none and more")
        << QStringList { u"--options"_s, u"none,gps"_s } << u"none,gps"_s;
    QTest::newRow("--options wrong case") << QStringList { u"--options"_s, u"WiFi"_s } << u"WiFi"_s;
    QTest::newRow("--protocol-versions inverted")
        << QStringList { u"--protocol-versions"_s, u"3:2"_s } << u"3:2"_s;
    QTest::newRow("--protocol-versions zero")
        << QStringList { u"--protocol-versions"_s, u"0:1"_s } << u"0:1"_s;
    QTest::newRow("--protocol-versions one number")
        << QStringList { u"--protocol-versions"_s, u"1"_s } << u"1"_s;
    QTest::newRow("--protocol-versions three")
        << QStringList { u"--protocol-versions"_s, u"1:2:3"_s } << u"1:2:3"_s;
    QTest::newRow("--protocol-versions text")
        << QStringList { u"--protocol-versions"_s, u"a:b"_s } << u"a:b"_s;
    QTest::newRow("--protocol-versions negative")
        << QStringList { u"--protocol-versions"_s, u"-1:2"_s } << u"-1:2"_s;
    QTest::newRow("--time-zone unknown")
        << QStringList { u"--time-zone"_s, u"Mars/Olympus"_s } << u"Mars/Olympus"_s;
    QTest::newRow("--time-zone empty") << QStringList { u"--time-zone="_s } << u"--time-zone"_s;
    QTest::newRow("--scenario unknown")
        << QStringList { u"--scenario"_s, u"3p4w-nonsense"_s } << u"3p4w-nonsense"_s;
    QTest::newRow("--scenario empty") << QStringList { u"--scenario="_s } << u"--scenario"_s;
    QTest::newRow("--scenario file missing")
        << QStringList { u"--scenario"_s, u"/nonexistent/site.json"_s } << u"/nonexistent/site.json"_s;
    QTest::newRow("--wiring unknown") << QStringList { u"--wiring"_s, u"2P"_s } << u"2P"_s;
    QTest::newRow("--wiring against the scenario")
        << QStringList { u"--wiring"_s, u"3P3W"_s, u"--scenario"_s, u"1p-correct"_s } << u"1p-correct"_s;
    QTest::newRow("--fault unknown") << QStringList { u"--fault"_s, u"ct_melted:1"_s } << u"ct_melted:1"_s;
    QTest::newRow("--fault beyond the CTs")
        << QStringList { u"--wiring"_s, u"3P3W"_s, u"--fault"_s, u"ct_reversed:3"_s } << u"ct_reversed:3"_s;
    QTest::newRow("--frequency 55") << QStringList { u"--frequency"_s, u"55"_s } << u"55"_s;
    QTest::newRow("--frequency text") << QStringList { u"--frequency"_s, u"fifty"_s } << u"fifty"_s;
    QTest::newRow("--load-a negative") << QStringList { u"--load-a"_s, u"-1"_s } << u"-1"_s;
    QTest::newRow("--load-a locale comma") << QStringList { u"--load-a"_s, u"1,5"_s } << u"1,5"_s;
    QTest::newRow("--pf 0") << QStringList { u"--pf"_s, u"0"_s } << u"--pf"_s;
    QTest::newRow("--pf above 1") << QStringList { u"--pf"_s, u"1.01"_s } << u"1.01"_s;
    QTest::newRow("--phase-sequence BAC") << QStringList { u"--phase-sequence"_s, u"BAC"_s } << u"BAC"_s;
    QTest::newRow("--seed negative") << QStringList { u"--seed"_s, u"-3"_s } << u"-3"_s;
    QTest::newRow("--pop of dashes only") << QStringList { u"--pop"_s, u"- -"_s } << u"--pop"_s;
    QTest::newRow("--kill-at unknown step") << QStringList { u"--kill-at"_s, u"mid-write"_s } << u"mid-write"_s;
    QTest::newRow("--trust missing file") << QStringList { u"--trust"_s, u"/nonexistent/k.pub"_s }
                                          << u"/nonexistent/k.pub"_s;
}

void tst_SimOptions::invalidArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, errorMentions);

    SimCommandLine commandLine;
    QCOMPARE(
        commandLine.parse(QStringList { u"iotpro-sim"_s } + arguments), SimCommandLine::Outcome::Invalid);
    const QString error = commandLine.errorText();
    QVERIFY2(error.contains(errorMentions), qPrintable(error));
    QVERIFY2(!error.contains(u'\n'), qPrintable(error)); // the contract: one line on stderr
}

void tst_SimOptions::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<SimCommandLine::Outcome>("outcome");

    QTest::newRow("--help") << QStringList { u"--help"_s } << SimCommandLine::Outcome::ShowHelp;
    QTest::newRow("-h") << QStringList { u"-h"_s } << SimCommandLine::Outcome::ShowHelp;
    QTest::newRow("--version") << QStringList { u"--version"_s } << SimCommandLine::Outcome::ShowVersion;
    QTest::newRow("-v") << QStringList { u"-v"_s } << SimCommandLine::Outcome::ShowVersion;
    QTest::newRow("--help beats bad values")
        << QStringList { u"--tcp"_s, u"x"_s, u"--help"_s } << SimCommandLine::Outcome::ShowHelp;
    QTest::newRow("--version beats bad values")
        << QStringList { u"--serial="_s, u"--version"_s } << SimCommandLine::Outcome::ShowVersion;
    QTest::newRow("--list-scenarios")
        << QStringList { u"--list-scenarios"_s } << SimCommandLine::Outcome::ListScenarios;
}

void tst_SimOptions::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(SimCommandLine::Outcome, outcome);

    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse(QStringList { u"iotpro-sim"_s } + arguments), outcome);
}

void tst_SimOptions::helpTextListsEveryOption()
{
    const SimCommandLine commandLine;
    const QString help = commandLine.helpText();
    for (const auto option : { u"--pty", u"--tcp", u"--serial", u"--state-dir", u"--options",
             u"--protocol-versions", u"--time-zone", u"--exit-on-stdin-eof", u"--scenario",
             u"--list-scenarios", u"--fault", u"--wiring", u"--phase-sequence", u"--frequency", u"--load-a",
             u"--pf", u"--seed", u"--pop", u"--trust", u"--factory", u"--kill-at", u"--help", u"--version" })
        QVERIFY2(help.contains(QStringView(option)), qPrintable(QString::fromUtf16(option)));
}

void tst_SimOptions::listsScenarios()
{
    const SimCommandLine commandLine;
    const QStringList lines = commandLine.scenarioListText().split(u'\n', Qt::SkipEmptyParts);
    const QStringList names = ScenarioLibrary::builtIn().names();
    QCOMPARE(lines.size(), names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        QVERIFY2(lines.at(i).startsWith(names.at(i) + u"  "_s), qPrintable(lines.at(i)));
        QVERIFY2(lines.at(i).size() > names.at(i).size() + 10, qPrintable(lines.at(i))); // a description
    }
}

void tst_SimOptions::readsScenarioFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"my-site.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"extends": "3p3w-correct", "faults": ["ct_reversed:2"], "seed": 9})");
    file.close();

    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse({ u"iotpro-sim"_s, u"--scenario"_s, path, u"--seed"_s, u"10"_s }),
        SimCommandLine::Outcome::Run);
    const Scenario& scenario = commandLine.options().scenario;
    QCOMPARE(scenario.name, u"my-site"_s);
    QCOMPARE(scenario.seed, 10u); // the command line has the last word
    QVERIFY(scenario.site.wiring.cts[1].reversed);
    QCOMPARE(scenario.setup.wiring, Wiring::ThreePhaseThreeWire);
}

void tst_SimOptions::readsTrustedKeyFiles()
{
    QTemporaryDir dir;
    const security::PublicKey first = security::SigningKey::generate().publicKey();
    const security::PublicKey second = security::SigningKey::generate().publicKey();
    QVERIFY(writeFile(dir.filePath(u"laptop.key.pub"_s), security::publickey::encode(first)));
    QVERIFY(writeFile(dir.filePath(u"spare.pub"_s), security::publickey::encode(second)));

    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse({ u"iotpro-sim"_s, u"--trust"_s, dir.filePath(u"laptop.key.pub"_s), u"--trust"_s,
                 dir.filePath(u"spare.pub"_s) }),
        SimCommandLine::Outcome::Run);
    const QList<EnrolledKey> expected { { first.toBytes(), u"laptop.key"_s }, { second.toBytes(), u"spare"_s } };
    QCOMPARE(commandLine.options().trustedKeys, expected);
}

void tst_SimOptions::refusesUnusableKeyFiles_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("errorMentions");

    const security::PublicKey key = security::SigningKey::generate().publicKey();
    const QByteArray line = security::publickey::encode(key);
    QTest::newRow("a private key") << QByteArray("IOTPROSK\x01\x00") << u"not an IoT Pro public key"_s;
    QTest::newRow("fingerprint of another key")
        << QByteArray(line).replace(key.fingerprint().toLatin1(), "0000 0000 0000 0000") << u"fingerprint"_s;
    QTest::newRow("key not valid") << QByteArray("iotpro-ed25519 AQ==\n") << u"not a valid Ed25519 public key"_s;
}

void tst_SimOptions::refusesUnusableKeyFiles()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, errorMentions);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.pub"_s);
    QVERIFY(writeFile(path, contents));
    SimCommandLine commandLine;
    QCOMPARE(commandLine.parse({ u"iotpro-sim"_s, u"--trust"_s, path }), SimCommandLine::Outcome::Invalid);
    QVERIFY2(commandLine.errorText().contains(errorMentions), qPrintable(commandLine.errorText()));
    QVERIFY2(commandLine.errorText().contains(path), qPrintable(commandLine.errorText()));
    QVERIFY(!commandLine.errorText().contains(u'\n'));
}

QTEST_GUILESS_MAIN(tst_SimOptions)
#include "tst_simoptions.moc"
