#include "RemoteError.h"

#include <QCoreApplication>

namespace iotpro {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::RemoteError)
};

/// A wait for people: "45 s", "1 min", "2 min 5 s", "1 h 30 min"; rounded up, since retrying
/// early fails.
QString waitText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 60)
        return Texts::tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        return seconds % 60 == 0 ? Texts::tr("%1 min").arg(seconds / 60)
                                 : Texts::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    return Texts::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600 + 59) / 60);
}

QString orUnknown(const QString& text)
{
    return text.isEmpty() ? Texts::tr("(unknown)") : text;
}

QString signerText(const v1::ErrorReply& reply, const RemoteErrorContext& context)
{
    switch (reply.code()) {
    case v1::ERROR_CODE_UNKNOWN_SIGNER:
        return context.signerFingerprint.isEmpty()
            ? Texts::tr("The module does not trust the key this configuration was signed with: enrol it in "
                        "factory mode (iotpro-cli trust add) or sign with a key it trusts (iotpro-cli trust list).")
            : Texts::tr("The module does not trust key %1: enrol it in factory mode (iotpro-cli trust add) or "
                        "sign with a key it trusts (iotpro-cli trust list).")
                  .arg(context.signerFingerprint);
    case v1::ERROR_CODE_BAD_SIGNATURE:
        return Texts::tr("The configuration's signature does not verify with the key %1 the module trusts: "
                         "the configuration was altered after signing, or the key file is not the trusted key. "
                         "Sign it again with the right key.")
            .arg(orUnknown(context.signerFingerprint));
    case v1::ERROR_CODE_STALE_COUNTER:
        return context.counter == 0
            ? Texts::tr("The module already holds a newer configuration: this is a replay of an old one or a "
                        "rollback. Read the module's configuration again and apply a new one.")
            : Texts::tr("The module already holds a configuration with counter %1 or higher: this is a replay "
                        "of an old one or a rollback. Read the module's configuration again and apply a new one.")
                  .arg(context.counter);
    case v1::ERROR_CODE_WRONG_MODULE:
        return Texts::tr("This configuration was signed for module %1, but this module is %2: a configuration "
                         "cannot be copied to another module. Sign one for this module.")
            .arg(orUnknown(context.configSerial), orUnknown(context.moduleSerial));
    default:
        return {};
    }
}

QString configText(const v1::ErrorReply& reply)
{
    const QString field = QString::fromStdString(reply.field());
    switch (reply.code()) {
    case v1::ERROR_CODE_INVALID_CONFIG:
        return field.isEmpty()
            ? Texts::tr("The module refused the configuration as invalid; correct it and apply again.")
            : Texts::tr("The module refused the value of %1; correct that field and apply again.").arg(field);
    case v1::ERROR_CODE_OPTION_NOT_FITTED:
        return Texts::tr("The configuration uses an option this module does not have fitted (%1): switch it off "
                         "or use a module with that option.")
            .arg(orUnknown(field));
    case v1::ERROR_CODE_SECRET_REJECTED:
        return Texts::tr("The module could not open a sealed secret (Wi-Fi passphrase, LoRaWAN AppKey or APN "
                         "password): it was altered on the way or sealed for another pairing. Nothing was "
                         "changed; apply again.");
    case v1::ERROR_CODE_NOTHING_STAGED:
        return Texts::tr("The module has no staged configuration to commit (the link was reopened in between): "
                         "the active configuration is unchanged; apply again.");
    default:
        return {};
    }
}

QString pairingText(const v1::ErrorReply& reply)
{
    switch (reply.code()) {
    case v1::ERROR_CODE_PAIRING_REQUIRED:
        return Texts::tr("The module accepts a configuration only after pairing with its label code on this "
                         "link (a pairing ends when the link is reopened, and after 10 minutes): apply again.");
    case v1::ERROR_CODE_PAIRING_FAILED:
        return Texts::tr("Wrong label code: check the code printed on the module label and type it again.");
    case v1::ERROR_CODE_PAIRING_LOCKED:
        return reply.retry_after_ms() == 0
            ? Texts::tr("Too many wrong label codes: the module refuses pairing for a while. Wait, then check "
                        "the code printed on the module label.")
            : Texts::tr("Too many wrong label codes: the module refuses pairing for %1. Wait, then check the "
                        "code printed on the module label.")
                  .arg(waitText(qint64(reply.retry_after_ms())));
    default:
        return {};
    }
}

QString trustText(const v1::ErrorReply& reply, const RemoteErrorContext& context)
{
    switch (reply.code()) {
    case v1::ERROR_CODE_NOT_IN_FACTORY_MODE:
        return Texts::tr("The module's trusted keys can be changed only in factory mode, which takes a physical "
                         "action on the module (iotpro-sim --factory for the virtual module); they can always "
                         "be listed.");
    case v1::ERROR_CODE_LAST_SIGNER:
        return Texts::tr("Key %1 is the module's last configuration-signing key: without it the module could "
                         "never be configured again. Add the new key first, then remove this one.")
            .arg(orUnknown(context.keyFingerprint));
    case v1::ERROR_CODE_DUPLICATE_KEY:
        return Texts::tr("The module already trusts key %1; nothing was added.").arg(orUnknown(context.keyFingerprint));
    case v1::ERROR_CODE_TRUST_STORE_FULL:
        return Texts::tr("The module's trust store is full: remove a key it no longer needs first "
                         "(iotpro-cli trust remove).");
    case v1::ERROR_CODE_UNKNOWN_KEY:
        return Texts::tr("The module trusts no key %1: iotpro-cli trust list shows the keys it has.")
            .arg(orUnknown(context.keyFingerprint));
    default:
        return {};
    }
}

QString generalText(const v1::ErrorReply& reply)
{
    switch (reply.code()) {
    case v1::ERROR_CODE_UNKNOWN_REQUEST:
        return Texts::tr("The module's firmware does not know this request; update the firmware.");
    case v1::ERROR_CODE_MALFORMED_REQUEST:
        return Texts::tr("The module could not read the request.");
    case v1::ERROR_CODE_UNSUPPORTED_VERSION:
        return Texts::tr("The module does not speak this protocol version.");
    case v1::ERROR_CODE_BUSY:
        return reply.retry_after_ms() == 0
            ? Texts::tr("The module is busy; try again in a few seconds.")
            : Texts::tr("The module is busy; try again in %1.").arg(waitText(qint64(reply.retry_after_ms())));
    case v1::ERROR_CODE_INVALID_ARGUMENT:
        return Texts::tr("The module refused a value.");
    case v1::ERROR_CODE_INTERNAL:
        return Texts::tr("The module reported an internal fault; power-cycle it and retry.");
    default:
        return Texts::tr("The module reported error %1.").arg(reply.code());
    }
}

} // namespace

Error remoteError(const v1::ErrorReply& reply, const RemoteErrorContext& context)
{
    QString detail = signerText(reply, context);
    if (detail.isEmpty())
        detail = configText(reply);
    if (detail.isEmpty())
        detail = pairingText(reply);
    if (detail.isEmpty())
        detail = trustText(reply, context);
    if (detail.isEmpty())
        detail = generalText(reply);
    const QString moduleText = QString::fromStdString(reply.message());
    if (!moduleText.isEmpty())
        detail += u" (" + moduleText + u')';
    Error error = Errors::make(ErrorKind::RemoteError, detail, reply.code());
    error.field = QString::fromStdString(reply.field());
    error.retryAfterMs = qint64(std::min<quint64>(reply.retry_after_ms(), quint64(std::numeric_limits<qint64>::max())));
    return error;
}

} // namespace iotpro
