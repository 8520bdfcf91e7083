#include "KeysCommand.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "KeygenCommand.h"
#include "security/KeyStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iotpro::cli {

namespace {

QCommandLineOption nameOption()
{
    return QCommandLineOption(u"name"_qs, KeysCommand::tr("import: the name of the key in the key store."),
        KeysCommand::tr("NAME"));
}

QCommandLineOption outOption()
{
    return QCommandLineOption(u"out"_qs, KeysCommand::tr("export: write the public key to FILE (a new file)."),
        KeysCommand::tr("FILE"));
}

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(u"passphrase-file"_qs,
        KeysCommand::tr("import: the passphrase of an encrypted key, on the first line of FILE (to check the key)."),
        KeysCommand::tr("FILE"));
}

QString keyIdOf(const security::PublicKey& key)
{
    return QString::fromLatin1(key.keyId().toBytes().toHex());
}

} // namespace

QString KeysCommand::summary() const
{
    return tr("List, import and export the signing keys of your key store (the desktop app's).");
}

QList<QCommandLineOption> KeysCommand::options() const
{
    return { nameOption(), outOption(), passphraseFileOption() };
}

void KeysCommand::run(CommandContext& context)
{
    const QString action = context.arguments.value(0);
    if (action == u"list" && context.arguments.size() == 1)
        return context.finish(list(context));
    if (action == u"import" && context.arguments.size() == 2)
        return context.finish(importKey(context));
    if (action == u"export" && context.arguments.size() == 2)
        return context.finish(exportKey(context));
    context.console.error(tr("keys needs one of: list, import FILE --name NAME, export NAME --out FILE.pub."));
    context.finish(ExitUsage);
}

int KeysCommand::list(CommandContext& context) const
{
    const security::KeyStore keys(security::KeyStore::defaultDirectory());
    QJsonArray rows;
    for (const QString& name : keys.names()) {
        const Result<security::PublicKey> key = keys.publicKey(name);
        const Result<bool> encrypted = keys.isEncrypted(name);
        if (!key || !encrypted) {
            context.console.error(!key ? key.error() : encrypted.error());
            return ExitFailure;
        }
        rows.append(QJsonObject { { u"name"_qs, name }, { u"encrypted"_qs, encrypted.value() },
            { u"key_id"_qs, keyIdOf(key.value()) }, { u"fingerprint"_qs, key.value().fingerprint() },
            { u"private_key"_qs, keys.privateKeyPath(name) } });
    }
    if (context.parser.isSet(GlobalOptions::json())) {
        context.console.json(QJsonDocument(QJsonObject { { u"directory"_qs, keys.directory() }, { u"keys"_qs, rows } }));
        return ExitOk;
    }
    if (rows.isEmpty())
        context.console.line(tr("No keys in %1. Create one with the desktop app or import one with "
                                "\"keys import FILE --name NAME\".")
                                 .arg(keys.directory()));
    for (const QJsonValue& row : std::as_const(rows)) {
        const QJsonObject key = row.toObject();
        context.console.line(tr("%1  %2  %3  %4")
                                 .arg(key[u"name"].toString(), key[u"fingerprint"].toString(),
                                     key[u"key_id"].toString(),
                                     key[u"encrypted"].toBool() ? tr("encrypted") : tr("not encrypted")));
    }
    return ExitOk;
}

int KeysCommand::importKey(CommandContext& context) const
{
    const QString name = context.parser.value(nameOption());
    if (name.isEmpty()) {
        context.console.error(tr("keys import needs --name NAME: the name the key gets in the key store."));
        return ExitUsage;
    }
    const Result<QString> passphrase = passphraseFromOption(context.parser, passphraseFileOption());
    if (!passphrase) {
        context.console.error(passphrase.error());
        return ExitFailure;
    }
    security::KeyStore keys(security::KeyStore::defaultDirectory());
    const Result<security::PublicKey> key = keys.import(context.arguments.at(1), name, passphrase.value());
    if (!key) {
        context.console.error(key.error());
        return ExitFailure;
    }
    context.console.line(tr("Imported %1 as %2").arg(context.arguments.at(1), keys.privateKeyPath(name)));
    context.console.line(tr("Key id       %1").arg(keyIdOf(key.value())));
    context.console.line(tr("Fingerprint  %1").arg(key.value().fingerprint()));
    return ExitOk;
}

int KeysCommand::exportKey(CommandContext& context) const
{
    const QString destination = context.parser.value(outOption());
    if (destination.isEmpty()) {
        context.console.error(tr("keys export needs --out FILE.pub: the file to write the public key to."));
        return ExitUsage;
    }
    const QFileInfo info(destination);
    if (info.exists() || info.isSymLink()) {
        context.console.error(
            tr("%1 already exists; keys export never replaces a file: choose another --out.").arg(destination));
        return ExitFailure;
    }
    const security::KeyStore keys(security::KeyStore::defaultDirectory());
    const QString name = context.arguments.at(1);
    const Result<security::PublicKey> key = keys.publicKey(name);
    if (!key) {
        context.console.error(key.error());
        return ExitFailure;
    }
    if (const Result<void> written = keys.exportPublic(name, destination); !written) {
        context.console.error(written.error());
        return ExitFailure;
    }
    context.console.line(tr("Public key   %1").arg(destination));
    context.console.line(tr("Fingerprint  %1").arg(key.value().fingerprint()));
    return ExitOk;
}

} // namespace iotpro::cli
