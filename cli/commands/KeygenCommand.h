#pragma once

#include "Command.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace iotpro::cli {

/// `iotpro-cli keygen --out FILE [--passphrase-file FILE] [--json]`: a new configuration signing
/// key, the private key in FILE (mode 0600; encrypted when a passphrase file is given) and its
/// public key line in FILE.pub (docs/security.md, section 4). Prints the key id and fingerprint.
/// Never prompts (it runs in scripts and on production lines) and never replaces a file.
class KeygenCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::KeygenCommand)

public:
    QString name() const override { return u"keygen"_qs; }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    int generate(CommandContext& context) const;
};

/// The passphrase in the first line of `path`, without its line end; refused when empty, since
/// an empty passphrase would leave the key unencrypted.
Result<QString> readPassphraseFile(const QString& path);

/// The passphrase of the file `option` names; empty when the option is not given.
Result<QString> passphraseFromOption(const QCommandLineParser& parser, const QCommandLineOption& option);

} // namespace iotpro::cli
