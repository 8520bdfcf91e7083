#pragma once

#include "protocol/ProtocolVersion.h"

#include <QString>

#include <optional>

namespace iotpro::sim {

/// Which of the optional radios the module has fitted.
struct FittedOptions
{
    bool wifi = true;
    bool lorawan = true;
    bool cellular = true;
    bool gps = true;

    friend bool operator==(const FittedOptions&, const FittedOptions&) = default;
};

/// An inclusive range of protocol versions.
struct ProtocolRange
{
    quint32 min = protocol::kMinVersion;
    quint32 max = protocol::kMaxVersion;

    bool contains(quint32 version) const { return version >= min && version <= max; }
    /// The highest version inside both this range and [peerMin, peerMax]; nullopt when they
    /// do not overlap (an inverted peer range overlaps nothing).
    std::optional<quint32> highestSharedWith(quint32 peerMin, quint32 peerMax) const;

    friend bool operator==(const ProtocolRange&, const ProtocolRange&) = default;
};

/// Who the module is: everything DeviceInfo reports that does not change while it runs.
struct ModuleIdentity
{
    QString serialNumber;
    QString hardwareRevision;
    QString firmwareVersion;
    ProtocolRange protocolVersions;
    QString meteringEngineModel;
    QString meteringEngineFirmware;
    FittedOptions fittedOptions;
    quint16 usbVendorId = 0;
    quint16 usbProductId = 0;
    QString bleAddress;
    QString bleName;

    friend bool operator==(const ModuleIdentity&, const ModuleIdentity&) = default;
};

inline constexpr auto kDefaultSerialNumber = u"SIM-000001";

/// 1 to 16 ASCII letters, digits or '-': the serial names the state directory and must fit,
/// as "IoTPro-<serial>", into a legacy BLE advertisement beside the flags.
bool isValidSerialNumber(const QString& serialNumber);

/// The identity of a virtual module with this serial number: the hardware facts every
/// module shares, this build's firmware version, and the BLE identity derived from the serial.
ModuleIdentity makeModuleIdentity(
    const QString& serialNumber, FittedOptions fittedOptions, ProtocolRange protocolVersions);

/// The virtual module's firmware version: the version of the project it was built from.
QString simFirmwareVersion();

/// A BLE static random address ("C5:12:…"): stable for a serial number, so a tool that paired
/// with a module finds it again, and marked static random by its two top bits.
QString bleStaticRandomAddress(const QString& serialNumber);

} // namespace iotpro::sim
