#include "configuration/ConfigRuleSupport.h"

#include <QRegularExpression>
#include <bit>
#include <optional>

namespace iotpro::sim::rules {

using namespace Qt::StringLiterals;

namespace {

/// A dotted-quad IPv4 address, strictly: four decimal numbers 0-255, no leading zeros (the
/// shorthand and octal forms some libraries accept mean different addresses to different readers).
std::optional<quint32> dottedQuad(const std::string& text)
{
    static const QRegularExpression form(
        u"^(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})\\."
        "(0|[1-9][0-9]{0,2})$"_s);
    const QRegularExpressionMatch match = form.match(QString::fromStdString(text));
    if (!match.hasMatch())
        return std::nullopt;
    quint32 address = 0;
    for (int part = 1; part <= 4; ++part) {
        const uint octet = match.captured(part).toUInt();
        if (octet > 255)
            return std::nullopt;
        address = (address << 8) | octet;
    }
    return address;
}

/// The prefix length of a subnet mask, /1 to /30 (a /31 or /32 leaves no room for a gateway);
/// 0 for anything else.
int maskPrefix(quint32 mask)
{
    const int prefix = std::popcount(mask);
    const bool contiguous = prefix > 0 && mask == ~quint32(0) << (32 - prefix);
    return contiguous && prefix <= 30 ? prefix : 0;
}

std::optional<quint32> requireAddress(const std::string& text, const QString& field, Findings& findings)
{
    const std::optional<quint32> address = dottedQuad(text);
    if (!address)
        findings.refuse(field,
            u"\"%1\" is no IPv4 address (four numbers 0-255 with dots)"_s.arg(QString::fromStdString(text)));
    return address;
}

void checkStaticIpv4(const v1::Ipv4Config& ipv4, Findings& findings)
{
    const std::optional<quint32> address
        = requireAddress(ipv4.address(), u"network.wifi.ipv4.address"_s, findings);
    const std::optional<quint32> mask = dottedQuad(ipv4.netmask());
    const int prefix = mask ? maskPrefix(*mask) : 0;
    if (prefix == 0)
        findings.refuse(u"network.wifi.ipv4.netmask"_s,
            u"\"%1\" is no subnet mask from /1 to /30"_s.arg(QString::fromStdString(ipv4.netmask())));
    const std::optional<quint32> gateway
        = requireAddress(ipv4.gateway(), u"network.wifi.ipv4.gateway"_s, findings);
    requireAddress(ipv4.dns(), u"network.wifi.ipv4.dns"_s, findings);
    if (!address || prefix == 0 || !gateway)
        return;
    const quint32 hostBits = ~*mask;
    if ((*address & hostBits) == 0 || (*address & hostBits) == hostBits)
        findings.refuse(u"network.wifi.ipv4.address"_s,
            u"%1 is the network or broadcast address of its /%2 subnet"_s
                .arg(QString::fromStdString(ipv4.address()))
                .arg(prefix));
    if (*gateway == *address)
        findings.refuse(u"network.wifi.ipv4.gateway"_s, u"the gateway is the module's own address"_s);
    else if ((*gateway & *mask) != (*address & *mask))
        findings.refuse(
            u"network.wifi.ipv4.gateway"_s, u"the gateway is outside the module's /%1 subnet"_s.arg(prefix));
}

void checkWifi(const v1::WifiConfig& wifi, const ConfigLimitsTable& limits, Findings& findings)
{
    checkBytes(wifi.ssid(), limits.bounds(u"network.wifi_ssid_bytes"_s), u"network.wifi.ssid"_s,
        u"the SSID"_s, findings);
    if (!wifi.passphrase_set())
        findings.refuse(u"network.wifi.passphrase"_s, u"Wi-Fi needs a passphrase; none is given or held"_s);
    if (wifi.ipv4().mode() == v1::IPV4_MODE_STATIC)
        checkStaticIpv4(wifi.ipv4(), findings);
}

void checkEui(
    const std::string& eui, qsizetype digits, const QString& field, const char* name, Findings& findings)
{
    if (!isHexDigits(eui, digits))
        findings.refuse(field, u"the %1 is %2 hex digits"_s.arg(QLatin1StringView(name)).arg(digits));
}

void checkLorawan(const v1::LorawanConfig& lorawan, const ConfigLimitsTable& limits, Findings& findings)
{
    const QString region = QString::fromStdString(v1::LorawanRegion_Name(lorawan.region()));
    const Bounds subBands = limits.bounds(u"network.lorawan_sub_bands"_s);
    if (limits.names(u"network.lorawan_sub_bands.regions"_s).contains(region)) {
        if (!subBands.contains(lorawan.sub_band()))
            findings.refuse(u"network.lorawan.sub_band"_s,
                u"sub-band %1; %2 has sub-bands %3"_s.arg(lorawan.sub_band()).arg(region, span(subBands)));
    } else if (lorawan.sub_band() != 0) {
        findings.refuse(u"network.lorawan.sub_band"_s, u"%1 has no sub-bands: 0"_s.arg(region));
    }
    const auto euiDigits = static_cast<qsizetype>(limits.number(u"network.lorawan_eui_hex_digits"_s));
    checkEui(lorawan.dev_eui(), euiDigits, u"network.lorawan.dev_eui"_s, "DevEUI", findings);
    checkEui(lorawan.join_eui(), euiDigits, u"network.lorawan.join_eui"_s, "JoinEUI", findings);
    if (!lorawan.app_key_set())
        findings.refuse(u"network.lorawan.app_key"_s, u"LoRaWAN needs an AppKey; none is given or held"_s);
}

void checkCellular(const v1::CellularConfig& cellular, const ConfigLimitsTable& limits, Findings& findings)
{
    checkBytes(cellular.apn(), limits.bounds(u"network.cellular_apn_bytes"_s), u"network.cellular.apn"_s,
        u"the APN"_s, findings);
    checkBytes(cellular.user(), limits.bounds(u"network.cellular_user_bytes"_s), u"network.cellular.user"_s,
        u"the APN user"_s, findings);
}

} // namespace

void checkNetwork(const v1::NetworkConfig& network, const ConfigLimitsTable& limits,
    const FittedOptions& fitted, Findings& findings)
{
    if (network.wifi().enabled() && fitted.wifi)
        checkWifi(network.wifi(), limits, findings);
    if (network.lorawan().enabled() && fitted.lorawan)
        checkLorawan(network.lorawan(), limits, findings);
    if (network.cellular().enabled() && fitted.cellular)
        checkCellular(network.cellular(), limits, findings);
    if (const Bounds interval = limits.bounds(u"network.uplink_interval_s"_s);
        !interval.contains(network.uplink_interval_s()))
        findings.refuse(u"network.uplink_interval_s"_s,
            u"a report every %1 s; %2 s allowed"_s.arg(network.uplink_interval_s()).arg(span(interval)));
}

} // namespace iotpro::sim::rules
