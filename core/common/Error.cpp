#include "Error.h"

namespace iotpro {

QString Error::toString() const
{
    return detail.isEmpty() ? title : title + QStringLiteral(": ") + detail;
}

Error Errors::make(ErrorKind kind, const QString& detail, int remoteCode)
{
    return Error { kind, title(kind), detail, remoteCode };
}

QString Errors::title(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidAddress:
        return tr("Invalid device address");
    case ErrorKind::Unsupported:
        return tr("Not supported");
    case ErrorKind::OpenFailed:
        return tr("Cannot open the link");
    case ErrorKind::NotConnected:
        return tr("Not connected");
    case ErrorKind::LinkLost:
        return tr("Link lost");
    case ErrorKind::Timeout:
        return tr("No reply");
    case ErrorKind::NoModule:
        return tr("No IoT Pro module");
    case ErrorKind::ProtocolMismatch:
        return tr("Incompatible module");
    case ErrorKind::RemoteError:
        return tr("Module refused the request");
    case ErrorKind::BadReply:
        return tr("Unexpected reply");
    case ErrorKind::Cancelled:
        return tr("Cancelled");
    case ErrorKind::KeyFile:
        return tr("Key file problem");
    case ErrorKind::KeyLocked:
        return tr("Key is locked");
    case ErrorKind::SecurityCheckFailed:
        return tr("Security check failed");
    case ErrorKind::InvalidConfiguration:
        return tr("Invalid configuration");
    case ErrorKind::ModbusException:
        return tr("Modbus device refused the request");
    case ErrorKind::InvalidFile:
        return tr("Invalid file");
    case ErrorKind::WriteFailed:
        return tr("Cannot write the file");
    case ErrorKind::InvalidOption:
        return tr("Invalid option");
    case ErrorKind::NotTraceable:
        return tr("Reference not traceable");
    case ErrorKind::NotAdjustable:
        return tr("Module cannot be adjusted");
    }
    return {};
}

} // namespace iotpro
