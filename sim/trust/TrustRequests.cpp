#include "TrustRequests.h"

#include "ProtoBytes.h"
#include "trust/TrustStore.h"

namespace iotpro::sim {

using namespace Qt::StringLiterals;

TrustRequests::TrustRequests(TrustStore& store, bool factoryMode, const ModuleClock& clock)
    : m_store(store)
    , m_factoryMode(factoryMode)
    , m_clock(clock)
{ }

QList<v1::Envelope::BodyCase> TrustRequests::bodies() const
{
    return { v1::Envelope::kTrustList, v1::Envelope::kTrustAdd, v1::Envelope::kTrustRemove };
}

HandlerReply TrustRequests::handle(const v1::Envelope& request, LinkState& /*link*/)
{
    if (request.has_trust_list())
        return storeReply(request);
    if (!m_factoryMode)
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_NOT_IN_FACTORY_MODE, u"the trust store changes only in factory mode"_s });
    const std::optional<RequestError> refused
        = request.has_trust_add() ? add(request.trust_add()) : remove(request.trust_remove());
    if (refused)
        return withError(replyEnvelopeFor(request), *refused);
    return storeReply(request);
}

std::optional<RequestError> TrustRequests::add(const v1::TrustAdd& request)
{
    const std::optional<security::PublicKey> key
        = security::PublicKey::fromBytes(bytesOf(request.public_key()));
    if (!key)
        return RequestError { v1::ERROR_CODE_INVALID_ARGUMENT,
            u"public_key is not a valid Ed25519 public key (32 bytes)"_s };
    if (request.role() == v1::TRUST_ROLE_UNSPECIFIED || !v1::TrustRole_IsValid(request.role()))
        return RequestError { v1::ERROR_CODE_INVALID_ARGUMENT, u"role must be configuration or factory"_s };
    if (static_cast<qsizetype>(request.label().size()) > TrustStore::kMaxLabelBytes)
        return RequestError { v1::ERROR_CODE_INVALID_ARGUMENT,
            u"label is %1 bytes; at most %2"_s.arg(request.label().size()).arg(TrustStore::kMaxLabelBytes) };
    return m_store.add(
        { *key, request.role(), QString::fromStdString(request.label()), m_clock.unixTimeMs() });
}

std::optional<RequestError> TrustRequests::remove(const v1::TrustRemove& request)
{
    const std::optional<security::KeyId> keyId = security::KeyId::fromBytes(bytesOf(request.key_id()));
    if (!keyId)
        return RequestError { v1::ERROR_CODE_INVALID_ARGUMENT, u"key_id must be 8 bytes"_s };
    return m_store.remove(*keyId);
}

v1::Envelope TrustRequests::storeReply(const v1::Envelope& request) const
{
    v1::Envelope reply = replyEnvelopeFor(request);
    v1::TrustStore& store = *reply.mutable_trust_store();
    for (const TrustedKey& entry : m_store.keys()) {
        v1::TrustedKey& key = *store.add_keys();
        setBytes(key.mutable_public_key(), entry.key.toBytes());
        setBytes(key.mutable_key_id(), entry.key.keyId().toBytes());
        key.set_role(entry.role);
        key.set_label(entry.label.toStdString());
        key.set_added_unix_ms(entry.addedUnixMs);
    }
    store.set_factory_mode(m_factoryMode);
    return reply;
}

} // namespace iotpro::sim
