#include "KeygenCommand.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "security/Keys.h"
#include "security/KeyStore.h"
#include "security/PrivateKeyCodec.h"
#include "security/Sodium.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace iotpro::cli {

namespace {

/// No passphrase anyone types is longer; a bigger file is the wrong file.
constexpr qsizetype MaxPassphraseFileSize = 4096;

QCommandLineOption outOption()
{
    return QCommandLineOption(u"out"_qs,
        KeygenCommand::tr("Write the private key to FILE and the public key to FILE.pub (both new files)."),
        KeygenCommand::tr("FILE"));
}

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(u"passphrase-file"_qs,
        KeygenCommand::tr("Encrypt the private key with the passphrase on the first line of FILE."),
        KeygenCommand::tr("FILE"));
}

Error keyFileError(const QString& detail)
{
    return Errors::make(ErrorKind::KeyFile, detail);
}

} // namespace

Result<QString> readPassphraseFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyFileError(
            KeygenCommand::tr("cannot read the passphrase file %1: %2").arg(path, file.errorString()));
    QByteArray content = file.read(MaxPassphraseFileSize + 1);
    if (content.size() > MaxPassphraseFileSize) {
        security::wipe(content);
        return keyFileError(
            KeygenCommand::tr("the passphrase file %1 is larger than %2 bytes: is it the right file?")
                .arg(path)
                .arg(MaxPassphraseFileSize));
    }
    qsizetype lineEnd = content.indexOf('\n');
    if (lineEnd < 0)
        lineEnd = content.size();
    if (lineEnd > 0 && content.at(lineEnd - 1) == '\r') // written on Windows
        --lineEnd;
    const QString passphrase = QString::fromUtf8(content.first(lineEnd));
    security::wipe(content);
    if (passphrase.isEmpty()) {
        return keyFileError(
            KeygenCommand::tr("the first line of the passphrase file %1 is empty: write the passphrase "
                              "there (an empty one would leave the key unencrypted)")
                .arg(path));
    }
    return passphrase;
}

Result<QString> passphraseFromOption(const QCommandLineParser& parser, const QCommandLineOption& option)
{
    if (!parser.isSet(option))
        return QString();
    return readPassphraseFile(parser.value(option));
}

QString KeygenCommand::summary() const
{
    return tr("Create a configuration signing key: FILE (private) and FILE.pub (public).");
}

QList<QCommandLineOption> KeygenCommand::options() const
{
    return { outOption(), passphraseFileOption() };
}

void KeygenCommand::run(CommandContext& context)
{
    context.finish(generate(context));
}

int KeygenCommand::generate(CommandContext& context) const
{
    const QString privatePath = context.parser.value(outOption());
    if (privatePath.isEmpty()) {
        context.console.error(tr("keygen needs --out FILE: the file to write the private key to."));
        return ExitUsage;
    }
    const QString publicPath = privatePath + u".pub";
    // Both checked before anything is written, so a refusal leaves no half pair behind.
    for (const QString& path : { privatePath, publicPath }) {
        const QFileInfo info(path);
        if (info.exists() || info.isSymLink()) {
            context.console.error(tr("%1 already exists; keygen never replaces a file: choose another --out "
                                     "or move the file away.")
                                      .arg(path));
            return ExitFailure;
        }
    }

    const Result<QString> passphraseRead = passphraseFromOption(context.parser, passphraseFileOption());
    if (!passphraseRead) {
        context.console.error(passphraseRead.error());
        return ExitFailure;
    }
    const QString& passphrase = passphraseRead.value();

    const security::SigningKey key = security::SigningKey::generate();
    Result<QByteArray> privateFile = security::privatekey::encode(key, passphrase);
    if (!privateFile) {
        context.console.error(privateFile.error());
        return ExitFailure;
    }
    const security::PublicKey publicKey = key.publicKey();
    const Result<void> written = security::writeKeyPairFiles(privatePath, privateFile.value(), publicKey);
    security::wipe(privateFile.value());
    if (!written) {
        context.console.error(written.error());
        return ExitFailure;
    }

    const QString keyId = QString::fromLatin1(publicKey.keyId().toBytes().toHex());
    const bool encrypted = !passphrase.isEmpty();
    if (context.parser.isSet(GlobalOptions::json())) {
        context.console.json(QJsonDocument(QJsonObject {
            { u"private_key"_qs, privatePath },
            { u"public_key"_qs, publicPath },
            { u"encrypted"_qs, encrypted },
            { u"key_id"_qs, keyId },
            { u"fingerprint"_qs, publicKey.fingerprint() },
        }));
    } else {
        context.console.line(tr("Private key  %1 (%2)")
                                 .arg(privatePath,
                                     encrypted ? tr("encrypted with the passphrase")
                                               : tr("not encrypted: keep it on this computer only")));
        context.console.line(tr("Public key   %1").arg(publicPath));
        context.console.line(tr("Key id       %1").arg(keyId));
        context.console.line(tr("Fingerprint  %1").arg(publicKey.fingerprint()));
    }
    return ExitOk;
}

} // namespace iotpro::cli
