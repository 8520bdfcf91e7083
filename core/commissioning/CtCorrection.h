#pragma once

#include "config/DeviceConfig.h"
#include "device/LiveSnapshot.h"
#include "electrical/Diagnosis.h"

#include <QList>
#include <QString>
#include <variant>

/// The live check's software correction turned into configuration: what the module must remap
/// and invert so that its readings come right (docs/diagnosis.md, "Applying the software
/// correction"). Pure functions, shared by the wizard and its tests.
namespace iotpro::commissioning {

/// How the module must treat each CT input it uses (index 0 = CT input 1): the phase whose
/// voltage it pairs the input's current with, and whether it inverts the input. The inversion is
/// the one the firmware applies in the end, with the mounting direction folded in.
struct CtArrangement
{
    QList<int> phase;
    QList<bool> inverted;

    friend bool operator==(const CtArrangement&, const CtArrangement&) = default;
};

/// Why a correction the diagnosis found cannot be applied in software.
enum class CorrectionRefusal {
    /// The correction does not fit the setup the readings were taken with (other wiring, other
    /// number of inputs, a remap that leaves an element without a CT).
    NotOfThisSetup,
    /// In 3P3W a CT on L2's conductor: the Aron elements measure V12 and V32, so no element can
    /// pair a current with L2. Only moving the CT fixes it.
    CtOnReferencePhase,
};

/// The arrangement that makes the module's readings right. `correction` is the diagnosis of
/// readings the module took with `measuredWith`, whose own remap and inversion are already in
/// them: the correction is applied on top of that (element e's current comes from the input
/// `measuredWith` pairs with e's phase).
std::variant<CtArrangement, CorrectionRefusal> correctedArrangement(
    const MeteringSetup& measuredWith, const electrical::Correction& correction);

/// `metering` with its used CT inputs arranged as `arrangement`: the remap, and `inverted` set so
/// that with each input's declared mounting direction the module inverts exactly the inputs the
/// arrangement inverts. `arrangement` must have one entry per input the wiring uses.
config::MeteringConfig withCtArrangement(config::MeteringConfig metering, const CtArrangement& arrangement);

/// Why the correction cannot be applied, in words an electrician can act on.
QString refusalText(CorrectionRefusal refusal);

/// One line per CT input the arrangement changes against `measuredWith`, e.g. "CT input 2:
/// inverted"; empty when it changes nothing.
QStringList arrangementChanges(const MeteringSetup& measuredWith, const CtArrangement& arrangement);

} // namespace iotpro::commissioning
