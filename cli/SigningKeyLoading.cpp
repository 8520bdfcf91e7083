#include "SigningKeyLoading.h"

#include "commands/KeygenCommand.h"
#include "security/KeyFile.h"

namespace iotpro::cli {

Result<security::SigningKey> SigningKeyLoading::load(const QString& keyPath, const QString& passphrasePath)
{
    QString passphrase;
    if (!passphrasePath.isEmpty()) {
        const Result<QString> read = readPassphraseFile(passphrasePath);
        if (!read)
            return read.error();
        passphrase = read.value();
    }
    Result<security::SigningKey> key = security::keyfile::load(keyPath, passphrase);
    if (!key && key.error().kind == ErrorKind::KeyLocked && passphrase.isEmpty()) {
        Error error = key.error();
        error.detail += tr(" (with --passphrase-file FILE; this command never prompts)");
        return error;
    }
    return key;
}

} // namespace iotpro::cli
