#include "PairingRequest.h"

#include "RequestChannel.h"
#include "security/Pake.h"

#include <QTimer>

#include <memory>

namespace iotpro {

namespace {

std::string wire(const QByteArray& bytes)
{
    return bytes.toStdString();
}

} // namespace

void PairingRequest::pair(
    const QString& labelCode, QObject* context, DeviceClient::Callback<security::pake::SessionKeys> done)
{
    const QString serial = m_client.deviceInfo() ? m_client.deviceInfo()->serialNumber : QString();
    Result<security::PakeInitiator> created = security::PakeInitiator::create(labelCode, serial);
    Result<QByteArray> start = created ? created.value().start() : Result<QByteArray>(created.error());
    if (!start) {
        QTimer::singleShot(0, context, [done = std::move(done), error = start.error()] { done(error); });
        return;
    }
    auto initiator = std::make_shared<security::PakeInitiator>(std::move(created).value());
    DeviceClient* client = &m_client;
    v1::Envelope message;
    message.mutable_pairing_start()->set_message_a(wire(start.value()));
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kPairingChallenge, {}, context,
        [client, context, initiator, done = std::move(done)](Result<v1::Envelope> challenge) mutable {
            if (!challenge)
                return done(challenge.error());
            Result<security::PakeInitiator::Finished> finished
                = initiator->finish(QByteArray::fromStdString(challenge->pairing_challenge().message_b()));
            if (!finished)
                return done(finished.error()); // a wrong label code: nothing more is sent
            v1::Envelope confirm;
            confirm.mutable_pairing_confirm()->set_message_c(wire(finished.value().confirmation));
            auto keys = std::make_shared<security::pake::SessionKeys>(std::move(finished.value().keys));
            RequestChannel::send(*client, std::move(confirm), v1::Envelope::kPairingConfirmed, {}, context,
                [keys, done = std::move(done)](Result<v1::Envelope> confirmed) {
                    if (!confirmed)
                        return done(confirmed.error());
                    done(*keys);
                });
        });
}

} // namespace iotpro
