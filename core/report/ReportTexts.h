#pragma once

#include "storage/SessionRecord.h"

#include <QCoreApplication>
#include <QString>

/// The words the commissioning report's PDF uses for the session's values, in the reader's
/// language (the JSON form uses the machine names of ReportJson instead).
namespace iotpro::report::texts {

QString origin(storage::SessionOrigin origin);
QString result(storage::SessionResult result);
QString resolution(storage::Resolution resolution);
QString checklistItem(storage::ChecklistItem item);
QString installationPoint(config::InstallationPoint point);
QString wiring(electrical::Wiring wiring);
QString ctSecondary(electrical::CtSecondary secondary);
QString ctDirection(config::CtDirection direction);
QString severity(electrical::Severity severity);
QString verdict(electrical::Verdict verdict);
QString inputMode(config::DigitalInputMode mode);
QString contactType(config::ContactType contact);
/// "Wi-Fi, LoRaWAN, GPS", or "none".
QString options(const DeviceInfo::Options& options);
/// "yes" / "no".
QString yesNo(bool value);
/// Hex in groups of eight ("e62cd8a1 2eaeb43f …"), so that people can compare it and lines can
/// wrap: hashes on the PDF and in the app's history.
QString groupedHex(const QByteArray& bytes);

/// The translation context of these texts.
struct Context
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::report::ReportTexts)
};

} // namespace iotpro::report::texts
