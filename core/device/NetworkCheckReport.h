#pragma once

#include "config/DeviceConfig.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace iotpro {

/// How one network (or GPS) fared in the module's check (docs/protocol.md, 4.10).
enum class CheckState {
    Disabled, ///< not enabled in the active configuration
    NotFitted, ///< the option is not fitted
    Passed,
    Failed, ///< the check's `failure` says why
    Unknown, ///< a state this tool does not know (a newer module)
};

enum class WifiFailure { None, NetworkNotFound, WrongPassphrase, DhcpTimeout, Timeout, Other };

struct WifiCheck
{
    CheckState state = CheckState::Unknown;
    WifiFailure failure = WifiFailure::None;
    QString ssid;
    QString bssid;
    int rssiDbm = 0;
    quint32 channel = 0;
    QString ipAddress;
    QString gateway;

    friend bool operator==(const WifiCheck&, const WifiCheck&) = default;
};

enum class LorawanFailure { None, NoJoinAccept, NoLinkCheck, Timeout, Other };

struct LorawanCheck
{
    CheckState state = CheckState::Unknown;
    LorawanFailure failure = LorawanFailure::None;
    quint32 joinAttempts = 0;
    QByteArray devAddr; ///< 4 bytes from the join accept
    int rssiDbm = 0;
    double snrDb = 0;
    quint32 linkMarginDb = 0;
    quint32 gatewayCount = 0;
    quint32 dataRate = 0;

    friend bool operator==(const LorawanCheck&, const LorawanCheck&) = default;
};

enum class CellularFailure { None, NoSim, SimLocked, NoSignal, RegistrationDenied, ApnRejected, Timeout, Other };

struct CellularCheck
{
    CheckState state = CheckState::Unknown;
    CellularFailure failure = CellularFailure::None;
    QString operatorName;
    std::optional<config::CellularRat> rat; ///< empty when the module did not say
    int rsrpDbm = 0;
    double rsrqDb = 0;
    quint32 signalQuality = 0; ///< 0 to 5 bars
    QString ipAddress;

    friend bool operator==(const CellularCheck&, const CellularCheck&) = default;
};

enum class GpsFailure { None, NoFix, NoSatellites, Antenna, Other };

struct GpsCheck
{
    CheckState state = CheckState::Unknown;
    GpsFailure failure = GpsFailure::None;
    quint32 satellitesInView = 0;
    quint32 satellitesUsed = 0;
    double latitudeDeg = 0;
    double longitudeDeg = 0;
    double altitudeM = 0;
    double hdop = 0;
    quint32 timeToFixS = 0;

    friend bool operator==(const GpsCheck&, const GpsCheck&) = default;
};

/// The module's report of the network and GPS check with its active configuration.
struct NetworkCheckReport
{
    WifiCheck wifi;
    LorawanCheck lorawan;
    CellularCheck cellular;
    GpsCheck gps;
    quint32 durationMs = 0;

    /// Some enabled check did not pass.
    bool anyFailed() const;
    /// At least one network (Wi-Fi, LoRaWAN, cellular) passed; GPS is not a network.
    bool anyNetworkPassed() const;

    friend bool operator==(const NetworkCheckReport&, const NetworkCheckReport&) = default;
};

} // namespace iotpro
