#pragma once

#include "ConfigWrite.h"
#include "SignedConfigBuilder.h"
#include "device/ConfigState.h"
#include "device/DeviceInfo.h"
#include "device/NetworkCheckReport.h"
#include "security/Keys.h"
#include "security/PakeKeySchedule.h"

#include <QObject>

#include <chrono>
#include <optional>

namespace iotpro {
class DeviceClient;
}

namespace iotpro::commissioning {

/// Writes a configuration to the connected module as one transaction (docs/security.md 3 to 7,
/// docs/protocol.md 4.7) and proves it by reading it back:
///
///     ReadState -> Validate -> OpeningReadings -> Pair -> Sign -> Upload -> Commit -> Verify [-> NetworkCheck]
///
/// Each step is announced (stepStarted) so a face can show progress. Nothing changes on the module
/// before Commit, and the module switches slots atomically, so it always has the previous
/// configuration or the new one, complete. If the link breaks after the upload began, the writer
/// reconnects (for up to ReconnectWindow) and reads back which one the module has: the new one,
/// verified, ends in written() like an uninterrupted write; otherwise failed() says which
/// configuration is active (ConfigWriteFailure::outcome). Upload and commit are never repeated by
/// the writer: the caller starts a new write, with a new counter, when it wants to try again.
///
/// The signing key is held only until the Sign step, then wiped; the new secrets of the
/// configuration only until they are sealed. finished() comes last, after written() (and the
/// network check) or failed().
class ConfigWriter : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds ReconnectWindow { 30 };

    explicit ConfigWriter(DeviceClient& client, QObject* parent = nullptr);
    ~ConfigWriter() override;

    bool isRunning() const { return m_run != nullptr; }

    /// The signed configuration of the last run (empty before its Sign step) and the public key
    /// that verifies it: what a commissioning record keeps (core/storage).
    const SignedConfig& lastSigned() const { return m_signed; }
    const QByteArray& lastSignerPublicKey() const { return m_signerPublicKey; }

    /// Starts a write on the connected module; ignored (with a warning) while one is running.
    void start(ConfigWriteRequest request, security::SigningKey key);

Q_SIGNALS:
    void stepStarted(iotpro::commissioning::WriteStep step);
    void openingRead(const iotpro::commissioning::OpeningReadings& readings);
    /// The link broke during `step`; the writer is reconnecting to find out what the module has.
    void reconnecting(iotpro::commissioning::WriteStep step, const iotpro::Error& cause);
    /// Committed and verified by reading back: the module runs exactly this configuration.
    void written(const iotpro::commissioning::ConfigWriteResult& result);
    void networkChecked(const iotpro::NetworkCheckReport& report);
    void networkCheckFailed(const iotpro::Error& error);
    void failed(const iotpro::commissioning::ConfigWriteFailure& failure);
    void finished();

private:
    void enter(WriteStep step);
    void readState();
    void validate();
    void readOpening();
    void pair();
    void sign();
    void upload();
    void commit();
    void verify();
    void checkNetwork();
    void recover(const Error& cause);
    void conclude(const ConfigState& state, const std::optional<Error>& cause);
    void succeed(const ConfigState& state, bool recovered);
    /// A failure before anything was staged: the previous configuration is certainly active.
    void failUnchanged(const Error& error, QList<config::ValidationIssue> issues = {});
    void fail(ConfigWriteFailure failure);
    void finish();

    DeviceClient& m_client;
    /// Context of the current run's callbacks and helpers; deleted when the run ends, so that a
    /// late reply of an old run is dropped.
    QObject* m_run = nullptr;
    WriteStep m_step = WriteStep::ReadState;
    ConfigWriteRequest m_request;
    std::optional<security::SigningKey> m_key;
    DeviceInfo m_info;
    std::optional<ConfigState> m_before;
    config::DeviceConfig m_target;
    std::optional<security::pake::SessionKeys> m_sessionKeys;
    SignedConfig m_signed;
    QByteArray m_signerPublicKey;
    QList<SealedSecret> m_sealed;
    ConfigWriteResult m_result;
};

} // namespace iotpro::commissioning
