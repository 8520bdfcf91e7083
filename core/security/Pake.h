#pragma once

#include "common/Result.h"
#include "security/PakeKeySchedule.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace iotpro::security {

/// Pairing of tool and module with the short code printed on the module label: CPace
/// (CPACE-RISTR255-SHA512, initiator-responder) plus explicit key confirmation both ways, so a wrong
/// code is detected before any secret travels. Three messages (docs/security.md has the bytes):
///
///     tool (PakeInitiator)                       module (PakeResponder)
///     start()          -- A: sid || Ya -->       respond(A)
///     finish(B)        <-- B: Yb || Tb --        (counts a failed attempt until C verifies)
///                      -- C: Ta ------->         finish(C)
///     SessionKeys                                SessionKeys
///
/// Each object runs one pairing; after an error or a success it refuses further calls.
/// Secret state (the password string, the scalar) is wiped as soon as it is no longer needed.
class PakeInitiator
{
public:
    /// SecurityCheckFailed when the code is empty after normalisation.
    static Result<PakeInitiator> create(const QString& labelCode, const QString& moduleSerial);

    PakeInitiator(PakeInitiator&&) = default;
    PakeInitiator& operator=(PakeInitiator&&) = default;
    ~PakeInitiator();

    /// Message A (48 bytes): a fresh sid and the tool's share Ya.
    Result<QByteArray> start();

    struct Finished
    {
        QByteArray confirmation; ///< message C (64 bytes), to send to the module
        pake::SessionKeys keys;
    };
    /// Checks message B (96 bytes). SecurityCheckFailed when the module's share is invalid or its
    /// tag does not verify (a wrong code, or someone else answering).
    Result<Finished> finish(QByteArrayView responderMessage);

private:
    PakeInitiator(QByteArray password, QByteArray channelIdentifier);
    void wipeSecrets();

    enum class Stage { Ready, Started, Ended };
    Stage m_stage = Stage::Ready;
    QByteArray m_password;
    QByteArray m_channelIdentifier;
    QByteArray m_sessionId;
    QByteArray m_scalar;
    QByteArray m_share;
};

class PakeResponder
{
public:
    /// SecurityCheckFailed when the code is empty after normalisation.
    static Result<PakeResponder> create(const QString& labelCode, const QString& moduleSerial);

    PakeResponder(PakeResponder&&) = default;
    PakeResponder& operator=(PakeResponder&&) = default;
    ~PakeResponder();

    /// Answers message A (48 bytes) with message B (96 bytes). From here until finish() succeeds,
    /// the module must count this run as a failed attempt: B already lets the peer test one guess.
    Result<QByteArray> respond(QByteArrayView initiatorMessage);

    /// Checks message C (64 bytes). SecurityCheckFailed when the tool's tag does not verify.
    Result<pake::SessionKeys> finish(QByteArrayView initiatorConfirmation);

private:
    PakeResponder(QByteArray password, QByteArray channelIdentifier);
    void wipeSecrets();

    enum class Stage { Ready, Responded, Ended };
    Stage m_stage = Stage::Ready;
    QByteArray m_password;
    QByteArray m_channelIdentifier;
    QByteArray m_expectedConfirmation;
    std::optional<pake::SessionKeys> m_keys;
};

} // namespace iotpro::security
