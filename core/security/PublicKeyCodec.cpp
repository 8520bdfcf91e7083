#include "PublicKeyCodec.h"

#include <QCoreApplication>
#include <QList>

namespace iotpro::security::publickey {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::security::PublicKeyCodec)
};

constexpr QByteArrayView KeyType = "iotpro-ed25519";

} // namespace

QByteArray encode(const PublicKey& key)
{
    return KeyType.toByteArray() + ' ' + key.toBytes().toBase64() + ' ' + key.fingerprint().toLatin1() + '\n';
}

Result<PublicKey> decode(QByteArrayView text, const QString& fileName)
{
    const QByteArray line = text.trimmed().toByteArray();
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (line.contains('\n') || fields.size() < 2 || fields.first() != KeyType) {
        return Errors::make(ErrorKind::KeyFile,
            Text::tr("%1 is not an IoT Pro public key (expected one line \"%2 KEY FINGERPRINT\")")
                .arg(fileName, QString::fromLatin1(KeyType)));
    }
    const auto decoded = QByteArray::fromBase64Encoding(fields[1], QByteArray::AbortOnBase64DecodingErrors);
    const std::optional<PublicKey> key = decoded ? PublicKey::fromBytes(*decoded) : std::nullopt;
    if (!key) {
        return Errors::make(
            ErrorKind::KeyFile, Text::tr("the key in %1 is not a valid Ed25519 public key").arg(fileName));
    }
    const QString fingerprint = QString::fromLatin1(fields.sliced(2).join(' '));
    if (!fingerprint.isEmpty() && fingerprint != key->fingerprint()) {
        return Errors::make(ErrorKind::KeyFile,
            Text::tr("the fingerprint in %1 (%2) does not match its key (%3): the file was "
                     "edited or damaged; ask its owner for a fresh copy")
                .arg(fileName, fingerprint, key->fingerprint()));
    }
    return *key;
}

} // namespace iotpro::security::publickey
