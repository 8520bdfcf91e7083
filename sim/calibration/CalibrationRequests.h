#pragma once

#include "ModuleClock.h"
#include "ModuleIdentity.h"
#include "RequestHandler.h"
#include "calibration/CalibrationStore.h"

#include <optional>

namespace iotpro::sim {

class ModuleMetering;
class TrustStore;

/// CalibrationGet and CalibrationWrite (docs/protocol.md 4.12): the factory's calibration
/// constants, accepted only when signed by a factory key of the trust store, stored durably and
/// applied to the metering engine at once (and by VirtualModule at every start).
class CalibrationRequests : public RequestHandler
{
public:
    /// The largest constants a module takes: beyond them a channel is broken, not miscalibrated.
    static constexpr double kMaxGainPct = 20.0;
    static constexpr double kMaxPhaseDeg = 10.0;

    /// Keeps references to all five.
    CalibrationRequests(const ModuleIdentity& identity, const TrustStore& trust, CalibrationStore& store,
        const ModuleClock& clock, ModuleMetering& metering);

    QList<v1::Envelope::BodyCase> bodies() const override;
    HandlerReply handle(const v1::Envelope& request, LinkState& link) override;

private:
    HandlerReply write(const v1::Envelope& request);
    /// The first check of docs/protocol.md 4.12 that `signedCalibration` fails, with `payload`
    /// parsed from it; nullopt when the module takes it.
    std::optional<RequestError> verify(
        const v1::SignedCalibration& signedCalibration, v1::CalibrationPayload& payload) const;

    const ModuleIdentity& m_identity;
    const TrustStore& m_trust;
    CalibrationStore& m_store;
    const ModuleClock& m_clock;
    ModuleMetering& m_metering;
};

/// Why `payload`'s constants are not ones a module takes (an element outside 1 to 3 or given
/// twice, a value beyond the limits or not finite), or nullopt.
std::optional<RequestError> checkConstants(const v1::CalibrationPayload& payload);

} // namespace iotpro::sim
