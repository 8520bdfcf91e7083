#pragma once

namespace iotpro {
class BleModuleWatcher;
}

namespace iotpro::ui {

class ConnectionController;
class ConnectionListModel;

/// Feeds the connection list with the IoT Pro modules in Bluetooth range while the user is
/// choosing what to connect to (ConnectionController idle), and pauses the scan while a link is
/// set up or in use: a scan beside a connection would disturb it, and the list is frozen then.
void connectBleScan(BleModuleWatcher& watcher, ConnectionController& controller, ConnectionListModel& list);

} // namespace iotpro::ui
