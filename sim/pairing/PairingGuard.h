#pragma once

#include "JsonStateFile.h"
#include "ModuleClock.h"

#include <QCoreApplication>
#include <QString>
#include <chrono>

namespace iotpro::sim {

/// The rate limit of wrong label codes (docs/security.md, 6.6). A pairing run counts as a failed
/// attempt from the moment the module sends message B, until a valid message C clears the count.
/// After kFreeAttempts consecutive failed attempts pairing is locked for kFirstLock; each further
/// failed attempt doubles the lock, up to kLongestLock. The count and the lock are kept in
/// pairing-guard.json in the state directory, saved before B goes out, so that neither a kill nor a
/// restart resets them. The lock runs while the module runs (on its uptime, which no tool can set);
/// what is left of it is saved when the module stops and whenever it changes.
class PairingGuard
{
    Q_DECLARE_TR_FUNCTIONS(PairingGuard)

public:
    static constexpr int kFreeAttempts = 5;
    static constexpr std::chrono::milliseconds kFirstLock = std::chrono::seconds(60);
    static constexpr std::chrono::milliseconds kLongestLock = std::chrono::hours(24);

    /// Keeps a reference to `clock`.
    PairingGuard(const QString& directory, const ModuleClock& clock);
    /// Saves what is left of the lock.
    ~PairingGuard();

    PairingGuard(const PairingGuard&) = delete;
    PairingGuard& operator=(const PairingGuard&) = delete;

    /// A missing file is a module that never saw a wrong code. false when the file is damaged
    /// (see errorString()).
    bool load();

    /// How long pairing is still refused; zero when it is allowed.
    std::chrono::milliseconds lockRemaining() const;
    int failedAttempts() const { return m_failedAttempts; }

    /// A run is about to send B: counts it as failed (locking after the kFreeAttempts-th) and saves.
    /// false when it cannot be saved: B must not go out then.
    bool countAttempt();
    /// A run completed with the right code: clears the count and the lock, and saves.
    bool recordSuccess();

    /// One line saying what failed last, with the path.
    const QString& errorString() const { return m_errorString; }

private:
    bool save();

    JsonStateFile m_file;
    const ModuleClock& m_clock;
    int m_failedAttempts = 0;
    /// Module uptime at which the lock ends; 0: none.
    quint64 m_lockedUntilUptimeMs = 0;
    QString m_errorString;
};

} // namespace iotpro::sim
