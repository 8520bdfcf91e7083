// The JSON form against its published schema (docs/report.schema.json, JSON Schema 2020-12),
// checked by python3-jsonschema: every report the tool writes is valid, and the schema refuses
// what no report may hold (a secret in the settings, a missing section, an unknown result).
#include "../storage/SessionSamples.h"
#include "report/CommissioningReport.h"
#include "report/ReportJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace iotpro;
using namespace iotpro::report;

namespace {

using Edit = std::function<void(QJsonObject&)>;

const QString kSchema = QStringLiteral(IOTPRO_SOURCE_DIR "/docs/report.schema.json");
const QString kValidator = QStringLiteral(IOTPRO_SOURCE_DIR "/tests/report/validate_report_schema.py");

QJsonObject contentOf(const storage::SessionRecord& session)
{
    return contentJson(
        buildReport(session, QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC), u"iotpro-cli 0.1.0"_qs));
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

Validation validate(const QString& path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(u"python3"_qs), { kValidator, kSchema, path });
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAll()) };
}

/// Sets `value` at a path of object keys.
void setAt(QJsonObject& root, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return;
    }
    QJsonObject child = root.value(path.first()).toObject();
    setAt(child, path.mid(1), value);
    root.insert(path.first(), child);
}

} // namespace

class tst_ReportSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(u"python3"_qs).isEmpty(), "python3 is missing");
        QProcess probe;
        probe.start(QStandardPaths::findExecutable(u"python3"_qs), { u"-c"_qs, u"import jsonschema"_qs });
        QVERIFY(probe.waitForFinished(30000));
        QVERIFY2(probe.exitCode() == 0, "python3-jsonschema is missing: run scripts/install-deps.sh");
    }

    void reportsAreValid_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("wizard session, every section") << reportFile(contentOf(samples::fullSession()));
        QTest::newRow("failed config apply, nothing performed")
            << reportFile(contentOf(samples::failedApply()));
        QTest::newRow("20 findings") << reportFile(contentOf(samples::fullSessionWithFindings(20)));
    }

    void reportsAreValid()
    {
        QFETCH(QByteArray, file);
        const Validation validation = validate(write(u"valid.json"_qs, file));
        QVERIFY2(validation.exitCode == 0, qPrintable(validation.output));
    }

    void schemaRefuses_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("where");
        QTest::newRow("a Wi-Fi passphrase") << Edit([](QJsonObject& r) {
            setAt(r, { u"configuration"_qs, u"settings"_qs, u"network"_qs, u"wifi"_qs, u"passphrase"_qs },
                u"commission-me"_qs);
        }) << u"configuration/settings/network/wifi/passphrase"_qs;
        QTest::newRow("a LoRaWAN app key") << Edit([](QJsonObject& r) {
            setAt(r, { u"configuration"_qs, u"settings"_qs, u"network"_qs, u"lorawan"_qs, u"app_key"_qs },
                u"2B7E151628AED2A6ABF7158809CF4F3C"_qs);
        }) << u"configuration/settings/network/lorawan/app_key"_qs;
        QTest::newRow("a missing section")
            << Edit([](QJsonObject& r) { r.remove(u"live_check"_qs); }) << u"(root)"_qs;
        QTest::newRow("an unknown result") << Edit([](QJsonObject& r) {
            setAt(r, { u"session"_qs, u"result"_qs }, u"ok"_qs);
        }) << u"session/result"_qs;
        QTest::newRow("a key of no version")
            << Edit([](QJsonObject& r) { r.insert(u"remarks"_qs, u"x"_qs); }) << u"(root)"_qs;
        QTest::newRow("a hash of the wrong length") << Edit([](QJsonObject& r) {
            setAt(r, { u"configuration"_qs, u"sha256"_qs }, u"abc"_qs);
        }) << u"configuration/sha256"_qs;
        QTest::newRow("a performed check without its data") << Edit([](QJsonObject& r) {
            r.insert(u"io_check"_qs, QJsonObject { { u"performed"_qs, true } });
        }) << u"io_check"_qs;
        QTest::newRow("a checklist asked without its answers") << Edit([](QJsonObject& r) {
            r.insert(u"checklist"_qs, QJsonObject { { u"performed"_qs, true } });
        }) << u"checklist"_qs;
        QTest::newRow("a checklist answer that is not yes or no") << Edit([](QJsonObject& r) {
            QJsonObject checklist = r.value(u"checklist"_qs).toObject();
            QJsonArray items = checklist.value(u"items"_qs).toArray();
            QJsonObject first = items.first().toObject();
            first.insert(u"confirmed"_qs, u"not asked"_qs);
            items.replace(0, first);
            checklist.insert(u"items"_qs, items);
            r.insert(u"checklist"_qs, checklist);
        }) << u"checklist"_qs;
    }

    void schemaRefuses()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, where);
        QJsonObject content = contentOf(samples::fullSession());
        edit(content);
        const Validation validation = validate(write(u"invalid.json"_qs, reportFile(content)));
        QVERIFY2(validation.exitCode == 1, qPrintable(validation.output));
        QVERIFY2(validation.output.contains(u": "_qs + where + u": "_qs), qPrintable(validation.output));
    }
};

QTEST_GUILESS_MAIN(tst_ReportSchema)
#include "tst_reportschema.moc"
