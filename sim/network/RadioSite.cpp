#include "RadioSite.h"

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 ipv4(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return (a << 24) | (b << 16) | (c << 8) | d;
}

} // namespace

RadioSite demoRadioSite()
{
    RadioSite site;
    site.accessPoints = {
        { u"IoTPro-Site"_s, u"commission-me"_s, u"02:5A:17:3C:8E:01"_s, 6, -58, true, ipv4(192, 168, 50, 1),
            ipv4(192, 168, 50, 100) },
        // A neighbour's network: scans find it, nothing joins it.
        { u"Workshop-Guest"_s, u"guest-network-2024"_s, u"02:5A:17:9D:40:77"_s, 11, -74, true,
            ipv4(10, 20, 0, 1), ipv4(10, 20, 0, 50) },
    };
    site.lorawan.region = v1::LORAWAN_REGION_EU868;
    site.lorawan.gateways = { { -97, 6.5 }, { -109, -1.0 }, { -116, -6.0 } };
    site.lorawan.devices = { {
        QByteArray::fromHex("70B3D57ED005E3A1"),
        QByteArray::fromHex("70B3D57ED0000001"),
        QByteArray::fromHex("2B7E151628AED2A6ABF7158809CF4F3C"),
    } };
    site.cellular.operatorName = u"IoT Pro Demo Mobile"_s;
    site.cellular.cells = { { v1::CELLULAR_RAT_LTE_M, -94, -9.5 }, { v1::CELLULAR_RAT_NB_IOT, -101, -11.0 } };
    site.cellular.apn = u"iotpro.demo"_s;
    site.cellular.user = u"iotpro"_s;
    site.cellular.password = u"demo-apn-1"_s;
    site.sky = { true, 11, 9, 52.520008, 13.404954, 34.0 };
    return site;
}

QString ipv4Text(quint32 address)
{
    return u"%1.%2.%3.%4"_s.arg(address >> 24)
        .arg((address >> 16) & 0xFF)
        .arg((address >> 8) & 0xFF)
        .arg(address & 0xFF);
}

} // namespace iotpro::sim
