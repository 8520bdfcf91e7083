#include "KeyFile.h"

#include "OwnerOnlyFile.h"
#include "PrivateKeyCodec.h"
#include "PublicKeyCodec.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <QFile>

namespace iotpro::security::keyfile {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::security::KeyFile)
};

} // namespace

Result<bool> isEncrypted(const QString& path)
{
    Result<QByteArray> file = owneronlyfile::read(path, privatekey::MaxFileSize);
    if (!file)
        return file.error();
    const bool encrypted = privatekey::isEncrypted(file.value());
    wipe(file.value());
    return encrypted;
}

Result<SigningKey> load(const QString& path, const QString& passphrase)
{
    Result<QByteArray> file = owneronlyfile::read(path, privatekey::MaxFileSize);
    if (!file)
        return file.error();
    Result<SigningKey> key = privatekey::decode(file.value(), passphrase, path);
    wipe(file.value());
    return key;
}

Result<PublicKey> publicKey(const QString& path)
{
    const QString publicPath = path + QStringLiteral(".pub");
    QFile file(publicPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Errors::make(ErrorKind::KeyFile,
            Text::tr("cannot read %1, the public key beside %2: %3").arg(publicPath, path, file.errorString()));
    }
    return publickey::decode(file.read(publickey::MaxFileSize + 1), publicPath);
}

Result<PublicKey> readPublicKeyFile(const QString& publicPath)
{
    QFile file(publicPath);
    if (!file.open(QIODevice::ReadOnly))
        return Errors::make(ErrorKind::KeyFile, Text::tr("cannot read %1: %2").arg(publicPath, file.errorString()));
    return publickey::decode(file.read(publickey::MaxFileSize + 1), publicPath);
}

} // namespace iotpro::security::keyfile
