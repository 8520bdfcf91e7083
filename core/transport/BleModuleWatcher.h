#pragma once

#include "BleModuleAdvert.h"
#include "BleScanner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace iotpro {

/// Keeps a list of the IoT Pro modules in Bluetooth range for a connection panel: scans in
/// rounds (BleScanner, the one scanning code path the CLI's `ports --ble` uses too), refreshes
/// each module's RSSI, drops a module no round has seen for staleAfter, and reports the list
/// strongest first. When Bluetooth cannot scan (no adapter, switched off, no permission) it says
/// so once per change and tries again later, so that switching the adapter on brings the list back.
class BleModuleWatcher : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        /// One scan round; modules advertise several times a second.
        std::chrono::milliseconds scanWindow { 4000 };
        /// Between two rounds.
        std::chrono::milliseconds pause { 1000 };
        /// A module unseen this long is gone (out of range, switched off): three rounds missed.
        std::chrono::milliseconds staleAfter { 15000 };
        /// After Bluetooth failed, the next try.
        std::chrono::milliseconds retryUnavailable { 10000 };
    };

    explicit BleModuleWatcher(QObject* parent = nullptr);

    void setTiming(const Timing& timing) { m_timing = timing; }
    const Timing& timing() const { return m_timing; }

    /// Starts or stops scanning. Stopped, the list is kept as it is (a link is being set up or
    /// used: a scan beside it would disturb it, and the panel is frozen meanwhile).
    void setActive(bool active);
    bool isActive() const { return m_active; }

    /// The modules in range now, strongest signal first.
    QList<BleModuleAdvert> modules() const;
    /// Why Bluetooth cannot scan; empty while it can.
    const QString& unavailable() const { return m_unavailable; }

Q_SIGNALS:
    void modulesChanged(const QList<iotpro::BleModuleAdvert>& modules);
    /// `detail` says why Bluetooth cannot scan and what to do; empty once it can again.
    void unavailableChanged(const QString& detail);

private:
    void startRound();
    void onModuleSeen(const BleModuleAdvert& module);
    void onRoundFinished();
    void onFailed(const Error& error);
    void setUnavailable(const QString& detail);
    void dropStale();
    void publish();

    struct Seen
    {
        BleModuleAdvert module;
        QElapsedTimer since;
    };

    Timing m_timing;
    BleScanner m_scanner;
    QTimer m_next;
    QHash<QString, Seen> m_seen;
    QList<BleModuleAdvert> m_published;
    QString m_unavailable;
    bool m_active = false;
};

} // namespace iotpro
