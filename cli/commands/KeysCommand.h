#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace iotpro::cli {

/// `iotpro-cli keys list [--json]`, `keys import FILE --name NAME [--passphrase-file FILE]`,
/// `keys export NAME --out FILE.pub`: the user's key store, the same one the desktop app signs
/// with (security::KeyStore::defaultDirectory(), docs/security.md section 4). `list` shows each
/// key's id and fingerprint (what a module's trust store and `trust list` show), `import` copies a
/// private key file in byte for byte, `export` writes the public key line for `trust add`.
class KeysCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::KeysCommand)

public:
    QString name() const override { return u"keys"_qs; }
    QString summary() const override;
    QString positionalSyntax() const override { return u"list|import FILE|export NAME"_qs; }
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    int list(CommandContext& context) const;
    int importKey(CommandContext& context) const;
    int exportKey(CommandContext& context) const;
};

} // namespace iotpro::cli
