#include "ValidationRules.h"
#include "ValidationText.h"

#include <QStringList>
#include <optional>

namespace iotpro::config::rules {

namespace {

QString regionName(LorawanRegion region)
{
    switch (region) {
    case LorawanRegion::Eu868:
        return QStringLiteral("EU868");
    case LorawanRegion::Us915:
        return QStringLiteral("US915");
    case LorawanRegion::Au915:
        return QStringLiteral("AU915");
    case LorawanRegion::As923_1:
        return QStringLiteral("AS923-1");
    case LorawanRegion::As923_2:
        return QStringLiteral("AS923-2");
    case LorawanRegion::As923_3:
        return QStringLiteral("AS923-3");
    case LorawanRegion::As923_4:
        return QStringLiteral("AS923-4");
    case LorawanRegion::In865:
        return QStringLiteral("IN865");
    case LorawanRegion::Kr920:
        return QStringLiteral("KR920");
    }
    return {};
}

/// A dotted-decimal IPv4 address, strictly: four decimal numbers 0-255 without leading zeros.
/// (inet_aton-style forms such as "10.1" or octal "010.0.0.1" mean different addresses to
/// different programs, so they are refused.)
std::optional<quint32> parseIpv4(const QString& text)
{
    const QStringList parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (const QString& part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return std::nullopt;
        quint32 octet = 0;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
            octet = octet * 10 + static_cast<quint32>(c.unicode() - u'0');
        }
        if (octet > 255)
            return std::nullopt;
        address = (address << 8) | octet;
    }
    return address;
}

/// The prefix length of a subnet mask of contiguous ones, /1 to /30 (a /31 or /32 leaves the module
/// no gateway to talk to); nullopt for anything else.
std::optional<int> prefixLength(quint32 mask)
{
    const quint32 hostBits = ~mask;
    if ((hostBits & (hostBits + 1)) != 0) // host bits must be a run of ones at the bottom
        return std::nullopt;
    int length = 0;
    for (quint32 bit = 0x80000000u; bit != 0 && (mask & bit); bit >>= 1)
        ++length;
    if (length < 1 || length > 30)
        return std::nullopt;
    return length;
}

QString dotted(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xFF)
        .arg((address >> 8) & 0xFF)
        .arg(address & 0xFF);
}

std::optional<quint32> requireIpv4(const QString& text, const QString& path, Issues& issues)
{
    const std::optional<quint32> address = parseIpv4(text);
    if (!address) {
        issues.append({ path,
            text.isEmpty()
                ? ConfigValidator::tr("Enter an IPv4 address, for example 192.168.1.20.")
                : ConfigValidator::tr("\"%1\" is not an IPv4 address; write four numbers from 0 to 255 "
                                      "separated by dots, for example 192.168.1.20.")
                      .arg(text) });
    }
    return address;
}

void checkStaticIpv4(const Ipv4Config& ipv4, Issues& issues)
{
    const std::optional<quint32> address = requireIpv4(ipv4.address, u"network.wifi.ipv4.address"_qs, issues);
    const std::optional<quint32> gateway = requireIpv4(ipv4.gateway, u"network.wifi.ipv4.gateway"_qs, issues);
    requireIpv4(ipv4.dns, u"network.wifi.ipv4.dns"_qs, issues);

    const std::optional<quint32> mask = parseIpv4(ipv4.netmask);
    const std::optional<int> prefix = mask ? prefixLength(*mask) : std::nullopt;
    if (!prefix) {
        issues.append({ u"network.wifi.ipv4.netmask"_qs,
            ConfigValidator::tr(
                "\"%1\" is not a subnet mask; a mask is ones followed by zeros, /1 to /30, for "
                "example 255.255.255.0.")
                .arg(ipv4.netmask) });
        return;
    }
    if (!address)
        return;
    const quint32 host = *address & ~*mask;
    if (host == 0 || host == ~*mask) {
        issues.append({ u"network.wifi.ipv4.address"_qs,
            ConfigValidator::tr(
                "%1 is the network or broadcast address of subnet %2/%3; choose another address "
                "for the module.")
                .arg(ipv4.address, dotted(*address & *mask))
                .arg(*prefix) });
    }
    if (!gateway)
        return;
    if (*gateway == *address) {
        issues.append({ u"network.wifi.ipv4.gateway"_qs,
            ConfigValidator::tr(
                "The gateway cannot be the module's own address; enter the router's address.") });
    } else if ((*gateway & *mask) != (*address & *mask)) {
        issues.append({ u"network.wifi.ipv4.gateway"_qs,
            ConfigValidator::tr(
                "The gateway %1 is outside the module's subnet %2/%3, so the module cannot reach it; "
                "check the address, the mask and the gateway.")
                .arg(ipv4.gateway, dotted(*address & *mask))
                .arg(*prefix) });
    }
}

