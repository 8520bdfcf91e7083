// The report's JSON form: every section present ("not performed" where the session has no data),
// no secret, and `report verify` accepts the file as written and rejects any one-byte edit, a
// re-hashed content edit and a forged signature, naming the check that failed.
#include "../storage/SessionSamples.h"
#include "report/CommissioningReport.h"
#include "report/ReportJson.h"
#include "report/ReportVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace iotpro;
using namespace iotpro::report;

namespace {

const QDateTime kGenerated(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);

QByteArray fileOf(const storage::SessionRecord& session)
{
    return reportFile(buildReport(session, kGenerated, u"iotpro-cli 0.1.0"_qs));
}

QStringList failedChecks(const QByteArray& file)
{
    QStringList failed;
    for (const VerifyCheck& check : ReportVerifier::verify(file).checks) {
        if (!check.passed)
            failed.append(check.name);
    }
    return failed;
}

} // namespace

class tst_ReportJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySection()
    {
        const QJsonObject report = QJsonDocument::fromJson(fileOf(samples::fullSession())).object();
        for (const QString& key : { u"format"_qs, u"format_version"_qs, u"report_id"_qs, u"generated"_qs,
                 u"generator"_qs, u"session"_qs, u"company"_qs, u"technician"_qs, u"installation"_qs,
                 u"gps_position"_qs, u"module"_qs, u"wiring"_qs, u"ct_inputs"_qs, u"live_check"_qs, u"io_check"_qs,
                 u"network_check"_qs, u"configuration"_qs, u"checklist"_qs, u"signed_envelope"_qs, u"integrity"_qs })
            QVERIFY2(report.contains(key), qPrintable(key));
        QCOMPARE(report.value(u"report_id"_qs).toString(), u"CR-6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"_qs);
        QCOMPARE(report.value(u"session"_qs).toObject().value(u"result"_qs).toString(), u"warnings"_qs);
        const QJsonArray cts = report.value(u"ct_inputs"_qs).toArray();
        QCOMPARE(cts.size(), 2); // 3P3W: two CT inputs
        QCOMPARE(cts[0].toObject().value(u"software_correction"_qs).toBool(), true); // phase 3, inverted
        const QJsonObject live = report.value(u"live_check"_qs).toObject();
        QCOMPARE(live.value(u"performed"_qs).toBool(), true);
        QCOMPARE(live.value(u"phases"_qs).toArray().size(), 3);
        QCOMPARE(live.value(u"findings"_qs).toArray()[0].toObject().value(u"resolution"_qs).toString(),
            u"corrected_in_software"_qs);
        QVERIFY(qAbs(live.value(u"load_level_pct"_qs).toDouble() - 40.5) < 1e-9); // 101.25 A of 250 A
        QCOMPARE(report.value(u"gps_position"_qs).toObject().value(u"latitude_deg"_qs).toDouble(), 52.520008);
        const QJsonObject configuration = report.value(u"configuration"_qs).toObject();
        QCOMPARE(configuration.value(u"counter"_qs).toInt(), 5);
        QCOMPARE(configuration.value(u"signer_fingerprint"_qs).toString().size(), 19);
        const QJsonObject wifi
            = configuration.value(u"settings"_qs).toObject().value(u"network"_qs).toObject().value(u"wifi"_qs).toObject();
        QCOMPARE(wifi.value(u"passphrase"_qs).toString(), QString());
        QCOMPARE(wifi.value(u"passphrase_set"_qs).toBool(), true); // "Wi-Fi passphrase: set"
        const QJsonObject checklist = report.value(u"checklist"_qs).toObject();
        QCOMPARE(checklist.value(u"performed"_qs), QJsonValue(true));
        const QJsonArray items = checklist.value(u"items"_qs).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].toObject().value(u"confirmed"_qs), QJsonValue(true));
        QCOMPARE(items[1].toObject().value(u"item"_qs).toString(), u"voltage_taps_fused"_qs);
        QCOMPARE(items[1].toObject().value(u"confirmed"_qs), QJsonValue(false)); // asked, NOT confirmed
    }

    void sectionsWithoutDataReadNotPerformed()
    {
        const QByteArray file = fileOf(samples::failedApply());
        const QJsonObject report = QJsonDocument::fromJson(file).object();
        for (const QString& section :
            { u"live_check"_qs, u"io_check"_qs, u"network_check"_qs, u"gps_position"_qs, u"checklist"_qs })
            QCOMPARE(report.value(section).toObject().value(u"performed"_qs), QJsonValue(false));
        QCOMPARE(report.value(u"configuration"_qs).toObject().value(u"written"_qs).toBool(), false);
        QCOMPARE(report.value(u"configuration"_qs).toObject().value(u"failure"_qs).toObject().value(u"step"_qs).toString(),
            u"upload"_qs);
        QVERIFY(report.value(u"signed_envelope"_qs).isNull());
        const Verification verification = ReportVerifier::verify(file);
        QVERIFY(verification.passed());
        QVERIFY(!verification.signedConfiguration);
    }

    void noSecret()
    {
        const QByteArray file = fileOf(samples::fullSession());
        for (const QByteArray& secret : samples::secrets())
            QVERIFY2(!file.contains(secret), secret.constData());
    }

    void verifiesAsWritten()
    {
        const Verification verification = ReportVerifier::verify(fileOf(samples::fullSession()));
        QVERIFY(verification.signedConfiguration);
        QCOMPARE(verification.checks.size(), 5);
        QVERIFY(verification.passed());
    }

    void rejectsEveryOneByteEdit()
    {
        const QByteArray file = fileOf(samples::fullSession());
        // Every 7th byte (all of them would take long), each changed in one bit of its value.
        for (qsizetype at = 0; at < file.size(); at += 7) {
            QByteArray edited = file;
            edited[at] = char(edited[at] ^ 0x01);
            QVERIFY2(!ReportVerifier::verify(edited).passed(), qPrintable(u"byte %1 edited"_qs.arg(at)));
        }
    }

    void rejectsAReHashedEdit()
    {
        // Someone changes a CT rating and recomputes the content hash: the signed configuration
        // still says otherwise.
        QJsonObject content = QJsonDocument::fromJson(fileOf(samples::fullSession())).object();
        content.remove(u"integrity"_qs);
        QJsonArray cts = content.value(u"ct_inputs"_qs).toArray();
        QJsonObject first = cts[0].toObject();
        first.insert(u"rating_a"_qs, 400);
        cts[0] = first;
        content.insert(u"ct_inputs"_qs, cts);
        QCOMPARE(failedChecks(reportFile(content)), QStringList { u"envelope"_qs });
    }

    void rejectsAForgedSignature()
    {
        QJsonObject content = QJsonDocument::fromJson(fileOf(samples::fullSession())).object();
        content.remove(u"integrity"_qs);
        QJsonObject envelope = content.value(u"signed_envelope"_qs).toObject();
        QByteArray signature = QByteArray::fromBase64(envelope.value(u"signature"_qs).toString().toLatin1());
        signature[10] = char(signature[10] ^ 0x40);
        envelope.insert(u"signature"_qs, QString::fromLatin1(signature.toBase64()));
        content.insert(u"signed_envelope"_qs, envelope);
        QCOMPARE(failedChecks(reportFile(content)), QStringList { u"signature"_qs });
    }

    void rejectsWhatIsNoReport()
    {
        QCOMPARE(failedChecks("{\"format\": \"something else\"}"), QStringList { u"json"_qs });
        QCOMPARE(failedChecks("not json"), QStringList { u"json"_qs });
        QCOMPARE(failedChecks(QByteArray()), QStringList { u"json"_qs });
    }
};

QTEST_GUILESS_MAIN(tst_ReportJson)
#include "tst_reportjson.moc"
