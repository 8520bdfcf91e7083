#include "Seal.h"

#include "Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace iotpro::security::seal {

static_assert(NonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(TagSize == crypto_aead_xchacha20poly1305_ietf_ABYTES);
static_assert(SymmetricKey::Size == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::security::Seal)
};

} // namespace

QByteArray seal(const SymmetricKey& key, QByteArrayView associatedData, QByteArrayView plaintext)
{
    // 24 random bytes: nonces chosen at random never repeat in practice, with no counter to keep.
    QByteArray sealed = randomBytes(NonceSize);
    sealed.resize(NonceSize + plaintext.size() + TagSize);
    unsigned long long ciphertextSize = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(uchars(sealed) + NonceSize, &ciphertextSize, uchars(plaintext),
        ullSize(plaintext), uchars(associatedData), ullSize(associatedData), nullptr, uchars(sealed),
        key.data());
    Q_ASSERT(ciphertextSize == ullSize(plaintext) + TagSize);
    return sealed;
}

Result<QByteArray> open(const SymmetricKey& key, QByteArrayView associatedData, QByteArrayView sealed)
{
    ensureSodiumInitialized();
    if (sealed.size() >= Overhead) {
        const QByteArrayView ciphertext = sealed.sliced(NonceSize);
        QByteArray plaintext(ciphertext.size() - TagSize, Qt::Uninitialized);
        unsigned long long plaintextSize = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(uchars(plaintext), &plaintextSize, nullptr,
                uchars(ciphertext), ullSize(ciphertext), uchars(associatedData), ullSize(associatedData),
                uchars(sealed), key.data())
            == 0) {
            return plaintext;
        }
    }
    return Errors::make(ErrorKind::SecurityCheckFailed,
        Text::tr("sealed data failed authentication: it was altered, or sealed for another "
                 "session or another configuration"));
}

} // namespace iotpro::security::seal
