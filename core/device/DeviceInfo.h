#pragma once

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace iotpro {

/// Who a module is, as it answered the Hello. A plain value; no protocol types leak out.
struct DeviceInfo
{
    struct Options
    {
        bool wifi = false;
        bool lorawan = false;
        bool cellular = false;
        bool gps = false;
        friend bool operator==(const Options&, const Options&) = default;
    };

    QString serialNumber;
    QString hardwareRevision;
    QString firmwareVersion;
    quint32 minProtocolVersion = 0;
    quint32 maxProtocolVersion = 0;
    QString meteringEngineModel;
    QString meteringEngineFirmware;
    Options options;
    quint64 configCounter = 0;
    QDateTime clock;          ///< the module's clock when it answered (UTC)
    QString timeZone;         ///< IANA name
    bool clockSynchronized = false;
    quint16 usbVendorId = 0;
    quint16 usbProductId = 0;
    QString bleAddress;
    QString bleName;
    quint32 maxPayloadSize = 0;
    quint64 uptimeMs = 0;
    /// The version this tool and the module agreed on.
    quint32 negotiatedProtocolVersion = 0;

    friend bool operator==(const DeviceInfo&, const DeviceInfo&) = default;
};

} // namespace iotpro
