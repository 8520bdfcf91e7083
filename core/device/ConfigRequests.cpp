#include "ConfigRequests.h"

#include "ConfigConversions.h"
#include "RequestChannel.h"
#include "protocol/RemoteError.h"
#include "security/Keys.h"

namespace iotpro {

namespace {

/// A flash write with fsync: a real module needs far more than a ping's round trip.
constexpr std::chrono::seconds kFlashWriteTime(3);

/// What the payload says about itself, so a refusal can name it.
RemoteErrorContext uploadContext(const ConfigUpload& upload, const DeviceClient& client)
{
    RemoteErrorContext context;
    v1::SignedConfigPayload payload;
    if (payload.ParseFromString(upload.payload.toStdString())) {
        context.configSerial = QString::fromStdString(payload.serial_number());
        context.counter = payload.counter();
        if (const auto keyId = security::KeyId::fromBytes(QByteArray::fromStdString(payload.signer_key_id())))
            context.signerFingerprint = keyId->fingerprint();
    }
    if (client.deviceInfo())
        context.moduleSerial = client.deviceInfo()->serialNumber;
    return context;
}

} // namespace

void ConfigRequests::read(QObject* context, DeviceClient::Callback<ConfigState> done)
{
    v1::Envelope message;
    message.mutable_config_get();
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kConfigState, { .retries = 1 }, context,
        [done = std::move(done)](Result<v1::Envelope> reply) {
            if (!reply)
                return done(reply.error());
            done(fromProto(reply->config_state()));
        });
}

void ConfigRequests::upload(const ConfigUpload& upload, QObject* context, DeviceClient::Callback<ConfigStaged> done)
{
    v1::Envelope message;
    *message.mutable_config_upload() = toProto(upload);
    const RemoteErrorContext errorContext = uploadContext(upload, m_client);
    RequestChannel::Policy policy { .extraTime = kFlashWriteTime,
        .explainError = [errorContext](const v1::ErrorReply& reply) { return remoteError(reply, errorContext); } };
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kConfigStaged, std::move(policy), context,
        [done = std::move(done)](Result<v1::Envelope> reply) {
            if (!reply)
                return done(reply.error());
            done(fromProto(reply->config_staged()));
        });
}

void ConfigRequests::commit(const QByteArray& payloadSha256, QObject* context, DeviceClient::Callback<ConfigState> done)
{
    v1::Envelope message;
    message.mutable_config_commit()->set_payload_sha256(payloadSha256.toStdString());
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kConfigState, { .extraTime = kFlashWriteTime }, context,
        [done = std::move(done)](Result<v1::Envelope> reply) {
            if (!reply)
                return done(reply.error());
            done(fromProto(reply->config_state()));
        });
}

} // namespace iotpro
