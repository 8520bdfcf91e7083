#pragma once

#include <QString>
#include <optional>

namespace iotpro::sim {

/// A number typed on the command line, in machine format (`0.95`, never the locale's `0,95`),
/// within [min, max]; nullopt for anything else.
inline std::optional<double> machineNumberWithin(const QString& text, double min, double max)
{
    bool ok = false;
    const double number = text.toDouble(&ok);
    return ok && number >= min && number <= max ? std::optional(number) : std::nullopt;
}

} // namespace iotpro::sim
