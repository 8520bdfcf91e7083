#include "RadioSiteChanges.h"

#include "MachineNumber.h"

#include <QCoreApplication>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::sim::RadioSiteChanges)
};

struct RadioFault
{
    const char16_t* name;
    std::function<void(RadioSite&)> apply;
};

const RadioFault kRadioFaults[] = {
    { u"wifi:no_ap", [](RadioSite& site) { site.accessPoints.clear(); } },
    { u"wifi:dhcp_timeout",
        [](RadioSite& site) {
            for (WifiAccessPoint& ap : site.accessPoints)
                ap.dhcpServerUp = false;
        } },
    { u"lorawan:no_coverage", [](RadioSite& site) { site.lorawan.gateways.clear(); } },
    { u"lorawan:no_link_check", [](RadioSite& site) { site.lorawan.answersLinkCheck = false; } },
    { u"cellular:no_sim", [](RadioSite& site) { site.cellular.simInserted = false; } },
    { u"cellular:sim_pin", [](RadioSite& site) { site.cellular.simPinLocked = true; } },
    { u"cellular:no_signal", [](RadioSite& site) { site.cellular.cells.clear(); } },
    { u"cellular:denied", [](RadioSite& site) { site.cellular.registrationDenied = true; } },
    { u"gps:no_fix",
        [](RadioSite& site) {
            site.sky.satellitesInView = 3;
            site.sky.satellitesUsable = 2;
        } },
    { u"gps:no_satellites",
        [](RadioSite& site) {
            site.sky.satellitesInView = 0;
            site.sky.satellitesUsable = 0;
        } },
    { u"gps:antenna", [](RadioSite& site) { site.sky.antennaConnected = false; } },
};

// Further access points given on the command line, after the first, on other channels and a little weaker.
constexpr quint32 kChannels[] = { 6, 1, 11 };
constexpr int kFirstRssiDbm = -58;
constexpr int kRssiStepDbm = -7;
constexpr quint32 kSiteGatewayBase = 0xC0A83201; // 192.168.50.1, then .51.1, …
constexpr quint32 kFirstLeaseHost = 100;
constexpr int kMinPassphraseChars = 8;
constexpr int kMaxPassphraseChars = 63;
constexpr qsizetype kMaxSsidBytes = 32;

struct RegionName
{
    const char16_t* name;
    v1::LorawanRegion region;
};
constexpr RegionName kRegions[] = {
    { u"EU868", v1::LORAWAN_REGION_EU868 },
    { u"US915", v1::LORAWAN_REGION_US915 },
    { u"AU915", v1::LORAWAN_REGION_AU915 },
    { u"AS923-1", v1::LORAWAN_REGION_AS923_1 },
    { u"AS923-2", v1::LORAWAN_REGION_AS923_2 },
    { u"AS923-3", v1::LORAWAN_REGION_AS923_3 },
    { u"AS923-4", v1::LORAWAN_REGION_AS923_4 },
    { u"IN865", v1::LORAWAN_REGION_IN865 },
    { u"KR920", v1::LORAWAN_REGION_KR920 },
};
constexpr quint32 kMaxSubBand = 8;
constexpr qsizetype kEuiHexDigits = 16;
constexpr qsizetype kAppKeyHexDigits = 32;
constexpr qsizetype kMaxApnBytes = 100;

bool isPrintableAscii(const QString& text)
{
    return std::all_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7E; });
}

std::optional<QString> setAccessPoints(RadioSite& site, const QStringList& options)
{
    QList<WifiAccessPoint> accessPoints;
    for (const QString& option : options) {
        const QString ssid = option.section(u':', 0, 0);
        const QString passphrase = option.section(u':', 1);
        if (!option.contains(u':') || ssid.isEmpty() || ssid.toUtf8().size() > kMaxSsidBytes
            || passphrase.size() < kMinPassphraseChars || passphrase.size() > kMaxPassphraseChars
            || !isPrintableAscii(passphrase))
            return Texts::tr(
                "--wifi-site takes SSID:PASSPHRASE, an SSID of 1 to %1 bytes and a passphrase of %2 to "
                "%3 printable ASCII characters, not \"%4\".")
                .arg(kMaxSsidBytes)
                .arg(kMinPassphraseChars)
                .arg(kMaxPassphraseChars)
                .arg(option);
        const auto index = static_cast<quint32>(accessPoints.size());
        const quint32 gateway = kSiteGatewayBase + (index << 8);
        accessPoints.append({ ssid, passphrase,
            u"02:5A:17:3C:8E:%1"_s.arg(index + 1, 2, 16, QChar(u'0')).toUpper(),
            kChannels[index % std::size(kChannels)], kFirstRssiDbm + kRssiStepDbm * static_cast<int>(index),
            true, gateway, gateway - 1 + kFirstLeaseHost });
    }
    site.accessPoints = accessPoints;
    return std::nullopt;
}

std::optional<QString> setLorawanSite(LorawanNetwork& network, const QString& option)
{
    const QString regionName = option.section(u':', 0, 0);
    const auto region = std::find_if(std::begin(kRegions), std::end(kRegions), [&](const RegionName& r) {
        return regionName.compare(QStringView(r.name), Qt::CaseInsensitive) == 0;
    });
    const bool hasSubBands = region != std::end(kRegions)
        && (region->region == v1::LORAWAN_REGION_US915 || region->region == v1::LORAWAN_REGION_AU915);
    bool ok = option.contains(u':') == hasSubBands;
    const quint32 subBand = hasSubBands ? option.section(u':', 1).toUInt(&ok) : 0;
    if (region == std::end(kRegions) || !ok || (hasSubBands && (subBand < 1 || subBand > kMaxSubBand)))
        return Texts::tr(
            "--lorawan-site takes a region (EU868, US915, AU915, AS923-1 to AS923-4, IN865, KR920), "
            "with :SUB_BAND 1 to 8 for US915 and AU915 only; not \"%1\".")
            .arg(option);
    network.region = region->region;
    network.subBand = subBand;
    return std::nullopt;
}

