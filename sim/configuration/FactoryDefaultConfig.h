#pragma once

#include "config.pb.h"

namespace iotpro::sim {

/// The configuration a module runs fresh from production, before any configuration is committed
/// (configuration counter 0): 3P4W, 230 V, 50 Hz; 100 A 333 mV CTs mounted towards the load on
/// phases 1, 2, 3, not inverted; a 15-minute demand period; every input off; every network off, a
/// report every 900 s; GPS off, a fix every 3600 s. The module's own copy: the tool's
/// (core/config factoryDefaultConfig()) must agree field for field, which tst_factorydefaultconfig
/// checks.
v1::DeviceConfig factoryDefaultConfig();

} // namespace iotpro::sim
