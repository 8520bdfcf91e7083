#include "SurroundingsOptions.h"

#include "MachineNumber.h"
#include "io/InputWiringChanges.h"
#include "network/RadioSiteChanges.h"

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

/// "-97:6.5,-109:-1": the gateways as --lorawan-gateways takes them.
QString gatewaysText(const QList<LorawanGateway>& gateways)
{
    QStringList items;
    for (const LorawanGateway& gateway : gateways)
        items.append(u"%1:%2"_s.arg(gateway.rssiDbm).arg(gateway.snrDb));
    return items.join(u',');
}

const RadioSite& demoSite()
{
    static const RadioSite site = demoRadioSite();
    return site;
}

} // namespace

SurroundingsOptions::SurroundingsOptions()
    : m_wifiSite(u"wifi-site"_s,
        tr("A Wi-Fi access point in range, SSID:PASSPHRASE; repeatable; replaces the demo site's (%1:%2).")
            .arg(demoSite().accessPoints.first().ssid, demoSite().accessPoints.first().passphrase),
        tr("ssid:passphrase"))
    , m_lorawanSite(u"lorawan-site"_s,
          tr("Region of the LoRaWAN gateways, and their sub-band for US915 and AU915, e.g. US915:2 "
             "(default EU868)."),
          tr("region[:sub-band]"))
    , m_lorawanGateways(u"lorawan-gateways"_s,
          tr("The LoRaWAN gateways hearing the module, RSSI_DBM:SNR_DB separated by commas (default %1).")
              .arg(gatewaysText(demoSite().lorawan.gateways)),
          tr("rssi:snr,..."))
    , m_lorawanDevice(u"lorawan-device"_s,
          tr("A device the LoRaWAN network server knows, DEVEUI:JOINEUI:APPKEY in hex; repeatable; "
             "replaces the demo device."),
          tr("deveui:joineui:appkey"))
    , m_cellularSite(u"cellular-site"_s,
          tr("The APN the operator accepts, and the user and password it checks (default %1:%2:%3).")
              .arg(demoSite().cellular.apn, demoSite().cellular.user, demoSite().cellular.password),
          tr("apn[:user:password]"))
    , m_gpsPosition(u"gps-position"_s,
          tr("Where the module is, LATITUDE:LONGITUDE:ALTITUDE_M (default %1:%2:%3).")
              .arg(demoSite().sky.latitudeDeg, 0, 'f', 6)
              .arg(demoSite().sky.longitudeDeg, 0, 'f', 6)
              .arg(demoSite().sky.altitudeM),
          tr("lat:lon:alt"))
    , m_radioFault(u"radio-fault"_s, tr("A radio fault; repeatable: %1.").arg(radioFaultList()), tr("fault"))
    , m_networkTimeScale(u"network-time-scale"_s,
          tr("Real time per simulated time of a network check, e.g. 0.05 for tests (default 1)."),
          tr("factor"))
    , m_input(u"input"_s,
          tr("What digital input N sees: N:open, N:closed or N:pulses:RATE_HZ[:WIDTH_MS], from the start "
             "or @SECONDS after it; repeatable."),
          tr("n:state[@s]"))
    , m_ds18b20(u"ds18b20"_s, tr("DS18B20 sensors on input N's bus, N:ROM[=CELSIUS],...; repeatable."),
          tr("n:rom[=c],..."))
    , m_warmSensor(u"warm-sensor"_s,
          tr("A hand holds the DS18B20 with this ROM code from START seconds after the start (until END); "
             "repeatable."),
          tr("rom@start[-end]"))
    , m_analog(u"analog"_s,
          tr("Voltage on the 0-30 V analog input, from the start or @SECONDS after it; repeatable "
             "(default 6)."),
          tr("volts[@s]"))
{ }

void SurroundingsOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({ m_wifiSite, m_lorawanSite, m_lorawanGateways, m_lorawanDevice, m_cellularSite,
        m_gpsPosition, m_radioFault, m_networkTimeScale, m_input, m_ds18b20, m_warmSensor, m_analog });
}

std::optional<QString> SurroundingsOptions::resolve(
    const QCommandLineParser& parser, RadioSite& site, InputWiring& wiring, double& networkTimeScale) const
{
    if (parser.isSet(m_networkTimeScale)) {
        const QString text = parser.value(m_networkTimeScale);
        const std::optional<double> scale = machineNumberWithin(text, 0.0, kMaxNetworkTimeScale);
        if (!scale || *scale == 0.0)
            return tr("--network-time-scale takes a factor above 0 and at most %1, not \"%2\".")
                .arg(kMaxNetworkTimeScale)
                .arg(text);
        networkTimeScale = *scale;
    }
    const RadioSiteChanges radio { parser.values(m_wifiSite), parser.value(m_lorawanSite),
        parser.value(m_lorawanGateways), parser.values(m_lorawanDevice), parser.value(m_cellularSite),
        parser.value(m_gpsPosition), parser.values(m_radioFault) };
    if (std::optional<QString> error = applyRadioSiteChanges(site, radio))
        return error;
    const InputWiringChanges inputs { parser.values(m_input), parser.values(m_ds18b20),
        parser.values(m_warmSensor), parser.values(m_analog) };
    return applyInputWiringChanges(wiring, inputs);
}

} // namespace iotpro::sim
