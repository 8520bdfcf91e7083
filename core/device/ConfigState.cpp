#include "ConfigState.h"

namespace iotpro {

QString secretFieldPath(SecretField field)
{
    switch (field) {
    case SecretField::WifiPassphrase:
        return u"network.wifi.passphrase"_qs;
    case SecretField::LorawanAppKey:
        return u"network.lorawan.app_key"_qs;
    case SecretField::CellularPassword:
        return u"network.cellular.password"_qs;
    }
    Q_UNREACHABLE();
}

} // namespace iotpro
