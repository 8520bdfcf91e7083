#include "CalibrationCsv.h"

#include "PointResultJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QStringList>

namespace iotpro::calibration {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::CalibrationCsv)
};

const QStringList kColumns { QStringLiteral("certificate_id"), QStringLiteral("module_serial"),
    QStringLiteral("issued_utc"), QStringLiteral("run"), QStringLiteral("point"), QStringLiteral("type"),
    QStringLiteral("current_pct"), QStringLiteral("power_factor"), QStringLiteral("voltage_pct"),
    QStringLiteral("element"), QStringLiteral("samples"), QStringLiteral("module_voltage_v"),
    QStringLiteral("module_current_a"), QStringLiteral("module_pf"), QStringLiteral("module_p_w"),
    QStringLiteral("reference_voltage_v"), QStringLiteral("reference_current_a"), QStringLiteral("reference_pf"),
    QStringLiteral("reference_p_w"), QStringLiteral("error_pct"), QStringLiteral("uncertainty_pct"),
    QStringLiteral("limit_pct"), QStringLiteral("reactive_error_pct"), QStringLiteral("module_energy_wh"),
    QStringLiteral("reference_energy_wh"), QStringLiteral("duration_s"), QStringLiteral("verdict") };

QString number(double value, int decimals)
{
    // QString::number never uses the locale: '.' as the decimal point everywhere.
    return QString::number(value, 'f', decimals);
}

/// "1", "0.5i", "0.8c": short and unambiguous for spreadsheets.
QString powerFactorCode(const TestPoint& point)
{
    if (point.powerFactor >= 1.0)
        return QStringLiteral("1");
    return QString::number(point.powerFactor) + (point.inductive ? u'i' : u'c');
}

/// A field quoted when it holds a separator, a quote or a line break (RFC 4180).
QString field(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString row(const Certificate& certificate, const QString& run, const PointResult& result)
{
    const TestPoint& p = result.point;
    const bool accuracy = p.kind == PointKind::Accuracy;
    const auto ifAccuracy = [accuracy](double value, int decimals) {
        return accuracy ? number(value, decimals) : QString();
    };
    QStringList fields { field(certificate.id), field(certificate.module.serialNumber),
        certificate.issued.toUTC().toString(Qt::ISODate), run, field(p.id), pointKindCode(p.kind),
        number(p.currentPct, 3), powerFactorCode(p), number(p.voltagePct, 1), QString::number(p.element),
        QString::number(result.samples), ifAccuracy(result.module.voltage, 3), ifAccuracy(result.module.current, 4),
        ifAccuracy(result.module.powerFactor, 4), ifAccuracy(result.module.activePower, 2),
        ifAccuracy(result.reference.voltage, 3), ifAccuracy(result.reference.current, 4),
        ifAccuracy(result.reference.powerFactor, 4), ifAccuracy(result.reference.activePower, 2),
        ifAccuracy(result.errorPct, 4), ifAccuracy(result.uncertaintyPct, 4), ifAccuracy(result.limitPct, 2),
        result.reactiveErrorPct ? number(*result.reactiveErrorPct, 4) : QString(),
        accuracy ? QString() : number(result.moduleEnergyWh, 0),
        accuracy || p.kind == PointKind::NoLoad ? QString() : number(result.referenceEnergyWh, 2),
        accuracy ? QString() : number(result.durationS, 2), verdictCode(result.verdict) };
    return fields.join(u',') + u'\n';
}

} // namespace

QString calibrationCsvHeader()
{
    return kColumns.join(u',') + u'\n';
}

QString calibrationCsvRows(const Certificate& certificate)
{
    QString rows;
    for (const PointResult& result : certificate.asFound)
        rows += row(certificate, QStringLiteral("as_found"), result);
    for (const PointResult& result : certificate.asLeft)
        rows += row(certificate, QStringLiteral("as_left"), result);
    return rows;
}

Result<void> appendCalibrationCsv(const QString& path, const Certificate& certificate)
{
    QByteArray content;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Errors::make(ErrorKind::InvalidFile,
                Texts::tr("cannot read the CSV log %1: %2").arg(path, existing.errorString()));
        content = existing.readAll();
        if (!content.isEmpty() && !content.startsWith(calibrationCsvHeader().toUtf8()))
            return Errors::make(ErrorKind::InvalidFile,
                Texts::tr("%1 is not a calibration CSV log of this version (its header differs): choose another "
                          "file.")
                    .arg(path));
    }
    if (content.isEmpty())
        content = calibrationCsvHeader().toUtf8();
    content += calibrationCsvRows(certificate).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Errors::make(
            ErrorKind::WriteFailed, Texts::tr("cannot write the CSV log %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace iotpro::calibration
