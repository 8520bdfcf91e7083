#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace iotpro::sim {

/// The module's status LED, as far as identification goes: it blinks for a while so that a
/// technician sees which module on a wall of panels is linked. The virtual module has no LED, so
/// it says so on standard error ("LED blinking for 10 s"), where someone at the bench sees it.
class StatusLed : public QObject
{
    Q_OBJECT

public:
    explicit StatusLed(QObject* parent = nullptr);

    /// Blinks for `duration` from now, replacing any blinking; zero stops it.
    void blink(std::chrono::seconds duration);
    bool isBlinking() const { return m_blinking.isActive(); }

Q_SIGNALS:
    void blinkingChanged(bool blinking);

private:
    QTimer m_blinking;
};

} // namespace iotpro::sim
