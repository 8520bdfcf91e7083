#pragma once

namespace iotpro {

/// Whether BlueZ can serve this process, asked directly on the D-Bus system bus.
/// QtBluetooth 6.4 reports a missing service, a refused permission and a missing adapter all as
/// "no valid adapter"; a technician needs to know which of them to fix.
enum class BluezAccess { Available, NotRunning, PermissionDenied, NoAdapter };

/// Blocks for at most a second (one D-Bus call); only after a scan or connection failed.
BluezAccess probeBluez();

} // namespace iotpro
