#include "RequestChannel.h"

#include "DeviceClient.h"
#include "protocol/Session.h"

#include <QTimer>

namespace iotpro {

void RequestChannel::send(DeviceClient& client, v1::Envelope message, v1::Envelope::BodyCase expected,
    Policy policy, QObject* context, Handler done)
{
    if (!client.m_session || client.m_state != DeviceClient::State::Connected) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done(Errors::make(ErrorKind::NotConnected, DeviceClient::tr("Connect to a module first.")));
        });
        return;
    }
    const Session::RequestOptions options { client.requestTimeout() + policy.extraTime, policy.retries,
        std::move(policy.explainError) };
    client.m_session->request(std::move(message), options, context,
        [expected, done = std::move(done)](Result<v1::Envelope> reply) {
            if (reply && reply->body_case() != expected) {
                const auto* field = v1::Envelope::descriptor()->FindFieldByNumber(int(expected));
                return done(unexpectedReply(QString::fromStdString(field->message_type()->name())));
            }
            done(std::move(reply));
        });
}

Error RequestChannel::unexpectedReply(const QString& expected)
{
    return Errors::make(ErrorKind::BadReply,
        DeviceClient::tr("The module answered with something other than %1.").arg(expected));
}

} // namespace iotpro
