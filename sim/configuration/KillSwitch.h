#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace iotpro::sim {

/// The steps of a configuration write at which a test can make the module die (iotpro-sim
/// --kill-at STEP, test-only), as if power were cut there.
enum class KillPoint {
    UploadReceived, ///< a ConfigUpload arrived; nothing checked or written yet
    SlotWritten, ///< the inactive slot holds the new configuration; ConfigStaged not sent
    BeforeSwitch, ///< a ConfigCommit arrived; the pointer still names the old slot
    AfterSwitch, ///< the pointer names the new slot; not applied yet
    AfterApply, ///< the new configuration is applied; ConfigState not sent
};

/// "upload-received", "slot-written", "before-switch", "after-switch", "after-apply".
QString killPointName(KillPoint point);
std::optional<KillPoint> killPointFromName(const QString& name);
/// Every name, in the order of the write.
QStringList killPointNames();

/// Dies by SIGKILL when the armed kill point is reached: no destructor runs, nothing is flushed,
/// as in a power cut. Unarmed, it does nothing.
class KillSwitch
{
public:
    explicit KillSwitch(std::optional<KillPoint> armed = std::nullopt);

    void reach(KillPoint point) const;

private:
    std::optional<KillPoint> m_armed;
};

} // namespace iotpro::sim
