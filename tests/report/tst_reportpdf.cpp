// The commissioning report's PDF as a reader gets it: poppler's pdftotext finds the text of every
// section, pdftoppm renders every page, every page carries the report id and "Page N of M",
// sections without data read "not performed", no secret is in it, and the paper follows the locale.
#include "../storage/SessionSamples.h"
#include "report/CommissioningReport.h"
#include "report/ReportJson.h"
#include "report/ReportPdf.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::report;

namespace {

const QDateTime kGenerated(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);

CommissioningReport reportOf(const storage::SessionRecord& session)
{
    return buildReport(session, kGenerated, u"iotpro-cli 0.1.0"_qs);
}

/// Runs a poppler tool; its stdout, or a failed test.
QByteArray poppler(const QString& tool, const QStringList& args)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(tool), args);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

/// `report` as a PDF file in `dir`.
QString writePdf(
    const QTemporaryDir& dir, const CommissioningReport& report, const QString& name = u"report.pdf"_qs)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ReportPdf::render(report)) < 0)
        return {};
    return path;
}

/// The text in the order it is drawn (a key and its value share a line, a wrapped cell stays
/// together), pages split by \f.
QString pdfText(const QString& path, int page = 0)
{
    QStringList args { u"-raw"_qs, u"-enc"_qs, u"UTF-8"_qs };
    if (page > 0)
        args << u"-f"_qs << QString::number(page) << u"-l"_qs << QString::number(page);
    return QString::fromUtf8(poppler(u"pdftotext"_qs, args << path << u"-"_qs));
}

/// Runs of spaces and line breaks as one space: phrases that wrap still match.
QString simplified(const QString& text)
{
    return text.simplified();
}

QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(u"\\s"_qs));
}

int pageCount(const QString& path)
{
    const QString info = QString::fromUtf8(poppler(u"pdfinfo"_qs, { path }));
    return QRegularExpression(u"^Pages:\\s+(\\d+)"_qs, QRegularExpression::MultilineOption)
        .match(info)
        .captured(1)
        .toInt();
}

