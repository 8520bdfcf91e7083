#pragma once

#include <QBluetoothUuid>

namespace iotpro::ble {

/// The module's GATT profile and advertising layout, docs/protocol.md section 1.3. The one place
/// the tool names them; the BlueZ mock (tests/ble/bluez_iotpro.py) mirrors these values.

/// The primary service the module advertises (Complete List of 128-bit Service UUIDs).
inline QBluetoothUuid serviceUuid() { return QBluetoothUuid(QStringLiteral("5e1f0001-9c3a-4d8e-b7a2-6f1d0c2e4a90")); }
/// RX, tool to module: write without response and write (with response).
inline QBluetoothUuid rxUuid() { return QBluetoothUuid(QStringLiteral("5e1f0002-9c3a-4d8e-b7a2-6f1d0c2e4a90")); }
/// TX, module to tool: notify, with a client characteristic configuration descriptor (0x2902).
inline QBluetoothUuid txUuid() { return QBluetoothUuid(QStringLiteral("5e1f0003-9c3a-4d8e-b7a2-6f1d0c2e4a90")); }
/// Link info, read: the ATT payload size (ATT_MTU − 3) the module negotiated, uint16 little-endian.
inline QBluetoothUuid linkInfoUuid() { return QBluetoothUuid(QStringLiteral("5e1f0004-9c3a-4d8e-b7a2-6f1d0c2e4a90")); }

/// The advertised local name: this prefix, then DeviceInfo.serial_number (docs/protocol.md 4.2).
inline constexpr char16_t kNamePrefix[] = u"IoTPro-";

/// Manufacturer Specific Data in the advertisement: company id, then format and flags.
/// 0xFFFF is the Bluetooth SIG's id for tests and internal use, until a company id is assigned.
inline constexpr quint16 kCompanyId = 0xFFFF;
inline constexpr quint8 kAdvertisingFormat = 1;
/// Flags bit: another tool holds the module's BLE link, so it takes no connection now.
inline constexpr quint8 kFlagBusy = 0x01;

/// The smallest ATT payload every BLE link has (ATT_MTU 23 − 3), and the largest a module may report.
inline constexpr int kMinAttPayload = 20;
inline constexpr int kMaxAttPayload = 512;

} // namespace iotpro::ble
