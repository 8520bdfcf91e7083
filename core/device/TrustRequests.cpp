#include "TrustRequests.h"

#include "ConfigConversions.h"
#include "RequestChannel.h"
#include "protocol/RemoteError.h"

namespace iotpro {

namespace {

RequestChannel::Handler toStore(DeviceClient::Callback<TrustStore> done)
{
    return [done = std::move(done)](Result<v1::Envelope> reply) {
        if (!reply)
            return done(reply.error());
        done(fromProto(reply->trust_store()));
    };
}

RequestChannel::Policy namingKey(const QString& fingerprint)
{
    return { .explainError = [fingerprint](const v1::ErrorReply& reply) {
        return remoteError(reply, { .keyFingerprint = fingerprint });
    } };
}

} // namespace

void TrustRequests::list(QObject* context, DeviceClient::Callback<TrustStore> done)
{
    v1::Envelope message;
    message.mutable_trust_list();
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kTrustStore, { .retries = 1 }, context,
        toStore(std::move(done)));
}

void TrustRequests::add(const security::PublicKey& key, TrustRole role, const QString& label, QObject* context,
    DeviceClient::Callback<TrustStore> done)
{
    v1::Envelope message;
    v1::TrustAdd& add = *message.mutable_trust_add();
    add.set_public_key(key.toBytes().toStdString());
    add.set_role(toProto(role));
    add.set_label(label.toStdString());
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kTrustStore, namingKey(key.fingerprint()),
        context, toStore(std::move(done)));
}

void TrustRequests::remove(const security::KeyId& keyId, QObject* context, DeviceClient::Callback<TrustStore> done)
{
    v1::Envelope message;
    message.mutable_trust_remove()->set_key_id(keyId.toBytes().toStdString());
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kTrustStore, namingKey(keyId.fingerprint()),
        context, toStore(std::move(done)));
}

} // namespace iotpro