std::optional<QString> setGateways(LorawanNetwork& network, const QString& option)
{
    QList<LorawanGateway> gateways;
    for (const QString& item : option.split(u',')) {
        const std::optional<double> rssi = machineNumberWithin(item.section(u':', 0, 0), -150.0, 0.0);
        const std::optional<double> snr = machineNumberWithin(item.section(u':', 1), -30.0, 20.0);
        if (item.count(u':') != 1 || !rssi || !snr)
            return Texts::tr("--lorawan-gateways takes RSSI_DBM:SNR_DB for each gateway, separated by commas "
                             "(RSSI -150 to 0, SNR -30 to 20), not \"%1\".")
                .arg(option);
        gateways.append({ static_cast<int>(std::lround(*rssi)), *snr });
    }
    network.gateways = gateways;
    return std::nullopt;
}

bool isHex(const QString& text, qsizetype digits)
{
    return text.size() == digits
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return std::isxdigit(c.toLatin1()) != 0; });
}

std::optional<QString> setDevices(LorawanNetwork& network, const QStringList& options)
{
    QList<LorawanDevice> devices;
    for (const QString& option : options) {
        const QStringList parts = option.split(u':');
        if (parts.size() != 3 || !isHex(parts.at(0), kEuiHexDigits) || !isHex(parts.at(1), kEuiHexDigits)
            || !isHex(parts.at(2), kAppKeyHexDigits))
            return Texts::tr(
                "--lorawan-device takes DEVEUI:JOINEUI:APPKEY, 16, 16 and 32 hex digits, not \"%1\".")
                .arg(option);
        devices.append({ QByteArray::fromHex(parts.at(0).toLatin1()),
            QByteArray::fromHex(parts.at(1).toLatin1()), QByteArray::fromHex(parts.at(2).toLatin1()) });
    }
    network.devices = devices;
    return std::nullopt;
}

std::optional<QString> setCellularSite(CellularNetwork& network, const QString& option)
{
    const QStringList parts = option.split(u':');
    const QString apn = parts.first();
    const bool withCredentials = parts.size() >= 3;
    if (apn.isEmpty() || apn.toUtf8().size() > kMaxApnBytes || parts.size() == 2)
        return Texts::tr(
            "--cellular-site takes APN or APN:USER:PASSWORD, an APN of 1 to %1 bytes, not \"%2\".")
            .arg(kMaxApnBytes)
            .arg(option);
    network.apn = apn;
    network.user = withCredentials ? parts.at(1) : QString();
    network.password = withCredentials ? option.section(u':', 2) : QString();
    return std::nullopt;
}

std::optional<QString> setGpsPosition(GnssSky& sky, const QString& option)
{
    const QStringList parts = option.split(u':');
    const std::optional<double> latitude
        = parts.size() == 3 ? machineNumberWithin(parts.at(0), -90.0, 90.0) : std::nullopt;
    const std::optional<double> longitude
        = parts.size() == 3 ? machineNumberWithin(parts.at(1), -180.0, 180.0) : std::nullopt;
    const std::optional<double> altitude
        = parts.size() == 3 ? machineNumberWithin(parts.at(2), -500.0, 9000.0) : std::nullopt;
    if (!latitude || !longitude || !altitude)
        return Texts::tr("--gps-position takes LATITUDE:LONGITUDE:ALTITUDE_M in degrees and metres, e.g. "
                         "48.1374:11.5755:519, not \"%1\".")
            .arg(option);
    sky.latitudeDeg = *latitude;
    sky.longitudeDeg = *longitude;
    sky.altitudeM = *altitude;
    return std::nullopt;
}

} // namespace

QString radioFaultList()
{
    QStringList names;
    for (const RadioFault& fault : kRadioFaults)
        names.append(QString::fromUtf16(fault.name));
    return names.join(u", "_s);
}

std::optional<QString> applyRadioSiteChanges(RadioSite& site, const RadioSiteChanges& changes)
{
    // On a copy, so that a refused option leaves the site as it was.
    RadioSite changed = site;
    std::optional<QString> error;
    if (!changes.wifiSites.isEmpty())
        error = setAccessPoints(changed, changes.wifiSites);
    if (!error && !changes.lorawanSite.isEmpty())
        error = setLorawanSite(changed.lorawan, changes.lorawanSite);
    if (!error && !changes.lorawanGateways.isEmpty())
        error = setGateways(changed.lorawan, changes.lorawanGateways);
    if (!error && !changes.lorawanDevices.isEmpty())
        error = setDevices(changed.lorawan, changes.lorawanDevices);
    if (!error && !changes.cellularSite.isEmpty())
        error = setCellularSite(changed.cellular, changes.cellularSite);
    if (!error && !changes.gpsPosition.isEmpty())
        error = setGpsPosition(changed.sky, changes.gpsPosition);
    for (qsizetype i = 0; !error && i < changes.faults.size(); ++i) {
        const QString& name = changes.faults.at(i);
        const auto fault = std::find_if(std::begin(kRadioFaults), std::end(kRadioFaults),
            [&](const RadioFault& f) { return name == QStringView(f.name); });
        if (fault == std::end(kRadioFaults))
            error = Texts::tr("--radio-fault takes one of %1, not \"%2\".").arg(radioFaultList(), name);
        else
            fault->apply(changed);
    }
    if (error)
        return error;
    site = changed;
    return std::nullopt;
}

} // namespace iotpro::sim
