#include "BleModuleAdvert.h"

#include "BleGattProfile.h"

#include <QBluetoothAddress>
#include <QBluetoothDeviceInfo>

#include <algorithm>

namespace iotpro {

std::optional<BleModuleAdvert> readModuleAdvert(const QBluetoothDeviceInfo& info)
{
    if (!info.serviceUuids().contains(ble::serviceUuid()))
        return std::nullopt;
    BleModuleAdvert advert;
    advert.address = info.address().toString().toUpper();
    advert.name = info.name();
    advert.rssi = info.rssi();
    const QString prefix = QString::fromUtf16(ble::kNamePrefix);
    const QString serial = advert.name.startsWith(prefix) ? advert.name.mid(prefix.size()) : QString();
    // Printable ASCII only (4.2): a damaged or foreign name must not put control bytes on a screen.
    if (std::all_of(serial.begin(), serial.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; }))
        advert.serial = serial;
    // format, flags; an unknown format still names a module, just not its state.
    const QByteArray data = info.manufacturerData(ble::kCompanyId);
    if (data.size() >= 2 && static_cast<quint8>(data.at(0)) == ble::kAdvertisingFormat)
        advert.busy = (static_cast<quint8>(data.at(1)) & ble::kFlagBusy) != 0;
    return advert;
}

bool strongerFirst(const BleModuleAdvert& a, const BleModuleAdvert& b)
{
    return a.rssi != b.rssi ? a.rssi > b.rssi : a.address < b.address;
}

} // namespace iotpro
