#include "StatusLed.h"

#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcLed, "iotpro.sim.led", QtInfoMsg)

StatusLed::StatusLed(QObject* parent)
    : QObject(parent)
{
    m_blinking.setSingleShot(true);
    connect(&m_blinking, &QTimer::timeout, this, [this] {
        qCInfo(lcLed) << "LED steady again";
        Q_EMIT blinkingChanged(false);
    });
}

void StatusLed::blink(std::chrono::seconds duration)
{
    const bool wasBlinking = isBlinking();
    if (duration.count() == 0) {
        m_blinking.stop();
        if (wasBlinking) {
            qCInfo(lcLed) << "LED steady again";
            Q_EMIT blinkingChanged(false);
        }
        return;
    }
    m_blinking.start(duration);
    qCInfo(lcLed) << "LED blinking for" << duration.count() << "s";
    if (!wasBlinking)
        Q_EMIT blinkingChanged(true);
}

} // namespace iotpro::sim
