#pragma once

#include <QString>
#include <QVariantList>

/// What the BLE tests read from their CTest fixture (ble_fixture.py) and how they steer its mock BlueZ.
namespace blefixture {

/// An environment variable the fixture's test registration sets; fatal when missing (not run by CTest).
QString value(const char* name);

/// The Bluetooth address the fixture's module advertises (the simulator's own), AA:BB:CC:DD:EE:FF.
QString moduleBluetoothAddress();

/// Calls the mock's test control (bluez_iotpro.py, "Test control"): DropLink(), SetInRange(b).
bool mockControl(const QString& method, const QVariantList& arguments = {});

} // namespace blefixture
