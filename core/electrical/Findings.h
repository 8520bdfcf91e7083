#pragma once

#include "Diagnosis.h"

namespace iotpro::electrical {

/// The severity each kind of finding has (documented in docs/diagnosis.md).
Severity severityOf(FindingCode code);

/// A finding with the severity of its code.
Finding makeFinding(FindingCode code, std::optional<int> element, const QString& message);

/// At most one finding per element: the most severe (then the most specific) stays, the others
/// are appended to its message and listed in additionalCodes. Findings about the whole
/// installation come first, then elements in order.
QList<Finding> onePerElement(const QList<Finding>& findings);

/// The worst severity found; no findings, or only informational ones, pass.
Verdict verdictOf(const QList<Finding>& findings);

} // namespace iotpro::electrical
