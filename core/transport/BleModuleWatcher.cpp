#include "BleModuleWatcher.h"

#include <QLoggingCategory>

#include <algorithm>

namespace iotpro {

Q_LOGGING_CATEGORY(lcBleWatch, "iotpro.transport.ble.watch", QtInfoMsg)

BleModuleWatcher::BleModuleWatcher(QObject* parent)
    : QObject(parent)
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &BleModuleWatcher::startRound);
    connect(&m_scanner, &BleScanner::moduleSeen, this, &BleModuleWatcher::onModuleSeen);
    connect(&m_scanner, &BleScanner::finished, this, &BleModuleWatcher::onRoundFinished);
    connect(&m_scanner, &BleScanner::failed, this, &BleModuleWatcher::onFailed);
}

void BleModuleWatcher::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        m_next.stop();
        m_scanner.stop();
        return;
    }
    // Whatever was seen before the pause is as old as it is: the first round refreshes it.
    startRound();
}

QList<BleModuleAdvert> BleModuleWatcher::modules() const
{
    return m_published;
}

void BleModuleWatcher::startRound()
{
    if (!m_active || m_scanner.isActive())
        return;
    qCDebug(lcBleWatch) << "scan round";
    m_scanner.start(m_timing.scanWindow);
}

void BleModuleWatcher::onModuleSeen(const BleModuleAdvert& module)
{
    Seen& seen = m_seen[module.address];
    seen.module = module;
    seen.since.start();
    setUnavailable({});
    publish();
}

void BleModuleWatcher::onRoundFinished()
{
    setUnavailable({});
    dropStale();
    publish();
    if (m_active)
        m_next.start(m_timing.pause);
}

void BleModuleWatcher::onFailed(const Error& error)
{
    m_seen.clear();
    publish();
    setUnavailable(error.detail);
    if (m_active)
        m_next.start(m_timing.retryUnavailable);
}

void BleModuleWatcher::setUnavailable(const QString& detail)
{
    if (detail == m_unavailable)
        return;
    m_unavailable = detail;
    Q_EMIT unavailableChanged(detail);
}

void BleModuleWatcher::dropStale()
{
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (std::chrono::milliseconds(it->since.elapsed()) >= m_timing.staleAfter) {
            qCDebug(lcBleWatch) << "gone:" << it.key();
            it = m_seen.erase(it);
        } else {
            ++it;
        }
    }
}

void BleModuleWatcher::publish()
{
    QList<BleModuleAdvert> modules;
    modules.reserve(m_seen.size());
    for (const Seen& seen : std::as_const(m_seen))
        modules.append(seen.module);
    // The same order as BleScanner::modules() and `ports --ble`: strongest first, then by address.
    std::sort(modules.begin(), modules.end(), strongerFirst);
    if (modules == m_published)
        return;
    m_published = modules;
    Q_EMIT modulesChanged(modules);
}

} // namespace iotpro
