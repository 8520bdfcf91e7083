#pragma once

#include "WiringSearch.h"

namespace iotpro::electrical {

/// The one action that tells the candidate arrangements apart, if there is one: a resistive
/// load switched on one phase (3P3W: between two lines) while the electrician watches the
/// inputs' active power. Active power is linear in the added current, so its change is
/// predictable whatever else flows; which inputs respond and in which direction differs
/// between arrangements. Prefers the load that separates the most candidates, and names only
/// the judged inputs whose response differs between them.
std::optional<SeparatingTest> findSeparatingTest(const WiringEvidence& evidence,
    const QList<WiringHypothesis>& candidates, const DiagnosisThresholds& thresholds);

} // namespace iotpro::electrical
