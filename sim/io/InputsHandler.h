#pragma once

#include "InputsModel.h"
#include "RequestHandler.h"

#include <QByteArray>

namespace iotpro::sim {

class ConfigStore;
class ModuleClock;

/// Serves IoRead and Ds18b20Scan (docs/protocol.md, 4.11): the inputs as the active
/// configuration reads them, at once.
class InputsHandler : public RequestHandler
{
public:
    /// Keeps references to `configs` and `clock`.
    InputsHandler(InputsModel inputs, const ConfigStore& configs, const ModuleClock& clock);

    QList<v1::Envelope::BodyCase> bodies() const override;
    HandlerReply handle(const v1::Envelope& request, LinkState& link) override;

private:
    /// Puts a newly committed configuration's inputs section in force from its commit on.
    void followActiveConfig();

    InputsModel m_inputs;
    const ConfigStore& m_configs;
    const ModuleClock& m_clock;
    /// The active configuration the inputs follow, by its payload hash (empty: factory default).
    std::optional<QByteArray> m_followed;
};

} // namespace iotpro::sim
