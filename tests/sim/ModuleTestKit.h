#pragma once

#include "MeterRegisterStore.h"
#include "ModuleClock.h"
#include "ModuleMetering.h"
#include "ModuleProtocol.h"
#include "SessionRequests.h"
#include "calibration/CalibrationRequests.h"
#include "calibration/CalibrationStore.h"
#include "ToolSide.h"
#include "configuration/ConfigApplier.h"
#include "configuration/ConfigLimitsTable.h"
#include "configuration/ConfigRequests.h"
#include "configuration/ConfigRules.h"
#include "configuration/ConfigStore.h"
#include "configuration/UploadVerifier.h"
#include "iotpro.pb.h"
#include "pairing/PairingGuard.h"
#include "pairing/PairingRequests.h"
#include "trust/TrustRequests.h"
#include "trust/TrustStore.h"

#include <QString>
#include <chrono>

/// For the sim's unit tests of the configuration write, pairing, trust and calibration constants: a clock moved by hand, and
/// the module's request handling wired as VirtualModule wires it (the tool's side is ToolSide.h).
namespace iotpro::test {

/// A module clock that stands still until the test moves it: no test depends on the wall clock.
class ManualClock : public sim::ModuleClock
{
public:
    static constexpr qint64 kStartUnixTimeMs = 1'750'000'000'000;

    explicit ManualClock(const QString& timeZone = QStringLiteral("UTC"))
        : sim::ModuleClock(timeZone)
    { }

    quint64 uptimeMs() const override { return uptime; }
    void advance(std::chrono::milliseconds step) { uptime += static_cast<quint64>(step.count()); }

    quint64 uptime = 0;

protected:
    qint64 baseUnixTimeMs() const override { return kStartUnixTimeMs + static_cast<qint64>(uptime); }
};

/// A module's request handling with every part of the configuration write, pairing and trust, on
/// `stateDir` and a hand-moved clock, wired as VirtualModule wires them. A restart is a new
/// TestModule on the same directory; loaded() says whether its memory read.
class TestModule
{
public:
    explicit TestModule(const QString& stateDir, sim::FittedOptions fitted = {}, bool factoryMode = false);

    bool loaded() const { return m_loaded; }
    /// The reply to `request` on `link` (the module's own link by default).
    v1::Envelope exchange(const v1::Envelope& request, sim::LinkState& onLink);
    v1::Envelope exchange(const v1::Envelope& request) { return exchange(request, link); }

    ManualClock clock;
    const sim::ModuleIdentity identity;
    const sim::ConfigLimitsTable limits;
    const sim::ConfigRules rules;
    const sim::KillSwitch killSwitch;
    sim::ConfigStore store;
    sim::TrustStore trust;
    sim::CalibrationStore calibrationStore;
    sim::PairingGuard guard;
    const sim::UploadVerifier verifier;
    sim::MeterRegisterStore registers;
    sim::ModuleMetering metering;
    sim::ConfigApplier applier;
    sim::SessionRequests session;
    sim::ConfigRequests config;
    sim::PairingRequests pairing;
    sim::TrustRequests trustRequests;
    sim::CalibrationRequests calibration;
    sim::ModuleProtocol protocol;
    sim::LinkState link;

private:
    bool m_loaded = false;
};

} // namespace iotpro::test
