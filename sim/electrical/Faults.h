#pragma once

#include "Site.h"

#include <QString>

#include <optional>

namespace iotpro::sim {

/// Applies one wiring fault, written as on the command line, to `wiring` on a supply of
/// `supplyWiring`. Faults compose: each changes the wiring the previous ones left.
///  - `ct_reversed:N[,N...]`: CT N fitted the wrong way round (a second time: right way round)
///  - `ct_swapped:A,B`: CTs A and B on each other's conductors
///  - `ct_rotated:forward` / `backward`: every CT moved to the next / previous phase conductor
///  - `ct_phase:N:P`: CT N clamped on phase conductor P
///  - `ct_rating:N:AMPS`: a CT rated AMPS fitted on input N (the setup keeps its own rating)
///  - `voltage_swapped:A,B`: voltage taps A and B swapped
///  - `voltage_missing:N`: voltage tap N not connected
/// Returns why the fault cannot be applied (one line; the wiring is then unchanged), or nullopt.
std::optional<QString> applyFault(SiteWiring& wiring, Wiring supplyWiring, const QString& fault);

/// The fault names with their arguments, for help texts.
QString faultSyntax();

} // namespace iotpro::sim
