#pragma once

#include <QList>
#include <optional>

namespace iotpro::electrical {

/// What one metering element reports. Signs follow the meter: import and inductive are positive.
struct ElementReading
{
    double voltage = 0.0; ///< V rms (L-N in 3P4W/1P, L-L in 3P3W)
    double current = 0.0; ///< A rms, already scaled by the declared CT primary
    double activePower = 0.0; ///< W
    double reactivePower = 0.0; ///< var
    /// Angle of this element's voltage relative to element 1's, degrees, when the module reports it.
    std::optional<double> voltageAngle;

    friend bool operator==(const ElementReading&, const ElementReading&) = default;
};

/// One live reading of every element, in element order (3, 2 or 1 elements).
struct Snapshot
{
    double frequency = 0.0; ///< Hz
    QList<ElementReading> elements;

    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

/// Reference currents an electrician measured with a clamp meter on each CT's conductor, in
/// element order; nullopt where none was measured. The only way to catch a wrong CT size.
struct ClampMeterReadings
{
    QList<std::optional<double>> currentA;

    friend bool operator==(const ClampMeterReadings&, const ClampMeterReadings&) = default;
};

} // namespace iotpro::electrical
