#include "ConfigWriter.h"

#include "OpeningReader.h"
#include "Reconnector.h"
#include "SecretSealing.h"
#include "config/ConfigHash.h"
#include "config/ConfigValidator.h"
#include "device/CheckRequests.h"
#include "device/ConfigRequests.h"
#include "device/DeviceClient.h"
#include "device/PairingRequest.h"
#include "iotpro.pb.h"

#include <QLoggingCategory>

namespace iotpro::commissioning {

Q_LOGGING_CATEGORY(lcConfigWriter, "iotpro.commissioning.writer", QtInfoMsg)

namespace {

/// The module's refusal of one field, as a validation issue the face can show at the field.
QList<config::ValidationIssue> fieldIssues(const Error& error)
{
    const bool aboutField = error.remoteCode == v1::ERROR_CODE_INVALID_CONFIG
        || error.remoteCode == v1::ERROR_CODE_OPTION_NOT_FITTED;
    if (!aboutField || error.field.isEmpty())
        return {};
    return { { error.field, error.detail } };
}

} // namespace

ConfigWriter::ConfigWriter(DeviceClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

ConfigWriter::~ConfigWriter() = default;

void ConfigWriter::start(ConfigWriteRequest request, security::SigningKey key)
{
    if (isRunning()) {
        qCWarning(lcConfigWriter) << "a configuration write is already running; the new one is ignored";
        return;
    }
    m_run = new QObject(this);
    m_request = std::move(request);
    m_key.emplace(std::move(key));
    m_before.reset();
    m_sessionKeys.reset();
    m_signed = {};
    m_signerPublicKey.clear();
    m_sealed.clear();
    m_result = {};
    m_info = m_client.deviceInfo().value_or(DeviceInfo {});
    readState();
}

void ConfigWriter::enter(WriteStep step)
{
    m_step = step;
    qCDebug(lcConfigWriter) << "step" << int(step);
    Q_EMIT stepStarted(step);
}

void ConfigWriter::readState()
{
    enter(WriteStep::ReadState);
    ConfigRequests(m_client).read(m_run, [this](Result<ConfigState> state) {
        if (!state)
            return failUnchanged(state.error());
        m_before = state.value();
        validate();
    });
}

void ConfigWriter::validate()
{
    enter(WriteStep::Validate);
    m_target = withModuleSecretFlags(m_request.config, m_before->config);
    const QList<config::ValidationIssue> issues = config::validate(m_target, m_info.options);
    if (!issues.isEmpty()) {
        return failUnchanged(Errors::make(ErrorKind::InvalidConfiguration,
                                 tr("%n field(s) of the configuration need correcting; nothing was written.", nullptr,
                                     int(issues.size()))),
            issues);
    }
    m_result.changes = config::diff(m_before->config, m_target);
    readOpening();
}

void ConfigWriter::readOpening()
{
    enter(WriteStep::OpeningReadings);
    auto* reader = new OpeningReader(m_client, m_run);
    connect(reader, &OpeningReader::done, m_run, [this](const OpeningReadings& readings) {
        m_result.opening = readings;
        Q_EMIT openingRead(readings);
        pair();
    });
    connect(reader, &OpeningReader::failed, m_run, [this](const Error& error) { failUnchanged(error); });
    reader->read();
}

void ConfigWriter::pair()
{
    enter(WriteStep::Pair);
    PairingRequest(m_client).pair(m_request.labelCode, m_run, [this](Result<security::pake::SessionKeys> keys) {
        if (!keys)
            return failUnchanged(keys.error());
        m_sessionKeys = keys.value();
        sign();
    });
}

void ConfigWriter::sign()
{
    enter(WriteStep::Sign);
    const PayloadHeader header { m_info.serialNumber, m_before->counter + 1, QDateTime::currentDateTimeUtc() };
    m_signed = signConfig(m_target, header, *m_key);
    m_signerPublicKey = m_key->publicKey().toBytes();
    m_key.reset(); // wiped: it is not needed again
    m_sealed = sealSecrets(m_target, m_signed.payloadSha256, m_sessionKeys->toolToModule);
    // The plaintext secrets are sealed now; keep no copy longer than needed.
    m_target = config::withoutSecrets(m_target);
    m_request.config = config::withoutSecrets(m_request.config);
    m_sessionKeys.reset();
    upload();
}

void ConfigWriter::upload()
{
    enter(WriteStep::Upload);
    const ConfigUpload upload { m_signed.payload, m_signed.signature, m_sealed };
    ConfigRequests(m_client).upload(upload, m_run, [this](Result<ConfigStaged> staged) {
        if (!staged) {
            if (isLinkProblem(staged.error()))
                return recover(staged.error());
            return failUnchanged(staged.error(), fieldIssues(staged.error()));
        }
        if (staged->payloadSha256 != m_signed.payloadSha256 || staged->counter != m_signed.counter) {
            return failUnchanged(Errors::make(ErrorKind::BadReply,
                tr("The module staged a configuration other than the one sent; it was not activated. "
                   "Apply again, and report this module if it happens again.")));
        }
        commit();
    });
}

void ConfigWriter::commit()
{
    enter(WriteStep::Commit);
    ConfigRequests(m_client).commit(m_signed.payloadSha256, m_run, [this](Result<ConfigState> state) {
        if (!state) {
            if (isLinkProblem(state.error()))
                return recover(state.error());
            return failUnchanged(state.error());
        }
        verify();
    });
}

void ConfigWriter::verify()
{
    enter(WriteStep::Verify);
    ConfigRequests(m_client).read(m_run, [this](Result<ConfigState> state) {
        if (!state) {
            if (isLinkProblem(state.error()))
                return recover(state.error());
            ConfigWriteFailure failure;
            failure.error = state.error();
            return fail(failure);
        }
        conclude(state.value(), std::nullopt);
    });
}

void ConfigWriter::recover(const Error& cause)
{
    qCInfo(lcConfigWriter) << "link lost during step" << int(m_step) << "- reconnecting";
    Q_EMIT reconnecting(m_step, cause);
    auto* reconnector = new Reconnector(m_client, m_run);
    connect(reconnector, &Reconnector::reconnected, m_run, [this, cause] {
        ConfigRequests(m_client).read(m_run, [this, cause](Result<ConfigState> state) {
            if (!state) {
                ConfigWriteFailure failure;
                failure.error = cause;
                failure.reconnected = true;
                return fail(failure);
            }
            conclude(state.value(), cause);
        });
    });
    connect(reconnector, &Reconnector::gaveUp, m_run, [this, cause] {
        ConfigWriteFailure failure;
        failure.error = cause;
        fail(failure);
    });
    reconnector->start(ReconnectWindow);
}

void ConfigWriter::conclude(const ConfigState& state, const std::optional<Error>& cause)
{
    const bool isNew = state.counter == m_signed.counter && state.payloadSha256 == m_signed.payloadSha256;
    if (isNew && state.config == m_signed.config)
        return succeed(state, cause.has_value());

    ConfigWriteFailure failure;
    failure.reconnected = cause.has_value();
    failure.activeCounter = state.counter;
    if (isNew) {
        failure.outcome = ModuleOutcome::NewActive;
        failure.error = Errors::make(ErrorKind::BadReply,
            tr("The module reports the new configuration's hash but different settings; read it with "
               "\"config get\" and apply again."));
    } else if (state.counter == m_before->counter && state.payloadSha256 == m_before->payloadSha256) {
        failure.outcome = ModuleOutcome::PreviousKept;
        failure.error = cause.value_or(Errors::make(ErrorKind::BadReply,
            tr("The module confirmed the commit but still reports the previous configuration.")));
    } else {
        failure.outcome = ModuleOutcome::Unknown;
        failure.error = cause.value_or(Errors::make(ErrorKind::BadReply,
            tr("The module reports a configuration (counter %1) that is neither the previous nor the new one: "
               "another tool may have written in between.")
                .arg(state.counter)));
    }
    fail(failure);
}

void ConfigWriter::succeed(const ConfigState& state, bool recovered)
{
    m_result.serialNumber = m_info.serialNumber;
    m_result.previousCounter = m_before->counter;
    m_result.counter = state.counter;
    m_result.slot = state.activeSlot;
    m_result.payloadSha256 = state.payloadSha256;
    m_result.configHash = config::configHash(state.config);
    m_result.signerFingerprint = m_signed.signerFingerprint;
    m_result.committedAt = state.committedAt;
    m_result.config = state.config;
    m_result.recoveredAfterLinkLoss = recovered;
    Q_EMIT written(m_result);
    if (m_request.runNetworkCheck)
        checkNetwork();
    else
        finish();
}

void ConfigWriter::checkNetwork()
{
    enter(WriteStep::NetworkCheck);
    CheckRequests(m_client).networkCheck(
        m_request.networkCheckTimeoutS, m_run, [this](Result<NetworkCheckReport> report) {
            if (report)
                Q_EMIT networkChecked(report.value());
            else
                Q_EMIT networkCheckFailed(report.error());
            finish();
        });
}

void ConfigWriter::failUnchanged(const Error& error, QList<config::ValidationIssue> issues)
{
    ConfigWriteFailure failure;
    failure.error = error;
    failure.issues = std::move(issues);
    failure.outcome = ModuleOutcome::PreviousKept;
    failure.activeCounter = m_before ? m_before->counter : m_info.configCounter;
    fail(failure);
}

void ConfigWriter::fail(ConfigWriteFailure failure)
{
    m_key.reset();
    m_sessionKeys.reset();
    failure.step = m_step;
    failure.previousCounter = m_before ? m_before->counter : m_info.configCounter;
    failure.newCounter = m_signed.counter;
    Q_EMIT failed(failure);
    finish();
}

void ConfigWriter::finish()
{
    // Now, not later: a reply that is still on its way finds no context and is dropped. (Qt copes
    // with a signal's sender, a helper owned by the run, being deleted by the slot it called.)
    delete std::exchange(m_run, nullptr);
    Q_EMIT finished();
}

} // namespace iotpro::commissioning
