#pragma once

#include "WiringSearch.h"

#include <QCoreApplication>
#include <array>
#include <optional>
#include <utility>

namespace iotpro::electrical {

/// Every sentence the diagnosis says, in plain language with the physical fix. English source
/// text; translated through tr() with the context "iotpro::electrical::Diagnosis".
class DiagnosisMessages
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::electrical::Diagnosis)

public:
    static QString voltageMissing(int element, double volts);
    static QString voltageOutOfRange(int element, double volts, double low, double high);
    static QString voltageAngleUnexpected(Wiring wiring, int element, double angle);
    static QString frequencyOutOfRange(double hertz, double low, double high);
    static QString currentBelowAccuracy(int element, double amps, double share, double rating);
    static QString currentOverRating(int element, double amps, double share, double rating);
    static QString ctRatioMismatch(int element, double meterAmps, double clampAmps, double tolerance,
        double declaredRating, double impliedRating);
    static QString ctReversed(const Installation& installation, int input);
    /// `occupant`: the input whose CT now sits on this input's phase, if any.
    static QString ctSwapped(const Installation& installation, int input, int actualPhase, bool inverted,
        std::optional<int> occupant);
    /// `leadSwap`: the two voltage leads whose exchange fixes the rotation and the CT pairing at once.
    static QString phaseSequenceReversed(std::optional<std::pair<int, int>> leadSwap);
    static QString ambiguous(const Installation& installation, const QList<WiringHypothesis>& candidates,
        const std::array<bool, 3>& judged, const std::optional<SeparatingTest>& test);
    static QString wiringUnexplained(
        const Installation& installation, const WiringHypothesis& closest, const std::array<bool, 3>& judged);
    static QString elementCountMismatch(Wiring wiring, qsizetype got);
    /// "Also: …" for the further problems of an element that already has a finding.
    static QString also(const QString& message);
    /// One arrangement in a few words: "the CT on input 1 is on L2; the CT on input 3 faces the wrong way".
    static QString describe(const Installation& installation, const WiringHypothesis& hypothesis,
        const std::array<bool, 3>& judged);
};

} // namespace iotpro::electrical
