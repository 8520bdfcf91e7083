#pragma once

#include "electrical/MeteringEngine.h"
#include "electrical/Scenario.h"
#include "electrical/TestSource.h"

#include <chrono>
#include <functional>

namespace iotpro::sim {

/// The calibration bench around the module under test (iotpro-sim --bench): a steady,
/// sinusoidal test source, and a reference standard meter that reads the true values of what the
/// source delivers. The module's own metering engine follows the same source.
class BenchRig
{
public:
    /// Where the bench answers on the simulator's Modbus TCP port.
    static constexpr int kReferenceUnitId = 1;
    static constexpr int kSourceUnitId = 2;
    /// The simulated reference meter's serial number (holding register 0xFC00).
    static constexpr quint32 kReferenceSerialNumber = 24010001;
    /// How long the source takes to reach a new setting, on the metering clock.
    static constexpr std::chrono::milliseconds kSettlingTime { 2000 };
    /// The reference meter's reading noise: a class 0.02 standard, 1-sigma per reading.
    static constexpr MeterNoise kReferenceNoise { 0.005, 0.002, 0.0001 };

    using Clock = std::function<std::chrono::milliseconds()>;

    /// `now` is the metering clock shared with the module's engine.
    BenchRig(const Scenario& scenario, Clock now);

    BenchRig(const BenchRig&) = delete;
    BenchRig& operator=(const BenchRig&) = delete;

    /// `site` on the bench: the source's outputs are pure sine waves and nothing drifts or
    /// steps; how the module is wired to it stays as the scenario says.
    static Site benchSite(const Site& site);

    TestSource& source() { return m_source; }
    const Clock& clock() const { return m_now; }
    /// What the reference meter reads now.
    MeterReading referenceReading();
    const MeteringSetup& referenceSetup() const { return m_reference.setup(); }

private:
    Clock m_now;
    TestSource m_source;
    MeteringEngine m_reference;
};

} // namespace iotpro::sim
