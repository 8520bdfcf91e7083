#pragma once

#include "Command.h"
#include "ConfigApply.h"
#include "device/DeviceClient.h"

#include <QCoreApplication>

#include <memory>

namespace iotpro::cli {

/// `iotpro-cli --device ADDR config get [--json]`: the configuration the module runs; with
/// --json exactly its JSON form (every field, secrets empty), which `config apply` takes back.
/// `iotpro-cli --device ADDR config apply --file CONFIG.json --key KEYFILE --pop CODE
/// [--require-network] [--passphrase-file FILE]`: see ConfigApply.
class ConfigCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::ConfigCommand)

public:
    QString name() const override { return u"config"_qs; }
    QString summary() const override;
    QString positionalSyntax() const override { return u"get|apply"_qs; }
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    void get(CommandContext& context);

    std::unique_ptr<DeviceClient> m_client;
    std::unique_ptr<ConfigApply> m_apply;
};

} // namespace iotpro::cli
