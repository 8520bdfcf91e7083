#pragma once

#include "ModuleClock.h"
#include "RequestHandler.h"
#include "configuration/KillSwitch.h"

namespace iotpro::sim {

class ConfigApplier;
class ConfigStore;
class UploadVerifier;

/// The configuration write (docs/protocol.md, 4.7): ConfigGet answered with the active
/// configuration; ConfigUpload verified and written into the inactive slot, staged on the link;
/// ConfigCommit of the link's staged configuration switching the active slot and applying it.
/// A killed module restarts with the old configuration or the new one (ConfigStore); the kill
/// switch lets tests die at each step.
class ConfigRequests : public RequestHandler
{
public:
    /// Keeps references to all: they outlive the handler.
    ConfigRequests(ConfigStore& store, const UploadVerifier& verifier, ConfigApplier& applier,
        const ModuleClock& clock, const KillSwitch& killSwitch);

    QList<v1::Envelope::BodyCase> bodies() const override;
    HandlerReply handle(const v1::Envelope& request, LinkState& link) override;

private:
    v1::Envelope upload(const v1::Envelope& request, LinkState& link);
    v1::Envelope commit(const v1::Envelope& request, LinkState& link);
    v1::Envelope configState(const v1::Envelope& request) const;

    ConfigStore& m_store;
    const UploadVerifier& m_verifier;
    ConfigApplier& m_applier;
    const ModuleClock& m_clock;
    const KillSwitch& m_killSwitch;
};

} // namespace iotpro::sim
