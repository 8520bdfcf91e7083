#pragma once

#include "Command.h"
#include "device/DeviceClient.h"

#include <QCoreApplication>

#include <memory>

namespace iotpro::cli {

/// `iotpro-cli --device ADDR trust list [--json]`, `trust add FILE.pub [--role configuration|factory]
/// [--label TEXT] [--yes]`, `trust remove KEYID|FINGERPRINT`: the module's trusted signer keys
/// (docs/security.md, section 5). Adding and removing work only while the module is in factory mode.
/// `add` shows the key's fingerprint and asks for confirmation on a terminal; without a terminal
/// it refuses unless --yes says the fingerprint was compared.
class TrustCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::TrustCommand)

public:
    QString name() const override { return u"trust"_qs; }
    QString summary() const override;
    QString positionalSyntax() const override { return u"list|add FILE.pub|remove KEYID"_qs; }
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    void list(CommandContext& context);
    void add(CommandContext& context);
    void remove(CommandContext& context);

    std::unique_ptr<DeviceClient> m_client;
};

} // namespace iotpro::cli
