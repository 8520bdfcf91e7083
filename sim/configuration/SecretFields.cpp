#include "SecretFields.h"

namespace iotpro::sim {

using namespace Qt::StringLiterals;

const std::array<SecretFieldInfo, 3>& secretFields()
{
    static const std::array<SecretFieldInfo, 3> fields { {
        { v1::SECRET_FIELD_WIFI_PASSPHRASE, "network.wifi.passphrase"_L1, "Wi-Fi passphrase"_L1,
            [](const v1::DeviceConfig& c) -> const std::string& { return c.network().wifi().passphrase(); },
            [](const v1::DeviceConfig& c) { return c.network().wifi().passphrase_set(); },
            [](const v1::DeviceConfig& c) { return c.network().wifi().enabled(); } },
        { v1::SECRET_FIELD_LORAWAN_APP_KEY, "network.lorawan.app_key"_L1, "LoRaWAN AppKey"_L1,
            [](const v1::DeviceConfig& c) -> const std::string& { return c.network().lorawan().app_key(); },
            [](const v1::DeviceConfig& c) { return c.network().lorawan().app_key_set(); },
            [](const v1::DeviceConfig& c) { return c.network().lorawan().enabled(); } },
        { v1::SECRET_FIELD_CELLULAR_PASSWORD, "network.cellular.password"_L1, "APN password"_L1,
            [](const v1::DeviceConfig& c) -> const std::string& { return c.network().cellular().password(); },
            [](const v1::DeviceConfig& c) { return c.network().cellular().password_set(); },
            [](const v1::DeviceConfig& c) { return c.network().cellular().enabled(); } },
    } };
    return fields;
}

const SecretFieldInfo* secretFieldInfo(int field)
{
    for (const SecretFieldInfo& info : secretFields()) {
        if (info.field == field)
            return &info;
    }
    return nullptr;
}

} // namespace iotpro::sim
