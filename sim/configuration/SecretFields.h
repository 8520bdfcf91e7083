#pragma once

#include "config.pb.h"
#include "iotpro.pb.h"

#include <QLatin1StringView>
#include <QMap>
#include <QString>
#include <array>

namespace iotpro::sim {

/// The secrets a module holds with its configuration, in clear (its radios need them), by field.
/// Never in a reply or a log line.
using ConfigSecrets = QMap<v1::SecretField, QString>;

/// One secret field of the configuration (config.proto, `[(secret) = true]`), as the module
/// handles it: where it sits in DeviceConfig and what its path is in the JSON form.
struct SecretFieldInfo
{
    v1::SecretField field;
    /// "network.wifi.passphrase": the JSON path, ErrorReply.field, and part of the associated
    /// data a sealed value is bound to (iotpro.proto, SealedSecret).
    QLatin1StringView path;
    /// What people call it, for messages: "Wi-Fi passphrase".
    QLatin1StringView name;
    /// The secret field itself, which a signed configuration leaves empty.
    const std::string& (*value)(const v1::DeviceConfig&);
    /// Its `*_set` flag: the module holds one.
    bool (*isSet)(const v1::DeviceConfig&);
    /// Its feature (network) is switched on.
    bool (*enabled)(const v1::DeviceConfig&);
};

/// Every secret field, in schema order.
const std::array<SecretFieldInfo, 3>& secretFields();

/// The entry of `field`, or nullptr for SECRET_FIELD_UNSPECIFIED or a value this module does not
/// know.
const SecretFieldInfo* secretFieldInfo(int field);

} // namespace iotpro::sim
