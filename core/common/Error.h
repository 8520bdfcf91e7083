#pragma once

#include <QCoreApplication>
#include <QString>

namespace iotpro {

/// What went wrong, in categories a caller can act on. Each maps to one actionable message.
enum class ErrorKind {
    InvalidAddress,   ///< a device address that does not parse
    Unsupported,      ///< the link or feature is not available in this build or on this module
    OpenFailed,       ///< the port or socket could not be opened
    NotConnected,     ///< a request was made with no open link
    LinkLost,         ///< the link closed while requests were pending
    Timeout,          ///< no reply within the request's time limit
    NoModule,         ///< the link is open but nothing on it speaks the IoT Pro protocol
    ProtocolMismatch, ///< the module speaks no protocol version this tool speaks
    RemoteError,      ///< the module answered with an error reply
    BadReply,         ///< the module answered with something that is not the expected reply
    Cancelled,        ///< the caller gave up (disconnect while a request was pending)
    KeyFile,          ///< a key file is missing, unreadable, damaged, or not private to its owner
    KeyLocked,        ///< a private key is encrypted and its passphrase is missing or wrong
    SecurityCheckFailed, ///< a signature, a pairing code or sealed data did not verify
    InvalidConfiguration, ///< a configuration breaks a rule; the issues name the fields
    ModbusException,  ///< a Modbus device answered with an exception code (remoteCode)
    InvalidFile,      ///< a data file (test plan, register profile) cannot be read or used as it is
    WriteFailed,      ///< an output file (certificate, log) could not be written
    InvalidOption,    ///< a command-line option's value cannot be used
    NotTraceable,     ///< a reference standard without a valid calibration: results would not be traceable
    NotAdjustable,    ///< a module's measured errors are beyond what calibration constants may correct
};

/// A typed error: a short title for a status line and a detail that says what to do.
struct Error
{
    ErrorKind kind = ErrorKind::BadReply;
    QString title;
    QString detail;
    /// The module's error code when kind == RemoteError (iotpro.v1.ErrorCode), the Modbus
    /// exception code when kind == ModbusException, else 0.
    int remoteCode = 0;
    /// RemoteError about one field of a configuration: its path in the JSON form, e.g.
    /// "network.wifi.ssid", so a form can take the user to it. Empty otherwise.
    QString field {};
    /// RemoteError that passes with time (a pairing lock, a busy module): milliseconds until a new
    /// attempt can succeed; 0 when unknown or not applicable.
    qint64 retryAfterMs = 0;

    /// One line for logs and the CLI's stderr: "title: detail".
    QString toString() const;

    friend bool operator==(const Error&, const Error&) = default;
};

/// Translatable texts for errors raised by core; the context is "iotpro::Errors".
class Errors
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::Errors)

public:
    static Error make(ErrorKind kind, const QString& detail, int remoteCode = 0);
    static QString title(ErrorKind kind);
};

} // namespace iotpro
