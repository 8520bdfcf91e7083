#pragma once

#include "ConfigLimits.h"
#include "ConfigValidator.h"

#include <QList>
#include <QString>

/// The checks ConfigValidator runs, one function per part of the configuration (core/config
/// internal). Each appends what it finds; messages are ConfigValidator::tr().
namespace iotpro::config::rules {

using Issues = QList<ValidationIssue>;

void checkInstallation(
    const InstallationConfig& installation, const ConfigLimits::Installation& limits, Issues& issues);
void checkMetering(const MeteringConfig& metering, const ConfigLimits::Metering& limits, Issues& issues);
void checkInputs(const InputsConfig& inputs, const ConfigLimits::Inputs& limits, Issues& issues);
void checkNetwork(const NetworkConfig& network, const ConfigLimits::Network& limits,
    const FittedOptions& fitted, Issues& issues);
void checkGps(
    const GpsConfig& gps, const ConfigLimits::Gps& limits, const FittedOptions& fitted, Issues& issues);

/// A number for a message: shortest form, "." as decimal separator whatever the locale.
QString number(double value);

/// Appends "this text is N bytes long; at most M bytes fit" when `text` is longer than `maxBytes`.
void checkTextLength(const QString& text, qsizetype maxBytes, const QString& path, Issues& issues);

/// Checks the length of `text` in bytes against `bytes`: appends `tooShort` when it is shorter
/// (usually: empty, "enter one"), the message of checkTextLength() when it is longer.
void checkTextBytes(
    const QString& text, const Range& bytes, const QString& path, const QString& tooShort, Issues& issues);

} // namespace iotpro::config::rules
