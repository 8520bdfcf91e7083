#pragma once

#include "ModuleClock.h"
#include "RequestHandler.h"
#include "security/Pake.h"

#include <QString>
#include <optional>

namespace iotpro::sim {

class PairingGuard;

/// Pairing with the label code (docs/security.md, 6): PairingStart (message A) answered with
/// PairingChallenge (B), PairingConfirm (C) with PairingConfirmed, the module as CPace responder.
/// The module runs one pairing at a time: a PairingStart from any link ends the open run. A
/// completed pairing belongs to its link (LinkState::pairing). Wrong codes are rate-limited by the
/// PairingGuard, which counts each run as failed before B goes out.
class PairingRequests : public RequestHandler
{
public:
    /// `labelCode` is the code printed on the module's label, as printed; keeps references to
    /// `guard` and `clock`.
    PairingRequests(QString labelCode, QString serialNumber, PairingGuard& guard, const ModuleClock& clock);
    ~PairingRequests() override;

    QList<v1::Envelope::BodyCase> bodies() const override;
    HandlerReply handle(const v1::Envelope& request, LinkState& link) override;

private:
    v1::Envelope start(const v1::Envelope& request, LinkState& link);
    v1::Envelope confirm(const v1::Envelope& request, LinkState& link);

    /// The run that sent B and waits for C, and the conversation it belongs to.
    struct OpenRun
    {
        quint64 conversationId;
        security::PakeResponder responder;
    };

    QString m_labelCode;
    QString m_serialNumber;
    PairingGuard& m_guard;
    const ModuleClock& m_clock;
    std::optional<OpenRun> m_open;
};

} // namespace iotpro::sim
