#pragma once

#include "CheckClock.h"
#include "RadioSite.h"
#include "SeededRandom.h"
#include "iotpro.pb.h"

namespace iotpro::sim {

/// The module's modem attaching to the operator's network as `config` says (its APN password
/// included): SIM, a cell of the configured radio access technology, registration, then the
/// data connection (PDP context) on the APN. Steps take their time on `clock`; a step cut by its
/// deadline ends the check with CELLULAR_FAILURE_TIMEOUT. docs/simulator.md, "The radio site",
/// gives every duration.
v1::CellularCheck attachCellular(const v1::CellularConfig& config, const CellularNetwork& network,
    SeededRandom& random, CheckClock& clock);

/// Signal bars, 0 to 5, for a reference signal received power.
quint32 signalBars(int rsrpDbm);

} // namespace iotpro::sim