QString pageSize(const QString& path)
{
    const QString info = QString::fromUtf8(poppler(u"pdfinfo"_qs, { path }));
    return QRegularExpression(u"^Page size:\\s+(.*)$"_qs, QRegularExpression::MultilineOption)
        .match(info)
        .captured(1);
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

class tst_ReportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fullText;

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString& tool : { u"pdftotext"_qs, u"pdftoppm"_qs, u"pdfinfo"_qs }) {
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                qPrintable(tool + u" is missing: install poppler-utils (scripts/install-deps.sh)"_qs));
        }
        QVERIFY(m_dir.isValid());
        const QString path = writePdf(m_dir, reportOf(samples::fullSession()));
        QVERIFY(!path.isEmpty());
        m_fullText = pdfText(path);
        QVERIFY2(!m_fullText.isEmpty(), "pdftotext read nothing");
    }

    void everySection_data()
    {
        const storage::SessionRecord session = samples::fullSession();
        const CommissioningReport report = reportOf(session);
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("title and id")
            << QStringList { u"Commissioning report"_qs, report.reportId, u"Passed with warnings"_qs };
        QTest::newRow("company, technician")
            << QStringList { u"Company Elektro Süd GmbH"_qs, u"Technician Ana Ruiz"_qs };
        QTest::newRow("site, panel, circuit, point")
            << QStringList { u"Site Plant 2, Hall B"_qs, u"Panel SD-2.1"_qs,
                   u"Circuit Q14 Kälte – Chiller 1"_qs, u"Installation point cold-chain feed"_qs };
        // 11:30 UTC in Berlin's summer time.
        QTest::newRow("date, time, zone") << QStringList { u"May 2024"_qs, u"Time 13:30"_qs, u"to 14:05"_qs,
            u"Time zone Europe/Berlin (UTC+02:00)"_qs };
        QTest::newRow("GPS position") << QStringList {
            u"GPS position 52.520008° N, 13.404954° E, altitude 34.5 m (8 satellite(s) used)"_qs
        };
        QTest::newRow("module") << QStringList { u"Serial number EM-2404-00017"_qs, u"Hardware revision C"_qs,
            u"Firmware 1.4.2"_qs, u"Metering engine SDM630MCT, firmware 2.1"_qs,
            u"Options fitted Wi-Fi, LoRaWAN, cellular, GPS"_qs };
        QTest::newRow("wiring") << QStringList { u"three-phase three-wire, Aron (3P3W)"_qs,
            u"Nominal voltage 400 V line to line"_qs, u"Nominal frequency 60 Hz"_qs };
        QTest::newRow("CT table, correction flagged") << QStringList { u"Software correction"_qs,
            u"⚑ yes, flagged"_qs, u"remaps or inverts CT input(s) 1, 2 in software"_qs };
        QTest::newRow("live check") << QStringList {
            u"Verdict: FAIL — the technician went on without a passing verdict"_qs,
            u"Load level 40.5 % of the CT rating"_qs, u"Phasor diagram of the reading"_qs
        };
        QTest::newRow("per-phase readings")
            << QStringList { u"Voltage (V)"_qs, u"229.5"_qs, u"101.25"_qs, u"22.00"_qs, u"0.974"_qs };
        QTest::newRow("findings and resolutions")
            << QStringList { u"CT 2 faces the wrong way."_qs, u"corrected in software"_qs,
                   u"No voltage on L3."_qs, u"fixed on site"_qs, u"acknowledged by the technician"_qs };
        QTest::newRow("inputs mapping and I/O check") << QStringList { u"DI1 Door dry contact"_qs,
            u"normally closed, debounce 40 ms"_qs, u"contact closed"_qs, u"42 pulse(s), total 21 m³"_qs,
            u"28FF4A1D931603D1: 4.5 °C"_qs, u"NOT FOUND"_qs, u"Tank level"_qs, u"6.00 V = 50.0 %"_qs };
        QTest::newRow("network and GPS")
            << QStringList { u"LoRaWAN joined as 26011BDA (-97 dBm, SNR 7.3 dB"_qs,
                   u"FAILED: the access point refused the passphrase"_qs, u"Telekom.de"_qs,
                   u"Duration 8.1 s"_qs };
        QTest::newRow("configuration") << QStringList { u"Configuration SHA-256 (secrets removed)"_qs,
            u"Counter 5 (previous configuration: 4)"_qs,
            u"Signer fingerprint "_qs + session.written->signerFingerprint };
        QTest::newRow("checklist") << QStringList {
            u"☑ No CT secondary was open-circuited under load confirmed"_qs,
            u"☐ The voltage taps are fused NOT confirmed"_qs,
            u"☑ The enclosure and the panel are closed confirmed"_qs
        };
        QTest::newRow("signature lines")
            << QStringList { u"Signatures Technician Name Ana Ruiz Signature Date "
                             u"Client Name Signature Date"_qs };
    }

    void everySection()
    {
        QFETCH(QStringList, phrases);
        const QString text = simplified(m_fullText);
        for (const QString& phrase : phrases)
            QVERIFY2(text.contains(phrase), qPrintable(u"missing: "_qs + phrase));
    }

    void hashesAndSignature()
    {
        // Printed in groups of eight for people; the same digits as the JSON form.
        const CommissioningReport report = reportOf(samples::fullSession());
        const QString digits = withoutSpaces(m_fullText);
        QVERIFY(digits.contains(hex(report.configSha256)));
        QVERIFY(digits.contains(hex(report.session.written->payloadSha256)));
        QVERIFY(digits.contains(hex(report.session.envelope.signature)));
        QVERIFY(digits.contains(hex(contentSha256(contentJson(report)))));
    }

    void sectionsWithoutDataReadNotPerformed_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("live check") << u"Live check"_qs;
        QTest::newRow("I/O check") << u"I/O check"_qs;
        QTest::newRow("network check") << u"Network check"_qs;
        QTest::newRow("GPS position") << u"GPS position"_qs;
        QTest::newRow("digital input 1") << u"DI1"_qs;
        QTest::newRow("safety checklist not asked") << u"Checklist"_qs;
    }

    void sectionsWithoutDataReadNotPerformed()
    {
        // A `config apply` from the command line that failed: nothing but the attempt to report.
        QFETCH(QString, line);
        const QString text = pdfText(writePdf(m_dir, reportOf(samples::failedApply()), u"failed.pdf"_qs));
        const QRegularExpression pattern(
            u"^\\s*"_qs + QRegularExpression::escape(line) + u"\\s.*not performed"_qs,
            QRegularExpression::MultilineOption);
        QVERIFY2(pattern.match(text).hasMatch(), qPrintable(text));
        QVERIFY(simplified(text).contains(u"Written NO — failed while"_qs));
        QVERIFY(simplified(text).contains(u"Failed: the configuration was not written"_qs));
    }

    void everyPageRendersWithIdAndNumber()
    {
        // 20 findings: the report runs over several pages.
        const CommissioningReport report = reportOf(samples::fullSessionWithFindings(20));
        const QString path = writePdf(m_dir, report, u"long.pdf"_qs);
        const int pages = pageCount(path);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));

        const QString prefix = m_dir.filePath(u"page"_qs);
        poppler(u"pdftoppm"_qs, { u"-r"_qs, u"40"_qs, u"-png"_qs, path, prefix });
        const QStringList images
            = QDir(m_dir.path()).entryList({ u"page-*.png"_qs }, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), pages);
        for (const QString& name : images) {
            const QImage image(m_dir.filePath(name));
            QVERIFY2(!image.isNull(), qPrintable(name));
            int ink = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
            }
            QVERIFY2(ink > 200, qPrintable(name + u" is blank"_qs));
        }

        for (int page = 1; page <= pages; ++page) {
            const QString text = simplified(pdfText(path, page));
            QVERIFY2(text.contains(u"Report %1 — Page %2 of %3"_qs.arg(report.reportId).arg(page).arg(pages)),
                qPrintable(text.right(200)));
        }
        const QString all = simplified(pdfText(path));
        for (const storage::RecordedFinding& recorded : report.session.liveCheck->findings)
            QVERIFY2(all.contains(recorded.finding.message), qPrintable(recorded.finding.message));
    }

    void noSecret()
    {
        const QByteArray text = m_fullText.toUtf8();
        for (const QByteArray& secret : samples::secrets())
            QVERIFY2(!text.contains(secret), secret.constData());
        const QByteArray file = ReportPdf::render(reportOf(samples::fullSession()));
        for (const QByteArray& secret : samples::secrets())
            QVERIFY2(!file.contains(secret), secret.constData());
    }

    void paperFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("size");
        QTest::newRow("United States: Letter")
            << QLocale(QLocale::English, QLocale::UnitedStates) << u"letter"_qs;
        QTest::newRow("United Kingdom: A4") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"A4"_qs;
        QTest::newRow("Germany: A4") << QLocale(QLocale::German, QLocale::Germany) << u"A4"_qs;
    }

    void paperFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, size);
        const QLocale before;
        QLocale::setDefault(locale);
        const QString path = writePdf(m_dir, reportOf(samples::fullSession()), u"paper.pdf"_qs);
        QLocale::setDefault(before);
        QVERIFY2(pageSize(path).contains(u'(' + size + u')'), qPrintable(pageSize(path)));
    }
};

QTEST_MAIN(tst_ReportPdf)
#include "tst_reportpdf.moc"