void checkPassphrase(const WifiConfig& wifi, const ConfigLimits::Network& limits, Issues& issues)
{
    const QString path = u"network.wifi.passphrase"_qs;
    // Messages never quote the passphrase, nor anything derived from its characters.
    const QString& passphrase = wifi.passphrase;
    if (passphrase.isEmpty()) {
        if (!wifi.passphraseSet) {
            issues.append(
                { path, ConfigValidator::tr("Enter the Wi-Fi passphrase; the module has none stored.") });
        }
        return; // empty: keep the stored one
    }
    const bool rawKeyAllowed = wifi.security == WifiSecurity::Wpa2Psk;
    if (rawKeyAllowed && passphrase.size() == limits.wifiRawPskHexDigits) {
        if (!isHexDigits(passphrase, limits.wifiRawPskHexDigits)) {
            issues.append({ path,
                ConfigValidator::tr(
                    "A passphrase of %1 characters is taken as a raw key and must be %1 hex digits "
                    "(0-9, A-F); a passphrase has at most %2 characters.")
                    .arg(limits.wifiRawPskHexDigits)
                    .arg(number(limits.wifiPassphraseChars.max)) });
        }
        return;
    }
    if (!isPrintableAscii(passphrase)) {
        issues.append({ path,
            ConfigValidator::tr(
                "The Wi-Fi passphrase may only contain printable ASCII characters: letters without "
                "accents, digits, punctuation and spaces.") });
        return;
    }
    const Range& chars = limits.wifiPassphraseChars;
    if (static_cast<double>(passphrase.size()) < chars.min) {
        issues.append({ path,
            ConfigValidator::tr("The Wi-Fi passphrase has %1 characters; it needs at least %2.")
                .arg(passphrase.size())
                .arg(number(chars.min)) });
    } else if (static_cast<double>(passphrase.size()) > chars.max) {
        issues.append({ path,
            rawKeyAllowed
                ? ConfigValidator::tr("The Wi-Fi passphrase has %1 characters; at most %2 fit, or exactly "
                                      "%3 hex digits for a raw key.")
                      .arg(passphrase.size())
                      .arg(number(chars.max))
                      .arg(limits.wifiRawPskHexDigits)
                : ConfigValidator::tr("The Wi-Fi passphrase has %1 characters; at most %2 fit.")
                      .arg(passphrase.size())
                      .arg(number(chars.max)) });
    }
}

void checkWifi(const WifiConfig& wifi, const ConfigLimits::Network& limits, Issues& issues)
{
    const qsizetype ssidBytes = utf8Size(wifi.ssid);
    if (static_cast<double>(ssidBytes) < limits.wifiSsidBytes.min) {
        issues.append({ u"network.wifi.ssid"_qs, ConfigValidator::tr("Enter the Wi-Fi name (SSID).") });
    } else if (static_cast<double>(ssidBytes) > limits.wifiSsidBytes.max) {
        issues.append({ u"network.wifi.ssid"_qs,
            ConfigValidator::tr(
                "The Wi-Fi name is %1 bytes long; a Wi-Fi name has at most %2 bytes (letters with "
                "accents and symbols take 2 to 4 bytes).")
                .arg(ssidBytes)
                .arg(number(limits.wifiSsidBytes.max)) });
    }
    checkPassphrase(wifi, limits, issues);
    if (wifi.ipv4.mode == Ipv4Mode::Static)
        checkStaticIpv4(wifi.ipv4, issues);
}

