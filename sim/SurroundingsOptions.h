#pragma once

#include "io/InputWiring.h"
#include "network/RadioSite.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace iotpro::sim {

/// iotpro-sim's options about the module's surroundings other than the panel it meters: the radio
/// site its network check meets and what is wired to its inputs (docs/simulator.md, "The radio
/// site" and "The inputs"). Part of SimCommandLine.
class SurroundingsOptions
{
    Q_DECLARE_TR_FUNCTIONS(SurroundingsOptions)

public:
    /// Largest --network-time-scale: a check may run slower than real, never slower than this.
    static constexpr double kMaxNetworkTimeScale = 10.0;

    SurroundingsOptions();

    void addTo(QCommandLineParser& parser) const;

    /// The demo site and wiring with the parsed options applied; nullopt, or one line saying what
    /// is wrong.
    std::optional<QString> resolve(const QCommandLineParser& parser, RadioSite& site, InputWiring& wiring,
        double& networkTimeScale) const;

private:
    QCommandLineOption m_wifiSite;
    QCommandLineOption m_lorawanSite;
    QCommandLineOption m_lorawanGateways;
    QCommandLineOption m_lorawanDevice;
    QCommandLineOption m_cellularSite;
    QCommandLineOption m_gpsPosition;
    QCommandLineOption m_radioFault;
    QCommandLineOption m_networkTimeScale;
    QCommandLineOption m_input;
    QCommandLineOption m_ds18b20;
    QCommandLineOption m_warmSensor;
    QCommandLineOption m_analog;
};

} // namespace iotpro::sim
