#include "PairingGuard.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcPairingGuard, "iotpro.sim.pairing.guard", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormat = 1; // JsonStateFile::FormatKey
constexpr QLatin1StringView kFailedKey("failed_attempts");
constexpr QLatin1StringView kLockKey("lock_remaining_ms");

/// The lock after `failedAttempts` consecutive failures: none below kFreeAttempts, then
/// kFirstLock doubled for each failure beyond, capped.
std::chrono::milliseconds lockAfter(int failedAttempts)
{
    if (failedAttempts < PairingGuard::kFreeAttempts)
        return std::chrono::milliseconds::zero();
    std::chrono::milliseconds lock = PairingGuard::kFirstLock;
    for (int doubling = PairingGuard::kFreeAttempts;
         doubling < failedAttempts && lock < PairingGuard::kLongestLock; ++doubling)
        lock *= 2;
    return std::min(lock, PairingGuard::kLongestLock);
}

} // namespace

PairingGuard::PairingGuard(const QString& directory, const ModuleClock& clock)
    : m_file(directory, u"pairing-guard.json"_s)
    , m_clock(clock)
{ }

PairingGuard::~PairingGuard()
{
    if (lockRemaining() > std::chrono::milliseconds::zero() && !save())
        qCWarning(lcPairingGuard) << m_errorString;
}

bool PairingGuard::load()
{
    m_failedAttempts = 0;
    m_lockedUntilUptimeMs = 0;
    if (!m_file.exists())
        return true;
    const std::optional<QJsonObject> object = m_file.read();
    if (!object) {
        m_errorString = m_file.errorString();
        return false;
    }
    const qint64 failed = object->value(kFailedKey).toInteger(-1);
    const qint64 lock = object->value(kLockKey).toInteger(-1);
    if (object->value(JsonStateFile::FormatKey).toInt() != kFormat || failed < 0
        || failed > std::numeric_limits<int>::max() || lock < 0 || lock > kLongestLock.count()) {
        m_errorString = tr("%1 is damaged or was written by a newer iotpro-sim.").arg(m_file.filePath());
        return false;
    }
    m_failedAttempts = static_cast<int>(failed);
    if (lock > 0)
        m_lockedUntilUptimeMs = m_clock.uptimeMs() + static_cast<quint64>(lock);
    return true;
}

std::chrono::milliseconds PairingGuard::lockRemaining() const
{
    const quint64 now = m_clock.uptimeMs();
    return std::chrono::milliseconds(now < m_lockedUntilUptimeMs ? m_lockedUntilUptimeMs - now : 0);
}

bool PairingGuard::countAttempt()
{
    ++m_failedAttempts;
    if (const std::chrono::milliseconds lock = lockAfter(m_failedAttempts); lock.count() > 0) {
        m_lockedUntilUptimeMs = m_clock.uptimeMs() + static_cast<quint64>(lock.count());
        qCDebug(lcPairingGuard) << m_failedAttempts << "failed pairing attempts: locked for" << lock.count()
                                << "ms";
    }
    return save();
}

bool PairingGuard::recordSuccess()
{
    m_failedAttempts = 0;
    m_lockedUntilUptimeMs = 0;
    return save();
}

bool PairingGuard::save()
{
    const QJsonObject object {
        { JsonStateFile::FormatKey, kFormat },
        { kFailedKey, m_failedAttempts },
        { kLockKey, static_cast<qint64>(lockRemaining().count()) },
    };
    if (!m_file.write(object)) {
        m_errorString = m_file.errorString();
        return false;
    }
    return true;
}

} // namespace iotpro::sim
