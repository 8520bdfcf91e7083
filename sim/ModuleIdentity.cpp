#include "ModuleIdentity.h"

#include <QCryptographicHash>

#include <algorithm>

namespace iotpro::sim {

namespace {

constexpr auto kHardwareRevision = u"C";
constexpr auto kMeteringEngineModel = u"ME630";
constexpr auto kMeteringEngineFirmware = u"2.4.1";
// pid.codes, the vendor id for open hardware; the product id is the module's own.
constexpr quint16 kUsbVendorId = 0x1209;
constexpr quint16 kUsbProductId = 0x7A30;
constexpr auto kBleNamePrefix = u"IoTPro-";
constexpr qsizetype kMaxSerialNumberLength = 16;
constexpr qsizetype kBleAddressSize = 6;
// Bluetooth Core, Vol 6, Part B, 1.3.2.1: the two most significant bits of a static random
// address are 1.
constexpr quint8 kStaticRandomAddressMark = 0xC0;

bool isSerialNumberCharacter(QChar c)
{
    const char16_t code = c.unicode();
    return (code >= u'A' && code <= u'Z') || (code >= u'a' && code <= u'z') || (code >= u'0' && code <= u'9')
        || code == u'-';
}

} // namespace

std::optional<quint32> ProtocolRange::highestSharedWith(quint32 peerMin, quint32 peerMax) const
{
    const quint32 high = std::min(max, peerMax);
    const quint32 low = std::max(min, peerMin);
    if (peerMin > peerMax || low > high)
        return std::nullopt;
    return high;
}

bool isValidSerialNumber(const QString& serialNumber)
{
    return !serialNumber.isEmpty() && serialNumber.size() <= kMaxSerialNumberLength
        && std::all_of(serialNumber.cbegin(), serialNumber.cend(), isSerialNumberCharacter);
}

ModuleIdentity makeModuleIdentity(
    const QString& serialNumber, FittedOptions fittedOptions, ProtocolRange protocolVersions)
{
    ModuleIdentity identity;
    identity.serialNumber = serialNumber;
    identity.hardwareRevision = QString::fromUtf16(kHardwareRevision);
    identity.firmwareVersion = simFirmwareVersion();
    identity.protocolVersions = protocolVersions;
    identity.meteringEngineModel = QString::fromUtf16(kMeteringEngineModel);
    identity.meteringEngineFirmware = QString::fromUtf16(kMeteringEngineFirmware);
    identity.fittedOptions = fittedOptions;
    identity.usbVendorId = kUsbVendorId;
    identity.usbProductId = kUsbProductId;
    identity.bleAddress = bleStaticRandomAddress(serialNumber);
    identity.bleName = QString::fromUtf16(kBleNamePrefix) + serialNumber;
    return identity;
}

QString simFirmwareVersion()
{
    return QStringLiteral(IOTPRO_VERSION);
}

QString bleStaticRandomAddress(const QString& serialNumber)
{
    QByteArray address
        = QCryptographicHash::hash(serialNumber.toUtf8(), QCryptographicHash::Sha256).first(kBleAddressSize);
    address[0] = static_cast<char>(static_cast<quint8>(address.at(0)) | kStaticRandomAddressMark);
    return QString::fromLatin1(address.toHex(':').toUpper());
}

} // namespace iotpro::sim
