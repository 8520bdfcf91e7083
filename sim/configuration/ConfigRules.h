#pragma once

#include "ModuleIdentity.h"
#include "RequestError.h"
#include "config.pb.h"
#include "configuration/ConfigLimitsTable.h"
#include "configuration/SecretFields.h"

#include <optional>

namespace iotpro::sim {

/// The module's own check of a configuration it is asked to run (docs/protocol.md, 7), made with
/// its own code against the limits table, as a firmware makes it. Each check gives the first field
/// the module refuses, with its path in the JSON form ("metering.ct_inputs[1].phase") and an
/// English message, or nothing.
class ConfigRules
{
public:
    /// Keeps a reference to `limits`.
    ConfigRules(const ConfigLimitsTable& limits, FittedOptions fitted);

    /// INVALID_CONFIG: the document's shape (3 CT inputs, 4 digital inputs, every enum that
    /// needs a choice set to a known value, no secret in the clear), then every value and the
    /// rules between fields. Features switched off, and options the module lacks (checkFitted()
    /// refuses those), are not checked.
    std::optional<RequestError> checkValues(const v1::DeviceConfig& config) const;

    /// OPTION_NOT_FITTED: a network or GPS switched on that the module does not have.
    std::optional<RequestError> checkFitted(const v1::DeviceConfig& config) const;

    /// INVALID_CONFIG: the secrets the module would hold with `config` - `given` in the upload
    /// (opened), else `stored` with the active configuration - against each `*_set` flag (true
    /// exactly when one is held) and, for a feature switched on, against the secret's own rules.
    std::optional<RequestError> checkSecrets(
        const v1::DeviceConfig& config, const ConfigSecrets& given, const ConfigSecrets& stored) const;

private:
    const ConfigLimitsTable& m_limits;
    FittedOptions m_fitted;
};

} // namespace iotpro::sim
