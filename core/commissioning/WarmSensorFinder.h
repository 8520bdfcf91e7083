#pragma once

#include "WarmSensorDetector.h"
#include "common/Error.h"

#include <QObject>
#include <QPointer>

#include <chrono>

namespace iotpro {
class DeviceClient;
}

namespace iotpro::commissioning {

/// Polls one input's 1-Wire bus (Ds18b20Scan) about twice a second while the technician warms a
/// sensor in the hand, and says which ROM code it is (WarmSensorDetector).
class WarmSensorFinder : public QObject
{
    Q_OBJECT

public:
    /// Pause between the end of one scan and the start of the next; a scan itself takes up to
    /// 750 ms (a 12-bit conversion), so readings come about every 0.5 to 1.3 s.
    static constexpr std::chrono::milliseconds PollInterval { 500 };

    explicit WarmSensorFinder(DeviceClient& client, QObject* parent = nullptr);

    /// Starts watching digital input 1 to 4 from a fresh baseline.
    void start(quint32 input, WarmSensorDetector::Thresholds thresholds = {});
    void stop();
    bool isRunning() const { return m_poll != nullptr; }

Q_SIGNALS:
    /// After every scan: the sensors read and how far each has risen so far (°C, by ROM code).
    void scanned(const QList<iotpro::Ds18b20Reading>& sensors, const QMap<QString, double>& rises);
    /// The sensor being warmed; polling has stopped.
    void found(const QString& romCode);
    /// More than one sensor is warming; polling goes on until only one is.
    void ambiguous(const QStringList& romCodes);
    /// A scan failed; polling has stopped.
    void failed(const iotpro::Error& error);

private:
    void scan();

    DeviceClient& m_client;
    QPointer<QObject> m_poll; ///< context of the current run's callbacks and timer
    quint32 m_input = 0;
    WarmSensorDetector m_detector;
    WarmSensorDetector::Verdict m_lastVerdict;
};

} // namespace iotpro::commissioning
