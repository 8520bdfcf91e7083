#pragma once

#include "config/ConfigJson.h"
#include "config/ConfigValidator.h"
#include "config/DeviceConfig.h"

#include <QJsonObject>
#include <QString>
#include <QTest>

Q_DECLARE_METATYPE(iotpro::config::DeviceConfig)

namespace iotpro::config {
/// Test output: a configuration as its JSON form (without secrets).
inline char* toString(const DeviceConfig& config)
{
    return QTest::toString(QString::fromUtf8(toJson(config)));
}
} // namespace iotpro::config

/// Configurations the config tests share.
namespace samples {

/// A valid configuration in which every field differs from the factory default, every secret is
/// set, every input mode and every network is used, and text is not all ASCII.
iotpro::config::DeviceConfig fullConfig();

/// A module with every option fitted.
iotpro::config::FittedOptions allOptions();

/// Whether `path` ("network.wifi.ssid", "metering.ct_inputs[0].rating_a") names a value in `json`.
bool jsonPathExists(const QJsonObject& json, const QString& path);

} // namespace samples
