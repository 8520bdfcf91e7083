#pragma once

#include "DeviceConfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace iotpro::config {

/// One field that differs between two configurations, for the wizard's review step and the
/// output of `config apply`.
struct ConfigChange
{
    /// The field, as in ValidationIssue::fieldPath ("network.wifi.ssid", "metering.ct_inputs[0].rating_a").
    QString fieldPath;
    /// The values in the spelling of the JSON form, for people: "230", "0.5", "true",
    /// "WIRING_3P4W", "\"Hall B\"" (numbers in plain decimals, never localised); "(none)" on the
    /// side of a list entry that only the other side has. Empty for a secret.
    QString oldValue;
    QString newValue;
    /// A secret that will be replaced: its values are never shown, only that it changes.
    bool secret = false;

    /// "path: old → new", or "path: (changed)" for a secret.
    QString toString() const;

    friend bool operator==(const ConfigChange&, const ConfigChange&) = default;
};

/// One field of a configuration and its value, for a listing.
struct ConfigField
{
    QString fieldPath; ///< as in ValidationIssue::fieldPath
    QString value; ///< in the spelling of the JSON form, as ConfigChange::newValue

    friend bool operator==(const ConfigField&, const ConfigField&) = default;
};

/// Every field of `config` with its value, in schema order. Secrets are never listed: their
/// `*_set` flags say whether the module holds one.
QList<ConfigField> listFields(const DeviceConfig& config);

/// The fields that differ from `before` to `after`, in schema order. An empty secret in `after`
/// means "keep the stored one", so a secret counts as changed only when `after` carries a new one.
QList<ConfigChange> diff(const DeviceConfig& before, const DeviceConfig& after);

} // namespace iotpro::config
