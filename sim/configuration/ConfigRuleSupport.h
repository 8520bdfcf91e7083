#pragma once

#include "ModuleIdentity.h"
#include "RequestError.h"
#include "config.pb.h"
#include "configuration/ConfigLimitsTable.h"

#include <QString>
#include <optional>
#include <string>

/// What the parts of ConfigRules share (sim/configuration internal): a collector of the first
/// problem and the character rules. Messages are English, as ErrorReply carries them.
namespace iotpro::sim::rules {

/// Keeps the first field refused; later ones are ignored, so that checks run straight through.
class Findings
{
public:
    explicit Findings(v1::ErrorCode code)
        : m_code(code)
    { }

    void refuse(const QString& field, const QString& message)
    {
        if (!m_first)
            m_first = RequestError { m_code, message, field };
    }
    const std::optional<RequestError>& first() const { return m_first; }

private:
    v1::ErrorCode m_code;
    std::optional<RequestError> m_first;
};

/// A number in messages: shortest form, '.' as the decimal separator.
QString number(double value);
/// `a to b` for a message, e.g. "1 to 32".
QString span(const Bounds& bounds);

bool isHexDigits(const std::string& text, qsizetype count);
bool isPrintableAscii(const std::string& text);

/// Refuses `text` (`what` it is) when its length in bytes of UTF-8 is outside `bounds`.
void checkBytes(const std::string& text, const Bounds& bounds, const QString& field, const QString& what,
    Findings& findings);

void checkMetering(const v1::MeteringConfig& metering, const ConfigLimitsTable& limits, Findings& findings);
void checkInputs(const v1::InputsConfig& inputs, const ConfigLimitsTable& limits, Findings& findings);
void checkNetwork(const v1::NetworkConfig& network, const ConfigLimitsTable& limits,
    const FittedOptions& fitted, Findings& findings);

} // namespace iotpro::sim::rules
