#include "WarmSensorFinder.h"

#include "device/CheckRequests.h"

#include <QTimer>

namespace iotpro::commissioning {

WarmSensorFinder::WarmSensorFinder(DeviceClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void WarmSensorFinder::start(quint32 input, WarmSensorDetector::Thresholds thresholds)
{
    stop();
    m_poll = new QObject(this);
    m_input = input;
    m_detector = WarmSensorDetector(thresholds);
    m_lastVerdict = {};
    scan();
}

void WarmSensorFinder::stop()
{
    delete m_poll;
}

void WarmSensorFinder::scan()
{
    CheckRequests(m_client).ds18b20Scan(m_input, m_poll, [this](Result<Ds18b20ScanResult> result) {
        if (!result) {
            stop();
            return Q_EMIT failed(result.error());
        }
        m_detector.add(result->sensors);
        Q_EMIT scanned(result->sensors, m_detector.rises());
        const WarmSensorDetector::Verdict verdict = m_detector.verdict();
        const bool changed = verdict != m_lastVerdict;
        m_lastVerdict = verdict;
        if (verdict.state == WarmSensorDetector::State::Found) {
            stop();
            return Q_EMIT found(verdict.romCode);
        }
        if (changed && verdict.state == WarmSensorDetector::State::Ambiguous)
            Q_EMIT ambiguous(verdict.rising);
        if (m_poll)
            QTimer::singleShot(PollInterval, m_poll, [this] { scan(); });
    });
}

} // namespace iotpro::commissioning
