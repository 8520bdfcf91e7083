#pragma once

#include "commissioning/ConfigWrite.h"
#include "common/Result.h"
#include "device/DeviceClient.h"
#include "device/NetworkCheckReport.h"
#include "security/Keys.h"
#include "storage/SessionRecord.h"

#include <QCommandLineOption>
#include <QDateTime>
#include <QCoreApplication>

#include <memory>
#include <optional>

namespace iotpro::commissioning {
class ConfigWriter;
}

namespace iotpro::cli {

struct CommandContext;

/// `config apply`: reads CONFIG.json and the signing key, then lets commissioning::ConfigWriter
/// write the configuration to the module as one verified transaction, and prints what it recorded
/// (opening energy and clock, changes, the verification, the network check). Exit 0 once the
/// configuration is committed and its readback hash matches, unless --require-network and the
/// network check failed; 1 with the reason on stderr otherwise (and what the module has now).
/// Never prompts; never prints a secret.
class ConfigApply
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::ConfigApply)

public:
    ConfigApply();
    ~ConfigApply();

    static QList<QCommandLineOption> options();

    void run(CommandContext& context);

private:
    Result<security::SigningKey> loadKey(const CommandContext& context) const;
    void connectWriter(CommandContext& context);
    void onFinished(CommandContext& context);
    /// Every apply, written or not, becomes a session of the job history.
    void recordSession(CommandContext& context) const;
    int exitCode(const CommandContext& context) const;
    void printFailure(CommandContext& context) const;

    std::unique_ptr<DeviceClient> m_client;
    std::unique_ptr<commissioning::ConfigWriter> m_writer;
    /// From the key file until the writer takes it at the start of the write.
    std::optional<security::SigningKey> m_key;
    std::optional<commissioning::ConfigWriteResult> m_result;
    std::optional<commissioning::ConfigWriteFailure> m_failure;
    std::optional<NetworkCheckReport> m_network;
    std::optional<Error> m_networkError;
    /// For the job history: when the command started and the configuration it meant to write
    /// (without secrets).
    QDateTime m_startedAt;
    config::DeviceConfig m_config;
    /// The safety checklist as --checklist gave it; none when it was not given.
    std::optional<QList<storage::ChecklistItem>> m_checklist;
};

} // namespace iotpro::cli
