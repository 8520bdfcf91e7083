#include "calibration/CalibrationCsv.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::calibration;

namespace {

Certificate sampleCertificate(const QString& serial)
{
    Certificate certificate;
    certificate.id = u"CAL-"_qs + serial + u"-20250701-120000-00AB"_qs;
    certificate.issued = QDateTime(QDate(2025, 7, 1), QTime(12, 0), Qt::UTC);
    certificate.module.serialNumber = serial;
    PointResult accuracy;
    accuracy.point.id = u"P5"_qs;
    accuracy.point.currentPct = 100.0;
    accuracy.point.powerFactor = 0.5;
    accuracy.point.inductive = true;
    accuracy.samples = 10;
    accuracy.module.activePower = 34520.5;
    accuracy.reference.activePower = 34500.0;
    accuracy.errorPct = 0.0594;
    accuracy.uncertaintyPct = 0.11;
    accuracy.limitPct = 0.6;
    accuracy.reactiveErrorPct = -0.012;
    accuracy.verdict = Verdict::Pass;
    PointResult noLoad;
    noLoad.point.id = u"NL"_qs;
    noLoad.point.kind = PointKind::NoLoad;
    noLoad.point.currentPct = 0.0;
    noLoad.point.voltagePct = 115.0;
    noLoad.moduleEnergyWh = 2.0;
    noLoad.durationS = 3.0;
    noLoad.verdict = Verdict::Fail;
    certificate.asFound = { accuracy, noLoad };
    return certificate;
}

QStringList lines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class tst_CalibrationCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany)); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void rowsInMachineFormat()
    {
        const QStringList rows = calibrationCsvRows(sampleCertificate(u"SIM-000001"_qs)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        const QStringList header = calibrationCsvHeader().trimmed().split(u',');
        const QStringList accuracy = rows.at(0).split(u',');
        QCOMPARE(accuracy.size(), header.size());
        const auto column = [&header](const QStringList& row, const QString& name) { return row.at(header.indexOf(name)); };
        QCOMPARE(column(accuracy, u"point"_qs), u"P5"_qs);
        QCOMPARE(column(accuracy, u"run"_qs), u"as_found"_qs);
        QCOMPARE(column(accuracy, u"power_factor"_qs), u"0.5i"_qs);
        // Machine format whatever the locale: a German locale would write 0,0594.
        QCOMPARE(column(accuracy, u"error_pct"_qs), u"0.0594"_qs);
        QCOMPARE(column(accuracy, u"reactive_error_pct"_qs), u"-0.0120"_qs);
        QCOMPARE(column(accuracy, u"module_p_w"_qs), u"34520.50"_qs);
        QCOMPARE(column(accuracy, u"issued_utc"_qs), u"2025-07-01T12:00:00Z"_qs);
        QCOMPARE(column(accuracy, u"verdict"_qs), u"pass"_qs);
        const QStringList noLoad = rows.at(1).split(u',');
        QCOMPARE(noLoad.size(), header.size());
        QCOMPARE(column(noLoad, u"type"_qs), u"no_load"_qs);
        QCOMPARE(column(noLoad, u"module_energy_wh"_qs), u"2"_qs);
        QCOMPARE(column(noLoad, u"error_pct"_qs), QString());
        QCOMPARE(column(noLoad, u"verdict"_qs), u"fail"_qs);
    }

    void quotesFieldsWithSeparators()
    {
        Certificate certificate = sampleCertificate(u"SIM-000001"_qs);
        certificate.asFound.first().point.id = u"P,\"5\""_qs;
        QVERIFY(calibrationCsvRows(certificate).contains(u",\"P,\"\"5\"\"\","_qs));
    }

    void batchAppendsUnderOneHeader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"batch.csv"_qs);
        QVERIFY(appendCalibrationCsv(path, sampleCertificate(u"SIM-000001"_qs)).ok());
        QVERIFY(appendCalibrationCsv(path, sampleCertificate(u"SIM-000002"_qs)).ok());
        const QStringList all = lines(path);
        QCOMPARE(all.size(), 5);
        QCOMPARE(all.first() + u'\n', calibrationCsvHeader());
        QVERIFY(all.at(3).contains(u"SIM-000002"_qs));
    }

    void refusesAForeignFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.csv"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,value\nx,1\n");
        file.close();
        const Result<void> appended = appendCalibrationCsv(path, sampleCertificate(u"SIM-000001"_qs));
        QVERIFY(!appended.ok());
        QCOMPARE(lines(path).size(), 2); // untouched
    }
};

QTEST_GUILESS_MAIN(tst_CalibrationCsv)
#include "tst_calibrationcsv.moc"
