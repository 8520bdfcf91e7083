#include "ReferenceStandard.h"

#include "common/JsonFieldReader.h"

#include <QFile>

#include <cmath>

namespace iotpro::calibration {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::ReferenceStandard)
};

} // namespace

double ReferenceStandard::standardUncertaintyPct() const
{
    return accuracyPct / std::sqrt(3.0);
}

Result<void> ReferenceStandard::checkTraceable(const QDate& today) const
{
    if (!calibrationDue.isValid())
        return Errors::make(ErrorKind::NotTraceable,
            Texts::tr("the reference meter's calibration due date is not known: give it with --reference-due "
                      "YYYY-MM-DD or in a reference file (--reference-file FILE.json), from the reference's own "
                      "certificate."));
    if (calibrationDue < today)
        return Errors::make(ErrorKind::NotTraceable,
            Texts::tr("the reference meter %1 %2 was due for calibration on %3: have it calibrated before using "
                      "it for certificates.")
                .arg(model, serialNumber, calibrationDue.toString(Qt::ISODate)));
    return {};
}

Result<ReferenceStandard> ReferenceStandard::fromJson(const QByteArray& json, const QString& source)
{
    JsonFieldReader reader(source);
    const std::optional<QJsonObject> root = reader.parseObject(json);
    if (!root)
        return *reader.error();
    reader.rejectUnknownKeys(*root, {},
        { QStringLiteral("model"), QStringLiteral("serial_number"), QStringLiteral("certificate"),
            QStringLiteral("calibration_due"), QStringLiteral("accuracy_pct"), QStringLiteral("register_profile") });
    ReferenceStandard reference;
    reference.model = reader.text(*root, {}, QStringLiteral("model"));
    reference.serialNumber = reader.text(*root, {}, QStringLiteral("serial_number"));
    reference.certificateNumber = reader.text(*root, {}, QStringLiteral("certificate"));
    const QString due = reader.text(*root, {}, QStringLiteral("calibration_due"));
    reference.calibrationDue = QDate::fromString(due, Qt::ISODate);
    if (reader.ok() && !reference.calibrationDue.isValid())
        reader.fail(QStringLiteral("calibration_due"), Texts::tr("must be a date, YYYY-MM-DD"));
    reference.accuracyPct = reader.number(*root, {}, QStringLiteral("accuracy_pct"), 0.0001, 1.0, reference.accuracyPct);
    reference.registerProfile
        = reader.text(*root, {}, QStringLiteral("register_profile"), reference.registerProfile);
    if (!reader.ok())
        return *reader.error();
    return reference;
}

Result<ReferenceStandard> ReferenceStandard::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Errors::make(ErrorKind::InvalidFile,
            Texts::tr("cannot read the reference description %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

} // namespace iotpro::calibration
