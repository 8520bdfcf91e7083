#pragma once

#include "InputWiring.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace iotpro::sim {

/// What iotpro-sim's input options say (docs/simulator.md, "The inputs"), as typed.
struct InputWiringChanges
{
    QStringList inputs {}; ///< --input N:open|closed|pulses:RATE[:WIDTH_MS][@SECONDS]
    QStringList ds18b20 {}; ///< --ds18b20 N:ROM[=CELSIUS][,ROM[=CELSIUS]...]
    QStringList warmSensors {}; ///< --warm-sensor ROM@START[-END]
    QStringList analog {}; ///< --analog VOLTS[@SECONDS]

    friend bool operator==(const InputWiringChanges&, const InputWiringChanges&) = default;
};

/// Applies `changes` to `wiring`: an input named by --input or --ds18b20 loses what it was wired
/// to, and so does the analog input named by --analog. Returns why it cannot, in one line
/// naming the option, leaving `wiring` as it was.
std::optional<QString> applyInputWiringChanges(InputWiring& wiring, const InputWiringChanges& changes);

} // namespace iotpro::sim
