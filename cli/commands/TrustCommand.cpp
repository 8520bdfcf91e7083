#include "TrustCommand.h"

#include "ConfigOutput.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "ModuleConnection.h"
#include "commissioning/CommissioningJson.h"
#include "device/TrustRequests.h"
#include "security/KeyFile.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRegularExpression>

namespace iotpro::cli {

namespace {

QCommandLineOption roleOption()
{
    return QCommandLineOption(u"role"_qs,
        TrustCommand::tr("trust add: what the key may sign, configuration (default) or factory."),
        TrustCommand::tr("ROLE"), u"configuration"_qs);
}

QCommandLineOption labelOption()
{
    return QCommandLineOption(u"label"_qs,
        TrustCommand::tr("trust add: a name for the key in the trust store, e.g. whose laptop it is."),
        TrustCommand::tr("TEXT"));
}

QCommandLineOption yesOption()
{
    return QCommandLineOption(u"yes"_qs,
        TrustCommand::tr("trust add: the fingerprint was compared with the key owner's; do not ask."));
}

/// The trust store after a change, or the error, printed; ends the command.
DeviceClient::Callback<TrustStore> printStore(CommandContext& context)
{
    return [&context](Result<TrustStore> store) {
        if (!store) {
            context.console.error(store.error());
            return context.finish(ExitFailure);
        }
        if (context.parser.isSet(GlobalOptions::json())) {
            context.console.json(QJsonDocument(commissioning::toJson(store.value())));
        } else {
            for (const QString& line : ConfigOutput::trustStore(store.value()))
                context.console.line(line);
        }
        context.finish(ExitOk);
    };
}

} // namespace

QString TrustCommand::summary() const
{
    return tr("List the module's trusted signing keys; add or remove one (factory mode).");
}

QList<QCommandLineOption> TrustCommand::options() const
{
    return { roleOption(), labelOption(), yesOption() };
}

void TrustCommand::run(CommandContext& context)
{
    const QString action = context.arguments.value(0);
    if (action == u"list" && context.arguments.size() == 1)
        return list(context);
    if (action == u"add" && context.arguments.size() == 2)
        return add(context);
    // A fingerprint has blanks; quoted or not, its groups arrive as one or several arguments.
    if (action == u"remove" && context.arguments.size() >= 2)
        return remove(context);
    context.console.error(tr("trust needs one of: trust list, trust add FILE.pub, trust remove KEYID."));
    context.finish(ExitUsage);
}

void TrustCommand::list(CommandContext& context)
{
    m_client = std::make_unique<DeviceClient>();
    DeviceClient* client = m_client.get();
    connectToModule(context, *client,
        [&context, client](const DeviceInfo&) { TrustRequests(*client).list(client, printStore(context)); });
}

void TrustCommand::add(CommandContext& context)
{
    const QString role = context.parser.value(roleOption());
    if (role != u"configuration" && role != u"factory") {
        context.console.error(tr("--role is configuration or factory, not \"%1\".").arg(role));
        return context.finish(ExitUsage);
    }
    const QString path = context.arguments.at(1);
    const Result<security::PublicKey> key = security::keyfile::readPublicKeyFile(path);
    if (!key) {
        context.console.error(key.error());
        return context.finish(ExitFailure);
    }
    const bool confirmed = context.parser.isSet(yesOption());
    if (!confirmed && !context.console.isInteractive()) {
        context.console.error(tr("trust add asks to compare the fingerprint %1 with the one the key's owner gave "
                                 "you: run it on a terminal, or add --yes once you have compared it.")
                                  .arg(key->fingerprint()));
        return context.finish(ExitUsage);
    }
    m_client = std::make_unique<DeviceClient>();
    DeviceClient* client = m_client.get();
    const security::PublicKey publicKey = key.value();
    const TrustRole trustRole = role == u"factory" ? TrustRole::Factory : TrustRole::Configuration;
    connectToModule(context, *client, [&context, client, publicKey, trustRole, path, confirmed](const DeviceInfo& info) {
        context.console.err() << tr("Key          %1 (%2)\nFingerprint  %3\nModule       %4\n")
                                     .arg(QString::fromLatin1(publicKey.keyId().toBytes().toHex()), path,
                                         publicKey.fingerprint(), info.serialNumber);
        if (!confirmed) {
            const std::optional<bool> yes = context.console.confirm(
                tr("Trust this key as a %1 signer? Compare the fingerprint with the one its owner gave you. [y/N]")
                    .arg(commissioning::roleName(trustRole)));
            if (!yes.value_or(false)) {
                context.console.error(tr("nothing was added."));
                return context.finish(ExitFailure);
            }
        }
        TrustRequests(*client).add(
            publicKey, trustRole, context.parser.value(labelOption()), client, printStore(context));
    });
}

void TrustCommand::remove(CommandContext& context)
{
    // "7849ac3049680be1" and "7849 ac30 4968 0be1" name the same key.
    const QString id = context.arguments.mid(1).join(QString()).remove(QRegularExpression(u"\\s"_qs)).toLower();
    static const QRegularExpression hex16(u"\\A[0-9a-f]{16}\\z"_qs);
    const std::optional<security::KeyId> keyId
        = hex16.match(id).hasMatch() ? security::KeyId::fromBytes(QByteArray::fromHex(id.toLatin1())) : std::nullopt;
    if (!keyId) {
        context.console.error(tr("\"%1\" is not a key id: give its 16 hex digits, e.g. 7849ac3049680be1 or "
                                 "\"7849 ac30 4968 0be1\" (trust list shows them).")
                                  .arg(context.arguments.mid(1).join(u' ')));
        return context.finish(ExitUsage);
    }
    m_client = std::make_unique<DeviceClient>();
    DeviceClient* client = m_client.get();
    const security::KeyId removed = *keyId;
    connectToModule(context, *client, [&context, client, removed](const DeviceInfo&) {
        TrustRequests(*client).remove(removed, client, printStore(context));
    });
}

} // namespace iotpro::cli
