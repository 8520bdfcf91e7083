#pragma once

#include "common/Result.h"
#include "security/Keys.h"

#include <QCoreApplication>
#include <QString>

namespace iotpro::cli {

/// Loads the signing key a command was given (`config apply --key`, `calibrate --factory-key`).
class SigningKeyLoading
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::SigningKeyLoading)

public:
    /// The key in `keyPath`; its passphrase, when it is encrypted, on the first line of
    /// `passphrasePath` (empty: none given). The CLI never prompts: a locked key's error says so.
    static Result<security::SigningKey> load(const QString& keyPath, const QString& passphrasePath);
};

} // namespace iotpro::cli
