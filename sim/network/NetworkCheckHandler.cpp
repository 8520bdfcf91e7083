#include "NetworkCheckHandler.h"

#include "configuration/ConfigStore.h"

#include <QLoggingCategory>
#include <cmath>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcNetworkCheck, "iotpro.sim.network", QtInfoMsg)

using std::chrono::milliseconds;

v1::DeviceConfig configWithSecrets(const ActiveConfig& active)
{
    v1::DeviceConfig config = active.config;
    v1::NetworkConfig& network = *config.mutable_network();
    network.mutable_wifi()->set_passphrase(
        active.secrets.value(v1::SECRET_FIELD_WIFI_PASSPHRASE).toStdString());
    network.mutable_lorawan()->set_app_key(
        active.secrets.value(v1::SECRET_FIELD_LORAWAN_APP_KEY).toStdString());
    network.mutable_cellular()->set_password(
        active.secrets.value(v1::SECRET_FIELD_CELLULAR_PASSWORD).toStdString());
    return config;
}

NetworkCheckHandler::NetworkCheckHandler(
    NetworkChecker checker, const ConfigStore& configs, double timeScale, QObject* parent)
    : QObject(parent)
    , m_checker(std::move(checker))
    , m_configs(configs)
    , m_timeScale(timeScale)
{
    m_running.setSingleShot(true);
    m_running.setTimerType(Qt::PreciseTimer);
    connect(&m_running, &QTimer::timeout, this, &NetworkCheckHandler::reply);
}

QList<v1::Envelope::BodyCase> NetworkCheckHandler::bodies() const
{
    return { v1::Envelope::kNetworkCheck };
}

HandlerReply NetworkCheckHandler::handle(const v1::Envelope& request, LinkState& link)
{
    const quint32 timeoutS = request.network_check().timeout_s();
    if (timeoutS > kMaxTimeoutS) {
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_INVALID_ARGUMENT,
                QStringLiteral("network check timeout_s %1 is too long; 1 to %2, or 0 for %3")
                    .arg(timeoutS)
                    .arg(kMaxTimeoutS)
                    .arg(kDefaultTimeoutS),
                {}, 0 });
    }
    if (m_running.isActive()) {
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_BUSY, QStringLiteral("a network check is running"), {},
                static_cast<quint64>(m_running.remainingTime()) });
    }
    const std::chrono::seconds timeout(timeoutS == 0 ? kDefaultTimeoutS : timeoutS);
    const NetworkCheckOutcome outcome = m_checker.run(configWithSecrets(m_configs.active()), timeout);
    m_report = outcome.report;
    m_channel = link.replyChannelFor(request);
    const auto realMs = static_cast<std::chrono::milliseconds::rep>(
        std::llround(static_cast<double>(outcome.duration.count()) * m_timeScale));
    qCDebug(lcNetworkCheck) << "network check of" << outcome.duration.count() << "ms, reporting in" << realMs
                            << "ms";
    m_running.start(milliseconds(realMs));
    return ReplyLater;
}

void NetworkCheckHandler::reply()
{
    v1::Envelope envelope = m_channel->envelope();
    *envelope.mutable_network_check_report() = m_report;
    m_channel->send(envelope);
    m_channel.reset();
}

} // namespace iotpro::sim
