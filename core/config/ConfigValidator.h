#pragma once

#include "ConfigLimits.h"
#include "DeviceConfig.h"
#include "ValidationIssue.h"
#include "device/DeviceInfo.h"

#include <QCoreApplication>
#include <QList>

namespace iotpro::config {

/// The radio and positioning options a module has fitted, as its DeviceInfo says.
using FittedOptions = DeviceInfo::Options;

/// The one validator of configurations: the wizard, the CLI and the tests all ask it. It checks
/// every value against the limits table, the rules between fields (distinct CT phases, scaling
/// points, alarm order, static IPv4 addressing) and the options the module has fitted. Settings of
/// a feature that is off are not checked. Messages say what to do, in words an electrician uses;
/// the result never depends on the locale.
class ConfigValidator
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::config::ConfigValidator)

public:
    explicit ConfigValidator(ConfigLimits limits = ConfigLimits::builtIn());

    const ConfigLimits& limits() const { return m_limits; }

    /// Every problem of `config` on a module with `fitted` options, in schema order; empty when the
    /// configuration can be applied.
    QList<ValidationIssue> validate(const DeviceConfig& config, const FittedOptions& fitted) const;

private:
    ConfigLimits m_limits;
};

/// ConfigValidator with the built-in limits. (A caller validating on every keystroke keeps a
/// ConfigValidator instead, which reads the table once.)
QList<ValidationIssue> validate(const DeviceConfig& config, const FittedOptions& fitted);

} // namespace iotpro::config
