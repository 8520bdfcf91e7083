#include "NetworkCheckText.h"

#include <QCoreApplication>
#include <QLocale>

namespace iotpro::commissioning {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::commissioning::NetworkCheckText)
};

QString decimal(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

/// The words for the states that need no detail; empty for Passed and Failed.
QString plainState(CheckState state)
{
    switch (state) {
    case CheckState::Disabled:
        return Texts::tr("disabled in the configuration");
    case CheckState::NotFitted:
        return Texts::tr("not fitted");
    case CheckState::Unknown:
        return Texts::tr("the module reported a result this tool does not know; update the tool");
    case CheckState::Passed:
    case CheckState::Failed:
        break;
    }
    return {};
}

QString failed(const QString& reason)
{
    return Texts::tr("FAILED: %1").arg(reason);
}

QString describe(const WifiCheck& wifi)
{
    if (wifi.state == CheckState::Passed) {
        return Texts::tr("connected to \"%1\" (%2, %3 dBm, channel %4), address %5 via %6")
            .arg(wifi.ssid, wifi.bssid)
            .arg(wifi.rssiDbm)
            .arg(wifi.channel)
            .arg(wifi.ipAddress, wifi.gateway);
    }
    switch (wifi.failure) {
    case WifiFailure::NetworkNotFound:
        return failed(Texts::tr("no access point named \"%1\" in range: check the name and that the access point is "
                                "on and near enough")
                          .arg(wifi.ssid));
    case WifiFailure::WrongPassphrase:
        return failed(Texts::tr("the access point refused the passphrase: check it (and WPA2 or WPA3) and apply the "
                                "configuration again"));
    case WifiFailure::DhcpTimeout:
        return failed(Texts::tr("associated with \"%1\" but no address came from DHCP: check the network's DHCP "
                                "server, or set a static address")
                          .arg(wifi.ssid));
    case WifiFailure::Timeout:
        return failed(Texts::tr("no connection within the time limit: check the signal at the module"));
    case WifiFailure::None:
    case WifiFailure::Other:
        break;
    }
    return failed(Texts::tr("for a reason this tool does not know; update the tool"));
}

QString describe(const LorawanCheck& lorawan)
{
    if (lorawan.state == CheckState::Passed) {
        return Texts::tr("joined as %1 (%2 dBm, SNR %3 dB, DR%4); link margin %5 dB, %n gateway(s) heard it", nullptr,
            int(lorawan.gatewayCount))
            .arg(QString::fromLatin1(lorawan.devAddr.toHex().toUpper()))
            .arg(lorawan.rssiDbm)
            .arg(decimal(lorawan.snrDb))
            .arg(lorawan.dataRate)
            .arg(lorawan.linkMarginDb);
    }
    switch (lorawan.failure) {
    case LorawanFailure::NoJoinAccept:
        return failed(Texts::tr("no join accept after %n attempt(s): no gateway in range, or the network server does "
                                "not know this DevEUI, JoinEUI and AppKey",
            nullptr, int(lorawan.joinAttempts)));
    case LorawanFailure::NoLinkCheck:
        return failed(Texts::tr("joined, but no link check answer came back: coverage is marginal here"));
    case LorawanFailure::Timeout:
        return failed(Texts::tr("no join within the time limit"));
    case LorawanFailure::None:
    case LorawanFailure::Other:
        break;
    }
    return failed(Texts::tr("for a reason this tool does not know; update the tool"));
}

QString ratText(const std::optional<config::CellularRat>& rat)
{
    if (!rat)
        return Texts::tr("unknown radio");
    return *rat == config::CellularRat::LteM ? Texts::tr("LTE-M") : Texts::tr("NB-IoT");
}

QString describe(const CellularCheck& cellular)
{
    if (cellular.state == CheckState::Passed) {
        return Texts::tr("registered with %1 (%2, RSRP %3 dBm, RSRQ %4 dB, %5 of 5 bars), address %6")
            .arg(cellular.operatorName, ratText(cellular.rat))
            .arg(cellular.rsrpDbm)
            .arg(decimal(cellular.rsrqDb))
            .arg(cellular.signalQuality)
            .arg(cellular.ipAddress);
    }
    switch (cellular.failure) {
    case CellularFailure::NoSim:
        return failed(Texts::tr("no SIM card: insert the SIM of the data plan"));
    case CellularFailure::SimLocked:
        return failed(Texts::tr("the SIM asks for a PIN: use a SIM without a PIN lock"));
    case CellularFailure::NoSignal:
        return failed(Texts::tr("no signal: move the antenna or fit an external one"));
    case CellularFailure::RegistrationDenied:
        return failed(Texts::tr("the network refused registration: check that the SIM's plan allows %1 here")
                          .arg(ratText(cellular.rat)));
    case CellularFailure::ApnRejected:
        return failed(Texts::tr("registered with %1, but the data connection was refused: check the APN, user and "
                                "password")
                          .arg(cellular.operatorName));
    case CellularFailure::Timeout:
        return failed(Texts::tr("no registration within the time limit"));
    case CellularFailure::None:
    case CellularFailure::Other:
        break;
    }
    return failed(Texts::tr("for a reason this tool does not know; update the tool"));
}

QString describe(const GpsCheck& gps)
{
    if (gps.state == CheckState::Passed) {
        return Texts::tr("fix with %1 of %2 satellites after %3 s: %4, %5 (HDOP %6)")
            .arg(gps.satellitesUsed)
            .arg(gps.satellitesInView)
            .arg(gps.timeToFixS)
            .arg(decimal(gps.latitudeDeg, 5), decimal(gps.longitudeDeg, 5), decimal(gps.hdop));
    }
    switch (gps.failure) {
    case GpsFailure::NoFix:
        return failed(Texts::tr("%n satellite(s) in view but no fix in time: give the antenna a clearer view of the "
                                "sky",
            nullptr, int(gps.satellitesInView)));
    case GpsFailure::NoSatellites:
        return failed(Texts::tr("no satellites in view: the antenna is indoors or not connected"));
    case GpsFailure::Antenna:
        return failed(Texts::tr("antenna fault (open or short circuit): check the antenna and its cable"));
    case GpsFailure::None:
    case GpsFailure::Other:
        break;
    }
    return failed(Texts::tr("for a reason this tool does not know; update the tool"));
}

template <typename Check>
NetworkCheckLine line(const QString& name, const Check& check)
{
    const QString plain = plainState(check.state);
    return { name, check.state, plain.isEmpty() ? describe(check) : plain };
}

} // namespace

QList<NetworkCheckLine> describeNetworkCheck(const NetworkCheckReport& report)
{
    return {
        line(Texts::tr("Wi-Fi"), report.wifi),
        line(Texts::tr("LoRaWAN"), report.lorawan),
        line(Texts::tr("Cellular"), report.cellular),
        line(Texts::tr("GPS"), report.gps),
    };
}

} // namespace iotpro::commissioning
