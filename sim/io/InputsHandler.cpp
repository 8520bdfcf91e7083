#include "InputsHandler.h"

#include "ModuleClock.h"
#include "configuration/ConfigStore.h"

#include <algorithm>

namespace iotpro::sim {

using std::chrono::milliseconds;

namespace {

constexpr qint64 kMicrosecondsPerMillisecond = 1000;

} // namespace

InputsHandler::InputsHandler(InputsModel inputs, const ConfigStore& configs, const ModuleClock& clock)
    : m_inputs(std::move(inputs))
    , m_configs(configs)
    , m_clock(clock)
{ }

QList<v1::Envelope::BodyCase> InputsHandler::bodies() const
{
    return { v1::Envelope::kIoRead, v1::Envelope::kDs18B20Scan };
}

void InputsHandler::followActiveConfig()
{
    const ActiveConfig& active = m_configs.active();
    if (m_followed == active.payloadSha256)
        return;
    // The firmware switched its inputs over when the configuration was committed (before this
    // power-up, for the one it started with), not when somebody first looked.
    const qint64 uptime = static_cast<qint64>(m_clock.uptimeMs());
    const qint64 committedAgo
        = active.committedUnixMs == 0 ? uptime : m_clock.unixTimeMs() - active.committedUnixMs;
    m_inputs.configure(
        active.config.inputs(), milliseconds(std::clamp<qint64>(uptime - committedAgo, 0, uptime)));
    m_followed = active.payloadSha256;
}

HandlerReply InputsHandler::handle(const v1::Envelope& request, LinkState&)
{
    followActiveConfig();
    const milliseconds now(static_cast<qint64>(m_clock.uptimeMs()));
    v1::Envelope reply = replyEnvelopeFor(request);
    if (request.has_io_read()) {
        v1::IoState& state = *reply.mutable_io_state();
        state = m_inputs.read(now);
        state.set_timestamp_us(m_clock.unixTimeMs() * kMicrosecondsPerMillisecond);
        return reply;
    }
    const quint32 input = request.ds18b20_scan().input();
    if (input < 1 || input > kDigitalInputCount) {
        return withError(std::move(reply),
            { v1::ERROR_CODE_INVALID_ARGUMENT,
                QStringLiteral("DS18B20 scan of input %1; inputs are 1 to %2")
                    .arg(input)
                    .arg(kDigitalInputCount),
                {}, 0 });
    }
    *reply.mutable_ds18b20_scan_result() = m_inputs.scan(static_cast<int>(input), now);
    return reply;
}

} // namespace iotpro::sim
