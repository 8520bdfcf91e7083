#pragma once

#include "Adjustment.h"
#include "device/DeviceClient.h"
#include "security/Keys.h"

#include <QCoreApplication>

#include <functional>

namespace iotpro::calibration {

/// Adjusts a connected module after a run (docs/calibration.md, "Adjustment"): reads the
/// constants it runs with, computes the corrections from the run's results, signs the new
/// constants with the factory key, writes them, and checks that the module reports exactly what
/// was signed. The module is not changed when any step before the write fails.
class ModuleAdjuster
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::ModuleAdjuster)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    /// `key` is moved in and wiped once the constants are signed. `done` is dropped when
    /// `context` dies first.
    static void adjust(DeviceClient& module, const QList<PointResult>& results, security::SigningKey key,
        QObject* context, Callback<AdjustmentOutcome> done);
};

} // namespace iotpro::calibration
