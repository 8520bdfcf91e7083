#include "ConfigValidator.h"

#include "ValidationRules.h"
#include "ValidationText.h"

#include <QLocale>

namespace iotpro::config {

namespace rules {

QString number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

void checkTextLength(const QString& text, qsizetype maxBytes, const QString& path, Issues& issues)
{
    if (const qsizetype bytes = utf8Size(text); bytes > maxBytes) {
        issues.append({ path,
            ConfigValidator::tr("This text is %1 bytes long; at most %2 bytes fit (letters with accents "
                                "and symbols take 2 to 4 bytes).")
                .arg(bytes)
                .arg(maxBytes) });
    }
}

void checkTextBytes(
    const QString& text, const Range& bytes, const QString& path, const QString& tooShort, Issues& issues)
{
    if (static_cast<double>(utf8Size(text)) < bytes.min)
        issues.append({ path, tooShort });
    else
        checkTextLength(text, static_cast<qsizetype>(bytes.max), path, issues);
}

void checkInstallation(
    const InstallationConfig& installation, const ConfigLimits::Installation& limits, Issues& issues)
{
    checkTextLength(installation.site, limits.textMaxBytes, u"installation.site"_qs, issues);
    checkTextLength(installation.panel, limits.textMaxBytes, u"installation.panel"_qs, issues);
    checkTextLength(installation.circuit, limits.textMaxBytes, u"installation.circuit"_qs, issues);
    checkTextLength(installation.notes, limits.notesMaxBytes, u"installation.notes"_qs, issues);
}

void checkGps(
    const GpsConfig& gps, const ConfigLimits::Gps& limits, const FittedOptions& fitted, Issues& issues)
{
    if (!gps.enabled)
        return;
    if (!fitted.gps) {
        issues.append({ u"gps.enabled"_qs, ConfigValidator::tr("This module has no GPS; switch GPS off.") });
        return;
    }
    if (!limits.fixIntervalS.contains(gps.fixIntervalS)) {
        issues.append({ u"gps.fix_interval_s"_qs,
            ConfigValidator::tr("A position fix every %1 s is not possible; choose %2 to %3 s.")
                .arg(gps.fixIntervalS)
                .arg(number(limits.fixIntervalS.min), number(limits.fixIntervalS.max)) });
    }
}

} // namespace rules

ConfigValidator::ConfigValidator(ConfigLimits limits)
    : m_limits(std::move(limits))
{ }

QList<ValidationIssue> ConfigValidator::validate(
    const DeviceConfig& config, const FittedOptions& fitted) const
{
    QList<ValidationIssue> issues;
    rules::checkInstallation(config.installation, m_limits.installation, issues);
    rules::checkMetering(config.metering, m_limits.metering, issues);
    rules::checkInputs(config.inputs, m_limits.inputs, issues);
    rules::checkNetwork(config.network, m_limits.network, fitted, issues);
    rules::checkGps(config.gps, m_limits.gps, fitted, issues);
    return issues;
}

QList<ValidationIssue> validate(const DeviceConfig& config, const FittedOptions& fitted)
{
    return ConfigValidator().validate(config, fitted);
}

} // namespace iotpro::config
