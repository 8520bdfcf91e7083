#pragma once

#include "device/LiveSnapshot.h"
#include "electrical/Diagnosis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace iotpro::graphics {

/// One arrow of the phasor diagram. Angles are degrees counter-clockwise from the L1-N voltage
/// (ABC: V2 at -120°, V3 at +120°); in 3P3W that puts V12 at +30° and V32 at +90°.
struct PhasorArrow
{
    /// How a current is drawn; voltages are always Normal.
    enum class Status {
        Normal, ///< a voltage, or a current inside its expected sector
        Unjudged, ///< below the accuracy gate, or no voltage to measure its angle against
        Exporting, ///< in the export band of a circuit that can export: real export or a reversed CT
        Alarm, ///< out of place
    };

    Status status = Status::Normal;
    double angleDeg = 0.0;
    /// Share of the arrow's scale, 0 … 1; voltages and currents have separate scales. 0: not drawn.
    double length = 0.0;
    /// "V1", "V12", "I3"; for a current out of place what is wrong: "I2 reversed".
    QString label;

    friend bool operator==(const PhasorArrow&, const PhasorArrow&) = default;
};

/// Where a current belongs: the plausible load-angle band around the voltage of its own phase,
/// from PF 0.5 lagging (clockwise edge) to PF 0.8 leading (counter-clockwise edge).
struct ExpectedSector
{
    double startDeg = 0.0; ///< the lagging edge
    double spanDeg = 0.0; ///< counter-clockwise from startDeg

    friend bool operator==(const ExpectedSector&, const ExpectedSector&) = default;
};

/// What a phasor diagram shows: one voltage, one current and one expected sector per element.
/// PhasorPainter draws it, for the live view (ui/PhasorView) and the commissioning report's PDF.
struct PhasorDiagram
{
    QList<PhasorArrow> voltages;
    QList<PhasorArrow> currents;
    QList<ExpectedSector> sectors;

    bool isEmpty() const { return voltages.isEmpty(); }

    friend bool operator==(const PhasorDiagram&, const PhasorDiagram&) = default;
};

/// The diagram of one live snapshot. Whether a current is out of place is read from the
/// snapshot itself (its angle against its sector, with the engine's tolerance), so that a fix
/// shows at once; `diagnosis` (of the last steady window) only names what is wrong with it.
/// Voltage angles come from the diagnosis engine's frame, so the sectors sit where the engine
/// expects each current, in 3P3W (Aron) too.
PhasorDiagram buildPhasorDiagram(const LiveSnapshot& snapshot,
    const std::optional<electrical::Diagnosis>& diagnosis = std::nullopt,
    const electrical::DiagnosisThresholds& thresholds = electrical::defaultDiagnosisThresholds);

/// Names of the elements' voltages and currents as the live view labels them: "V1"/"I1" in
/// 3P4W and 1P; "V12"/"I1" and "V32"/"I3" in 3P3W (the second CT clamps L3).
QString voltageName(electrical::Wiring wiring, int element);
QString currentName(electrical::Wiring wiring, int element);

/// The texts of the diagram's labels.
class PhasorDiagramTexts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::graphics::PhasorDiagram)
};

} // namespace iotpro::graphics
