#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <array>
#include <functional>

namespace iotpro::calibration {

/// What a bench source is told to deliver, per phase.
struct SourceOutput
{
    std::array<double, 3> voltageV {}; ///< L-N
    std::array<double, 3> currentA {};
    /// Current lag behind the phase's voltage: positive inductive, negative capacitive.
    std::array<double, 3> angleDeg {};
    double frequencyHz = 50.0;

    friend bool operator==(const SourceOutput&, const SourceOutput&) = default;
};

/// A calibration bench's test source, whatever drives it: the first driver talks to the
/// simulated source of iotpro-sim --bench (SimulatedSource); drivers for real bench sources go
/// beside it. Calls return at once; the callback runs later on the caller's thread and is
/// dropped when `context` is gone.
class Source
{
public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    virtual ~Source() = default;

    /// For certificates: what the source is and where it was reached.
    virtual QString identity() const = 0;
    /// Sets every output at once.
    virtual void apply(const SourceOutput& output, QObject* context, Callback<void> done) = 0;
    /// Whether the outputs have reached the last setting.
    virtual void readSettled(QObject* context, Callback<bool> done) = 0;
};

} // namespace iotpro::calibration
