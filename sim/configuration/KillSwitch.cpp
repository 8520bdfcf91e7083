#include "KillSwitch.h"

#include <QLoggingCategory>
#include <array>
#include <csignal>
#include <utility>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcKill, "iotpro.sim.kill", QtInfoMsg)

namespace {

constexpr std::array<std::pair<KillPoint, const char*>, 5> kNames { {
    { KillPoint::UploadReceived, "upload-received" },
    { KillPoint::SlotWritten, "slot-written" },
    { KillPoint::BeforeSwitch, "before-switch" },
    { KillPoint::AfterSwitch, "after-switch" },
    { KillPoint::AfterApply, "after-apply" },
} };

} // namespace

QString killPointName(KillPoint point)
{
    for (const auto& [candidate, name] : kNames) {
        if (candidate == point)
            return QLatin1StringView(name);
    }
    return {};
}

std::optional<KillPoint> killPointFromName(const QString& name)
{
    for (const auto& [point, candidate] : kNames) {
        if (name == QLatin1StringView(candidate))
            return point;
    }
    return std::nullopt;
}

QStringList killPointNames()
{
    QStringList names;
    for (const auto& entry : kNames)
        names.append(QLatin1StringView(entry.second));
    return names;
}

KillSwitch::KillSwitch(std::optional<KillPoint> armed)
    : m_armed(armed)
{ }

void KillSwitch::reach(KillPoint point) const
{
    if (m_armed != point)
        return;
    // Said before dying so that a test log shows why the module vanished.
    qCWarning(lcKill).noquote() << "killed at" << killPointName(point) << "(--kill-at)";
    std::raise(SIGKILL);
}

} // namespace iotpro::sim
