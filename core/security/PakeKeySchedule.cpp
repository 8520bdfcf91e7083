#include "PakeKeySchedule.h"

#include "Cpace.h"
#include "Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace iotpro::security::pake {

static_assert(TagSize == crypto_auth_hmacsha512_BYTES);
static_assert(sizeof SessionKeyContext - 1 == crypto_kdf_CONTEXTBYTES);
static_assert(SymmetricKey::Size == crypto_kdf_KEYBYTES);

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::security::Pake)
};

enum SubkeyId : quint64 { ToolToModule = 1, ModuleToTool = 2 };

bool isRemovedFromLabelCode(QChar c)
{
    return c.isSpace() || c.category() == QChar::Punctuation_Dash;
}

} // namespace

Result<QByteArray> passwordFromLabelCode(const QString& printedCode)
{
    // NFKC first, so full-width digits or a non-breaking space typed on some keyboards count as
    // the plain characters printed on the label.
    QString code = printedCode.normalized(QString::NormalizationForm_KC);
    code.removeIf(isRemovedFromLabelCode);
    if (code.isEmpty()) {
        return Errors::make(ErrorKind::SecurityCheckFailed,
            Text::tr("no pairing code given: type the code printed on the module label"));
    }
    return code.toUpper().toUtf8();
}

QByteArray channelIdentifier(const QString& moduleSerial)
{
    return QByteArrayLiteral("IoTPro") + moduleSerial.toUtf8();
}

QByteArray confirmationKey(QByteArrayView sessionId, QByteArrayView isk)
{
    ensureSodiumInitialized();
    crypto_hash_sha512_state state;
    crypto_hash_sha512_init(&state);
    crypto_hash_sha512_update(&state, reinterpret_cast<const unsigned char*>("CPaceMac"), 8);
    crypto_hash_sha512_update(&state, uchars(sessionId), ullSize(sessionId));
    crypto_hash_sha512_update(&state, uchars(isk), ullSize(isk));
    QByteArray key(crypto_hash_sha512_BYTES, Qt::Uninitialized);
    crypto_hash_sha512_final(&state, uchars(key));
    sodium_memzero(&state, sizeof state);
    return key;
}

QByteArray confirmationTag(QByteArrayView confirmationKey, QByteArrayView share, QByteArrayView ad)
{
    ensureSodiumInitialized();
    const QByteArray message = cpace::lvCat({ share, ad });
    crypto_auth_hmacsha512_state state;
    crypto_auth_hmacsha512_init(&state, uchars(confirmationKey), sizeOf(confirmationKey));
    crypto_auth_hmacsha512_update(&state, uchars(message), ullSize(message));
    QByteArray tag(TagSize, Qt::Uninitialized);
    crypto_auth_hmacsha512_final(&state, uchars(tag));
    sodium_memzero(&state, sizeof state);
    return tag;
}

SessionKeys sessionKeys(QByteArrayView isk, QByteArrayView sessionId)
{
    ensureSodiumInitialized();
    unsigned char master[crypto_kdf_KEYBYTES];
    crypto_generichash(master, sizeof master, uchars(isk), ullSize(isk), nullptr, 0);
    const auto derive = [&master](SubkeyId id) {
        return SymmetricKey::filledBy([&master, id](unsigned char* key) {
            crypto_kdf_derive_from_key(key, SymmetricKey::Size, id, SessionKeyContext, master);
        });
    };
    SessionKeys keys { derive(ToolToModule), derive(ModuleToTool), sessionId.toByteArray() };
    sodium_memzero(master, sizeof master);
    return keys;
}

} // namespace iotpro::security::pake
