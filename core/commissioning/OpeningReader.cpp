#include "OpeningReader.h"

#include "device/DeviceClient.h"
#include "device/ModuleRequests.h"

#include <QTimeZone>
#include <QTimer>

namespace iotpro::commissioning {

namespace {

constexpr quint32 kSnapshotRateHz = 10;

} // namespace

bool clockNeedsSetting(qint64 offsetMs, bool synchronized)
{
    const qint64 tolerance = std::chrono::milliseconds(ClockTolerance).count();
    return !synchronized || offsetMs > tolerance || offsetMs < -tolerance;
}

OpeningReader::OpeningReader(DeviceClient& client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{ }

void OpeningReader::read()
{
    m_listening = new QObject(this);
    connect(&m_client, &DeviceClient::liveSnapshot, m_listening, [this](const LiveSnapshot& snapshot) {
        onSnapshot(snapshot);
    });
    connect(&m_client, &DeviceClient::liveFailed, m_listening, [this](const Error& error) { fail(error); });
    connect(&m_client, &DeviceClient::linkLost, m_listening, [this](const Error& error) { fail(error); });
    QTimer::singleShot(SnapshotWait, m_listening, [this] {
        fail(Errors::make(ErrorKind::Timeout,
            tr("The module sent no live reading within %1 s, so its energy registers could not be recorded.")
                .arg(SnapshotWait.count())));
    });
    if (!m_client.isLive()) {
        m_startedLive = true;
        m_client.startLive(kSnapshotRateHz);
    }
}

void OpeningReader::onSnapshot(const LiveSnapshot& snapshot)
{
    delete m_listening;
    if (m_startedLive)
        m_client.stopLive();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_readings.energy = snapshot.energy;
    m_readings.moduleClock = QDateTime::fromMSecsSinceEpoch(snapshot.timestampUs / 1000, Qt::UTC);
    m_readings.clockOffsetMs = snapshot.timestampUs / 1000 - now.toMSecsSinceEpoch();
    if (m_client.deviceInfo()) {
        m_readings.timeZone = m_client.deviceInfo()->timeZone;
        m_readings.clockSynchronized = m_client.deviceInfo()->clockSynchronized;
    }
    if (clockNeedsSetting(m_readings.clockOffsetMs, m_readings.clockSynchronized) || m_readings.timeZone.isEmpty())
        setClock();
    else
        Q_EMIT done(m_readings);
}

void OpeningReader::setClock()
{
    const QString zone
        = m_readings.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : QString();
    ModuleRequests(m_client).setClock(
        QDateTime::currentDateTimeUtc(), zone, this, [this, zone](Result<ModuleClock> clock) {
            if (!clock)
                return fail(clock.error());
            m_readings.clockSet = true;
            m_readings.clockSetTo = clock->time;
            m_readings.timeZoneSetTo = zone;
            Q_EMIT done(m_readings);
        });
}

void OpeningReader::fail(const Error& error)
{
    delete m_listening;
    if (m_startedLive && m_client.isLive())
        m_client.stopLive();
    Q_EMIT failed(error);
}

} // namespace iotpro::commissioning
