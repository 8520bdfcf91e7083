#pragma once

#include <QString>

#include <optional>

class QBluetoothDeviceInfo;

namespace iotpro {

/// An IoT Pro module as one scan saw it: what a technician picks it by.
struct BleModuleAdvert
{
    QString address; ///< upper case, AA:BB:CC:DD:EE:FF
    QString name;
    QString serial; ///< from the name IoTPro-<serial>; empty when the name carries none
    qint16 rssi = 0; ///< dBm
    bool busy = false; ///< another tool holds its link

    friend bool operator==(const BleModuleAdvert&, const BleModuleAdvert&) = default;
};

/// The order modules are listed in everywhere: strongest signal first, then by address.
bool strongerFirst(const BleModuleAdvert& a, const BleModuleAdvert& b);

/// The module behind an advertisement, or nothing when it is not an IoT Pro module.
std::optional<BleModuleAdvert> readModuleAdvert(const QBluetoothDeviceInfo& info);

} // namespace iotpro
