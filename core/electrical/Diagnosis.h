#pragma once

#include "DiagnosisThresholds.h"
#include "Installation.h"
#include "Snapshot.h"

#include <QList>
#include <QString>
#include <optional>

namespace iotpro::electrical {

enum class Severity { Info, Warn, Fail };

/// What a finding is about; the JSON names are in DiagnosisJson.h.
enum class FindingCode {
    CtReversed, ///< a CT faces the wrong way
    CtSwapped, ///< a CT clamps another phase's conductor
    PhaseSequenceReversed, ///< the voltages rotate L1 -> L3 -> L2
    VoltageMissing, ///< ~0 V on an element: its CT cannot be judged
    VoltageOutOfRange, ///< outside nominal +-10 %
    VoltageAngleUnexpected, ///< a voltage angle fits no phase sequence: a voltage lead on the wrong conductor
    FrequencyOutOfRange, ///< outside nominal +-1 %
    CurrentBelowAccuracy, ///< under 10 % of the CT rating: no CT verdict
    CurrentOverRating, ///< over 120 % of the CT rating
    CtRatioMismatch, ///< the clamp meter disagrees with the CT: wrong CT size
    Ambiguous, ///< several arrangements fit: one action tells them apart
    WiringUnexplained, ///< no arrangement fits with a usual load
    ElementCountMismatch, ///< the snapshot does not have the wiring's number of elements
};

/// One problem, in words an electrician can act on. At most one finding per element: further
/// problems of that element are appended to the message and listed in additionalCodes.
struct Finding
{
    FindingCode code = FindingCode::Ambiguous;
    std::optional<int> element; ///< 1-based; nullopt for the whole installation
    Severity severity = Severity::Info;
    QString message;
    QList<FindingCode> additionalCodes;

    friend bool operator==(const Finding&, const Finding&) = default;
};

/// The CTs as they really are: ctPhase[k] is the phase (1-3) whose conductor the CT on input
/// k+1 clamps, ctInverted[k] whether it faces the wrong way. Phases are named by the module's
/// voltage terminals (L1 = the conductor on voltage input L1). This is also what the module
/// needs to correct the inputs in software.
struct Correction
{
    QList<int> ctPhase;
    QList<bool> ctInverted;

    friend bool operator==(const Correction&, const Correction&) = default;
};

/// One way the installation could really be wired that fits the readings.
struct Explanation
{
    Correction arrangement;
    /// Load angle each input's phase would have (degrees, lagging positive); nullopt where the
    /// input was not judged. For an exporting phase, the angle of the generation.
    QList<std::optional<double>> loadAngle;
    /// Per input: this explanation has that input's phase exporting.
    QList<bool> exporting;
    int mistakes = 0;
    double probability = 0.0;

    friend bool operator==(const Explanation&, const Explanation&) = default;
};

enum class PowerChange { Rises, Falls, Unchanged };

/// The one action that separates ambiguous explanations, or that confirms a decided one
/// against the rivals that also fit: switch a resistive load between two conductors and watch
/// the inputs' active power.
struct SeparatingTest
{
    int loadPhase = 1; ///< the load is connected from this phase…
    int returnPhase = 0; ///< …to this one; 0 = neutral
    /// The inputs (1-based) whose response tells the explanations apart.
    QList<int> watchInputs;
    /// expected[e][w]: how input watchInputs[w]'s active power changes under explanation e. A
    /// decided result has one row: what the electrician must see, or the result is wrong.
    QList<QList<PowerChange>> expected;

    friend bool operator==(const SeparatingTest&, const SeparatingTest&) = default;
};

enum class Verdict { Pass, Warn, Fail };
enum class PhaseSequence { Positive, Negative };

struct Diagnosis
{
    Verdict verdict = Verdict::Pass;
    QList<Finding> findings;
    /// The real CT arrangement when it differs from the declared one and one explanation stands.
    std::optional<Correction> correction;
    /// Probability of the best explanation of the CT wiring; 0 when no CT could be judged.
    double confidence = 0.0;
    /// The explanations that fit, best first: one when decided; when ambiguous, up to three within
    /// DiagnosisThresholds::candidateMargin of the best.
    QList<Explanation> explanations;
    std::optional<SeparatingTest> separatingTest;
    /// Rotation of the voltages at the module's terminals, when voltage angles were given.
    std::optional<PhaseSequence> voltageSequence;
    /// Rotation of the CT currents in input order (polarity aside), under the best explanation.
    std::optional<PhaseSequence> currentSequence;

    friend bool operator==(const Diagnosis&, const Diagnosis&) = default;
};

/// Finds the most plausible real CT arrangement for a snapshot (or an averaged window) of a
/// declared installation, and every problem worth telling the electrician. Pure and cheap:
/// meant to run on every live update.
Diagnosis diagnose(const Installation& installation, const Snapshot& snapshot,
    const ClampMeterReadings& clampMeter = {},
    const DiagnosisThresholds& thresholds = defaultDiagnosisThresholds);

} // namespace iotpro::electrical
