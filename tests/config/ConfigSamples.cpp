#include "ConfigSamples.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

using namespace iotpro::config;

namespace samples {

DeviceConfig fullConfig()
{
    DeviceConfig config;
    config.installation = { u"Plant 2, Hall B"_qs, u"SD-2.1"_qs, u"Q14 Kälte – Chiller 1"_qs,
        InstallationPoint::ColdChainFeed, u"CTs behind the busbar cover.\nKey at the gate."_qs };

    MeteringConfig& metering = config.metering;
    metering.wiring = Wiring::ThreePhaseThreeWire;
    metering.nominalVoltageV = 400;
    metering.nominalFrequencyHz = 60;
    metering.ctInputs = { {
        { 250, CtSecondary::Current1A, CtDirection::TowardsSupply, 3, true },
        { 500, CtSecondary::Current5A, CtDirection::TowardsLoad, 1, false },
        { 2000, CtSecondary::Voltage333mV, CtDirection::TowardsSupply, 2, true },
    } };
    metering.demandPeriodS = 1800;
    metering.exportPossible = true;

    InputsConfig& inputs = config.inputs;
    inputs.digitalInputs[0] = { u"Door"_qs, DigitalInputMode::DryContact, { ContactType::NormallyClosed, 40 },
        { 2.5, u"kWh"_qs, 40 }, {} };
    inputs.digitalInputs[1] = { u"Water meter"_qs, DigitalInputMode::Pulse, { ContactType::NormallyOpen, 25 },
        { 0.5, u"m³"_qs, 50 }, {} };
    inputs.digitalInputs[2] = { u"Cold rooms"_qs, DigitalInputMode::Ds18b20,
        { ContactType::NormallyOpen, 20 }, { 1, u"Wh"_qs, 30 },
        { { { u"28FF4A1D931603D1"_qs, u"Kühlraum 1 Luft"_qs },
            { u"286164123c7c2f27"_qs, u"Cold room 2 air"_qs } } } };
    inputs.digitalInputs[3] = { u"Spare"_qs, DigitalInputMode::Off, { ContactType::NormallyClosed, 50 },
        { 100, u"L"_qs, 100 }, { { { u"28FF4A1D931603D1"_qs, u"kept while off"_qs } } } };
    inputs.analogInput = { true, u"Tank level"_qs, u"%"_qs, { 2, 0 }, { 10, 100 }, true, 10.5, true, 90 };

    NetworkConfig& network = config.network;
    network.wifi = { true, u"Werkstatt-Zähler"_qs, WifiSecurity::Wpa3Sae, u"correct horse battery"_qs, false,
        { Ipv4Mode::Static, u"192.168.10.20"_qs, u"255.255.255.0"_qs, u"192.168.10.1"_qs,
            u"192.168.10.2"_qs } };
    network.lorawan = { true, LorawanRegion::Us915, 2, LorawanClass::C, u"70B3D57ED0051234"_qs,
        u"70b3d57ed0000001"_qs, u"2B7E151628AED2A6ABF7158809CF4F3C"_qs, true, false };
    network.cellular = { true, u"iot.1nce.net"_qs, u"iot"_qs, u"apn-secret"_qs, true, CellularRat::NbIot };
    network.uplinkIntervalS = 300;

    config.gps = { true, 600 };
    return config;
}

FittedOptions allOptions()
{
    return { true, true, true, true };
}

bool jsonPathExists(const QJsonObject& json, const QString& path)
{
    static const QRegularExpression step(QStringLiteral("\\A([a-z0-9_]+)(?:\\[(\\d+)\\])?\\z"));
    QJsonValue value = json;
    for (const QString& part : path.split(u'.')) {
        const QRegularExpressionMatch match = step.match(part);
        if (!match.hasMatch() || !value.isObject())
            return false;
        value = value.toObject().value(match.captured(1));
        if (!match.captured(2).isEmpty()) {
            const qsizetype index = match.captured(2).toLongLong();
            if (!value.isArray() || index >= value.toArray().size())
                return false;
            value = value.toArray().at(index);
        }
        if (value.isUndefined())
            return false;
    }
    return true;
}

} // namespace samples
