// The real `iotpro-cli diagnose --input FILE|-`: the contract scripts depend on.
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = ProgramRun;

Run cli(const QStringList& arguments, const QByteArray& standardInput = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_qs);
    return runProgram(binaryPath(u"iotpro-cli"_qs), arguments, 15000, environment, standardInput);
}

/// A 3P4W panel at PF 0.94 lagging, 50 A per phase; `reversed` flips input 2's CT.
QByteArray readings(bool reversed)
{
    const double sign = reversed ? -1.0 : 1.0;
    const auto element = [](double p, double q, double angle) {
        return QJsonObject { { u"v"_qs, 230.0 }, { u"i"_qs, 50.0 }, { u"p"_qs, p }, { u"q"_qs, q },
            { u"v_angle"_qs, angle } };
    };
    const QJsonObject input {
        { u"wiring"_qs, u"3P4W"_qs },
        { u"nominal_voltage"_qs, 230 },
        { u"nominal_frequency"_qs, 50 },
        { u"frequency"_qs, 50.0 },
        { u"ct_primary_a"_qs, 100 },
        { u"export_possible"_qs, false },
        { u"site"_qs, u"ignored"_qs },
        { u"elements"_qs,
            QJsonArray { element(10806, 3933, 0), element(sign * 10806, sign * 3933, -120),
                element(10806, 3933, 120) } },
    };
    return QJsonDocument(input).toJson();
}

QJsonObject onlyLineAsJson(const Run& run)
{
    const QStringList lines = run.out.trimmed().split(u'\n');
    if (lines.size() != 1)
        return {};
    return QJsonDocument::fromJson(lines[0].toUtf8()).object();
}

} // namespace

class tst_DiagnoseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    void diagnosesAFile()
    {
        const QString path = m_files.filePath(u"reversed.json"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(readings(true));
        file.close();

        const Run run = cli({ u"diagnose"_qs, u"--input"_qs, path });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject json = onlyLineAsJson(run);
        QCOMPARE(json[u"verdict"_qs].toString(), u"fail"_qs);
        const QJsonArray findings = json[u"findings"_qs].toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0][u"code"_qs].toString(), u"ct_reversed"_qs);
        QCOMPARE(findings[0][u"element"_qs].toInt(), 2);
        QCOMPARE(json[u"correction"_qs][u"ct_phase"_qs].toArray(), (QJsonArray { 1, 2, 3 }));
        QCOMPARE(json[u"correction"_qs][u"ct_inverted"_qs].toArray(), (QJsonArray { false, true, false }));
        QVERIFY(json[u"confidence"_qs].toDouble() > 0.9);
    }

    void diagnosesStandardInput()
    {
        const Run run = cli({ u"diagnose"_qs, u"--input"_qs, u"-"_qs }, readings(false));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = onlyLineAsJson(run);
        QCOMPARE(json[u"verdict"_qs].toString(), u"pass"_qs);
        QVERIFY(json[u"findings"_qs].toArray().isEmpty());
        QVERIFY(json.contains(u"correction"_qs));
        QVERIFY(json[u"correction"_qs].isNull());
    }

    void unreadableInputFailsWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("standardInput");
        QTest::addColumn<QString>("mentions");
        const QByteArray valid = readings(false);
        QTest::newRow("missing file")
            << QStringList { u"diagnose"_qs, u"--input"_qs, u"/nonexistent/readings.json"_qs } << QByteArray()
            << u"/nonexistent/readings.json"_qs;
        QTest::newRow("bad JSON") << QStringList { u"diagnose"_qs, u"--input"_qs, u"-"_qs }
                                  << QByteArray("{\"wiring\":") << u"not valid JSON"_qs;
        QByteArray missingKey = valid;
        missingKey.replace("\"ct_primary_a\"", "\"ct_primary\"");
        QTest::newRow("missing key") << QStringList { u"diagnose"_qs, u"--input"_qs, u"-"_qs } << missingKey
                                     << u"ct_primary_a"_qs;
        QByteArray wrongWiring = valid;
        wrongWiring.replace("\"3P4W\"", "\"3P3W\"");
        QTest::newRow("wrong element count")
            << QStringList { u"diagnose"_qs, u"--input"_qs, u"-"_qs } << wrongWiring << u"2 element"_qs;
    }
    void unreadableInputFailsWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, standardInput);
        QFETCH(QString, mentions);
        const Run run = cli(arguments, standardInput);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"iotpro-cli: ") && run.err.contains(mentions), qPrintable(run.err));
    }

    void withoutInputOrDeviceItIsAUsageError()
    {
        const Run run = cli({ u"diagnose"_qs });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--input") && run.err.contains(u"--device"), qPrintable(run.err));
    }

    void liveWithoutAModuleFailsWithTheLinkError()
    {
        // Port 9 (discard) has no listener here: the live path reports the link, once.
        const Run run = cli({ u"--device"_qs, u"tcp:127.0.0.1:9"_qs, u"diagnose"_qs });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"tcp:127.0.0.1:9"), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

private:
    QTemporaryDir m_files;
};

QTEST_GUILESS_MAIN(tst_DiagnoseCli)
#include "tst_diagnosecli.moc"
