#pragma once

#include "NetworkChecker.h"
#include "RequestHandler.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace iotpro::sim {

class ConfigStore;
struct ActiveConfig;

/// Serves NetworkCheck (docs/protocol.md, 4.10): runs the check with the active configuration and
/// its stored secrets, and replies NetworkCheckReport once the simulated check is over, after
/// its simulated duration times `timeScale` of real time. The module has one set of radios: while
/// a check runs, another is answered BUSY.
class NetworkCheckHandler : public QObject, public RequestHandler
{
    Q_OBJECT

public:
    /// Timeout of a NetworkCheck with timeout_s 0, and the longest one allowed.
    static constexpr quint32 kDefaultTimeoutS = 90;
    static constexpr quint32 kMaxTimeoutS = 180;

    /// Keeps a reference to `configs`. `timeScale` > 0: real time per simulated time.
    NetworkCheckHandler(
        NetworkChecker checker, const ConfigStore& configs, double timeScale, QObject* parent = nullptr);

    QList<v1::Envelope::BodyCase> bodies() const override;
    HandlerReply handle(const v1::Envelope& request, LinkState& link) override;

private:
    void reply();

    NetworkChecker m_checker;
    const ConfigStore& m_configs;
    double m_timeScale;
    QTimer m_running;
    std::optional<ReplyChannel> m_channel;
    v1::NetworkCheckReport m_report;
};

/// The active configuration with the secrets the module stores put back in their fields: what
/// the radios use.
v1::DeviceConfig configWithSecrets(const ActiveConfig& active);

} // namespace iotpro::sim
