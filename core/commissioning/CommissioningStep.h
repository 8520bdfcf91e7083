#pragma once

#include <QList>
#include <QStringView>

namespace iotpro::commissioning {

/// The steps of commissioning a module, in the order the wizard walks them.
enum class Step {
    Connect, ///< open the link to the module
    Identify, ///< make sure it is the module in front of the technician (LED, serial number)
    Site, ///< site, panel, circuit, installation point, notes
    Wiring, ///< wiring type, nominal voltage and frequency, demand period, export
    CurrentTransformers, ///< per CT input: rating, secondary, direction, software remap/invert
    LiveCheck, ///< the live wiring check with its verdict
    Inputs, ///< digital inputs, DS18B20 sensors, analog input
    Network, ///< Wi-Fi, LoRaWAN, cellular, uplink interval, GPS
    Review, ///< what changes against the module's active configuration
    SignAndWrite, ///< sign with the user's key, pair with the label code, write and commit
    Verify, ///< readback and network check
    Done,
};

inline constexpr int StepCount = static_cast<int>(Step::Done) + 1;

/// Every step, in order.
QList<Step> allSteps();

/// The step whose page edits the configuration field at `path` (as in ValidationIssue::fieldPath,
/// e.g. "network.wifi.ssid" or "metering.ct_inputs[1].rating_a"); Review for a path no page
/// edits (a problem with the whole document).
Step stepOfField(QStringView path);

/// Whether the field at `path` is `prefix` or lies inside it: "network.wifi" contains
/// "network.wifi.ssid" and "metering.ct_inputs" contains "metering.ct_inputs[1].phase", while
/// "metering.wiring" does not contain "metering.wiring_type".
bool isWithinField(QStringView path, QStringView prefix);

/// Whether the page of `step` edits the configuration.
bool editsConfiguration(Step step);

} // namespace iotpro::commissioning
