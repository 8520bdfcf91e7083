#include "ConfigRequests.h"

#include "ProtoBytes.h"
#include "configuration/ConfigApplier.h"
#include "configuration/ConfigStore.h"
#include "configuration/UploadVerifier.h"

#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcConfigWrite, "iotpro.sim.config.write", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

v1::ConfigState toConfigState(const ActiveConfig& active)
{
    v1::ConfigState state;
    *state.mutable_config() = active.config;
    state.set_counter(active.counter);
    if (active.slot != ConfigStore::kFactorySlot) {
        setBytes(state.mutable_signed_config()->mutable_payload(), active.payload);
        setBytes(state.mutable_signed_config()->mutable_signature(), active.signature);
        setBytes(state.mutable_payload_sha256(), active.payloadSha256);
    }
    state.set_active_slot(active.slot);
    state.set_committed_unix_ms(active.committedUnixMs);
    return state;
}

RequestError storageFailure(const QString& detail)
{
    qCWarning(lcConfigWrite) << detail;
    return { v1::ERROR_CODE_INTERNAL, u"the configuration memory could not be written"_s };
}

} // namespace

ConfigRequests::ConfigRequests(ConfigStore& store, const UploadVerifier& verifier, ConfigApplier& applier,
    const ModuleClock& clock, const KillSwitch& killSwitch)
    : m_store(store)
    , m_verifier(verifier)
    , m_applier(applier)
    , m_clock(clock)
    , m_killSwitch(killSwitch)
{ }

QList<v1::Envelope::BodyCase> ConfigRequests::bodies() const
{
    return { v1::Envelope::kConfigGet, v1::Envelope::kConfigUpload, v1::Envelope::kConfigCommit };
}

HandlerReply ConfigRequests::handle(const v1::Envelope& request, LinkState& link)
{
    if (request.has_config_upload())
        return upload(request, link);
    if (request.has_config_commit())
        return commit(request, link);
    return configState(request);
}

v1::Envelope ConfigRequests::configState(const v1::Envelope& request) const
{
    v1::Envelope reply = replyEnvelopeFor(request);
    *reply.mutable_config_state() = toConfigState(m_store.active());
    return reply;
}

v1::Envelope ConfigRequests::upload(const v1::Envelope& request, LinkState& link)
{
    m_killSwitch.reach(KillPoint::UploadReceived);
    const bool paired = link.pairing && link.pairing->isValidAt(m_clock.uptimeMs());
    std::variant<VerifiedUpload, RequestError> verified = m_verifier.verify(
        request.config_upload(), paired ? &link.pairing->keys : nullptr, m_store.active());
    if (const RequestError* refused = std::get_if<RequestError>(&verified)) {
        qCDebug(lcConfigWrite) << "upload refused:" << refused->message << refused->field;
        return withError(replyEnvelopeFor(request), *refused);
    }
    const VerifiedUpload& upload = std::get<VerifiedUpload>(verified);

    const quint32 slot = m_store.inactiveSlot();
    if (!m_store.writeSlot(slot, upload.contents))
        return withError(replyEnvelopeFor(request), storageFailure(m_store.errorString()));
    m_killSwitch.reach(KillPoint::SlotWritten);
    link.staged = StagedConfig { upload.payloadSha256, upload.counter, slot };
    qCDebug(lcConfigWrite) << "staged counter" << upload.counter << "in slot" << slot;

    v1::Envelope reply = replyEnvelopeFor(request);
    v1::ConfigStaged& staged = *reply.mutable_config_staged();
    setBytes(staged.mutable_payload_sha256(), upload.payloadSha256);
    staged.set_counter(upload.counter);
    staged.set_slot(slot);
    return reply;
}

v1::Envelope ConfigRequests::commit(const v1::Envelope& request, LinkState& link)
{
    const std::string& requested = request.config_commit().payload_sha256();
    const bool matches = link.staged
        && QByteArray(requested.data(), static_cast<qsizetype>(requested.size()))
            == link.staged->payloadSha256;
    // Another link may have written the inactive slot since, or committed it: the slot must still
    // be inactive and hold exactly what this link staged.
    const std::optional<SlotContents> contents = matches && link.staged->slot != m_store.active().slot
        ? m_store.readSlot(link.staged->slot)
        : std::nullopt;
    if (!contents || payloadSha256(contents->payload) != link.staged->payloadSha256) {
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_NOTHING_STAGED,
                matches ? u"the staged configuration was replaced by another upload; upload again"_s
                        : u"no configuration with this hash is staged on this link; upload it first"_s });
    }

    m_killSwitch.reach(KillPoint::BeforeSwitch);
    if (!m_store.activate(link.staged->slot, m_clock.unixTimeMs()))
        return withError(replyEnvelopeFor(request), storageFailure(m_store.errorString()));
    m_killSwitch.reach(KillPoint::AfterSwitch);
    m_applier.apply(m_store.active().config);
    m_killSwitch.reach(KillPoint::AfterApply);
    link.staged.reset();
    qCDebug(lcConfigWrite) << "committed counter" << m_store.active().counter;
    return configState(request);
}

} // namespace iotpro::sim