void checkLorawan(const LorawanConfig& lorawan, const ConfigLimits::Network& limits, Issues& issues)
{
    const QString region = regionName(lorawan.region);
    if (limits.regionsWithSubBands.contains(lorawan.region)) {
        if (!limits.lorawanSubBand.contains(lorawan.subBand)) {
            issues.append({ u"network.lorawan.sub_band"_qs,
                ConfigValidator::tr("%1 has sub-bands %2 to %3; choose the one your gateways listen on.")
                    .arg(region, number(limits.lorawanSubBand.min), number(limits.lorawanSubBand.max)) });
        }
    } else if (lorawan.subBand != 0) {
        issues.append({ u"network.lorawan.sub_band"_qs,
            ConfigValidator::tr("%1 has no sub-bands; set the sub-band to 0.").arg(region) });
    }

    if (lorawan.devEui.isEmpty()) {
        issues.append({ u"network.lorawan.dev_eui"_qs,
            ConfigValidator::tr("Enter the DevEUI, %1 hex digits, as on the module's label.")
                .arg(limits.lorawanEuiHexDigits) });
    } else if (!isHexDigits(lorawan.devEui, limits.lorawanEuiHexDigits)) {
        issues.append({ u"network.lorawan.dev_eui"_qs,
            ConfigValidator::tr(
                "The DevEUI \"%1\" must be %2 hex digits (0-9, A-F), as on the module's label.")
                .arg(lorawan.devEui)
                .arg(limits.lorawanEuiHexDigits) });
    }
    if (lorawan.joinEui.isEmpty()) {
        issues.append({ u"network.lorawan.join_eui"_qs,
            ConfigValidator::tr("Enter the JoinEUI, %1 hex digits, as the network server shows it.")
                .arg(limits.lorawanEuiHexDigits) });
    } else if (!isHexDigits(lorawan.joinEui, limits.lorawanEuiHexDigits)) {
        issues.append({ u"network.lorawan.join_eui"_qs,
            ConfigValidator::tr(
                "The JoinEUI \"%1\" must be %2 hex digits (0-9, A-F), as the network server shows it.")
                .arg(lorawan.joinEui)
                .arg(limits.lorawanEuiHexDigits) });
    }
    if (lorawan.appKey.isEmpty()) {
        if (!lorawan.appKeySet) {
            issues.append({ u"network.lorawan.app_key"_qs,
                ConfigValidator::tr(
                    "Enter the AppKey from the network server; the module has none stored.") });
        }
    } else if (!isHexDigits(lorawan.appKey, limits.lorawanAppKeyHexDigits)) {
        issues.append({ u"network.lorawan.app_key"_qs,
            ConfigValidator::tr(
                "The AppKey must be %1 hex digits (0-9, A-F), as the network server shows it.")
                .arg(limits.lorawanAppKeyHexDigits) });
    }
}

void checkCellular(const CellularConfig& cellular, const ConfigLimits::Network& limits, Issues& issues)
{
    checkTextBytes(cellular.apn, limits.cellularApnBytes, u"network.cellular.apn"_qs,
        ConfigValidator::tr("Enter the APN (access point name) given by the SIM provider."), issues);
    checkTextLength(cellular.user, static_cast<qsizetype>(limits.cellularUserBytes.max),
        u"network.cellular.user"_qs, issues);
    if (static_cast<double>(utf8Size(cellular.password)) > limits.cellularPasswordBytes.max) {
        // No length: a message about a secret says nothing about it.
        issues.append({ u"network.cellular.password"_qs,
            ConfigValidator::tr("The APN password is too long; at most %1 bytes fit.")
                .arg(number(limits.cellularPasswordBytes.max)) });
    }
}

} // namespace

void checkNetwork(const NetworkConfig& network, const ConfigLimits::Network& limits,
    const FittedOptions& fitted, Issues& issues)
{
    if (network.wifi.enabled) {
        if (fitted.wifi)
            checkWifi(network.wifi, limits, issues);
        else
            issues.append({ u"network.wifi.enabled"_qs,
                ConfigValidator::tr("This module has no Wi-Fi; switch Wi-Fi off.") });
    }
    if (network.lorawan.enabled) {
        if (fitted.lorawan)
            checkLorawan(network.lorawan, limits, issues);
        else
            issues.append({ u"network.lorawan.enabled"_qs,
                ConfigValidator::tr("This module has no LoRaWAN radio; switch LoRaWAN off.") });
    }
    if (network.cellular.enabled) {
        if (fitted.cellular)
            checkCellular(network.cellular, limits, issues);
        else
            issues.append({ u"network.cellular.enabled"_qs,
                ConfigValidator::tr("This module has no cellular modem; switch cellular off.") });
    }
    if (!limits.uplinkIntervalS.contains(network.uplinkIntervalS)) {
        issues.append({ u"network.uplink_interval_s"_qs,
            ConfigValidator::tr("A report every %1 s is not possible; choose %2 to %3 s.")
                .arg(network.uplinkIntervalS)
                .arg(number(limits.uplinkIntervalS.min), number(limits.uplinkIntervalS.max)) });
    }
}

} // namespace iotpro::config::rules
