#include "LiveSnapshot.h"

#include "electrical/DiagnosisJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace iotpro {

bool MeteringSetup::hasSoftwareCorrection() const
{
    for (qsizetype input = 0; input < ctPhase.size(); ++input) {
        if (ctPhase[input] != electrical::declaredPhase(wiring, int(input) + 1))
            return true;
    }
    return ctInverted.contains(true);
}

electrical::Snapshot toElectricalSnapshot(const LiveSnapshot& snapshot)
{
    electrical::Snapshot out;
    out.frequency = snapshot.frequency;
    for (const LiveElement& element : snapshot.elements)
        out.elements.append({ element.voltage, element.current, element.activePower, element.reactivePower,
            element.voltageAngle });
    return out;
}

electrical::Installation toInstallation(const MeteringSetup& setup)
{
    electrical::Installation installation;
    installation.wiring = setup.wiring;
    installation.nominalVoltage = setup.nominalVoltage;
    installation.nominalFrequency = setup.nominalFrequency;
    installation.ctPrimaryA = setup.ctPrimaryA.value(0, installation.ctPrimaryA);
    installation.exportPossible = setup.exportPossible;
    return installation;
}

QJsonObject toJson(const LiveSnapshot& snapshot)
{
    QJsonArray elements;
    for (const LiveElement& e : snapshot.elements) {
        elements.append(QJsonObject {
            { u"v"_qs, e.voltage },
            { u"i"_qs, e.current },
            { u"p"_qs, e.activePower },
            { u"q"_qs, e.reactivePower },
            { u"s"_qs, e.apparentPower },
            { u"pf"_qs, e.powerFactor },
            { u"angle"_qs, e.viAngle },
            { u"v_angle"_qs, e.voltageAngle },
            { u"thd_v"_qs, e.thdVoltage },
            { u"thd_i"_qs, e.thdCurrent },
        });
    }
    const auto toArray = [](const auto& list) {
        QJsonArray array;
        for (const auto& value : list)
            array.append(value);
        return array;
    };
    const MeteringSetup& setup = snapshot.setup;
    return QJsonObject {
        { u"sequence"_qs, qint64(snapshot.sequence) },
        { u"timestamp_us"_qs, snapshot.timestampUs },
        { u"time"_qs,
            QDateTime::fromMSecsSinceEpoch(snapshot.timestampUs / 1000, Qt::UTC).toString(Qt::ISODateWithMs) },
        { u"wiring"_qs, electrical::wiringName(setup.wiring) },
        { u"nominal_voltage"_qs, setup.nominalVoltage },
        { u"nominal_frequency"_qs, setup.nominalFrequency },
        { u"ct_primary_a"_qs, setup.ctPrimaryA.value(0) },
        { u"ct_primary_a_per_input"_qs, toArray(setup.ctPrimaryA) },
        { u"export_possible"_qs, setup.exportPossible },
        { u"applied_correction"_qs,
            QJsonObject {
                { u"ct_phase"_qs, toArray(setup.ctPhase) },
                { u"ct_inverted"_qs, toArray(setup.ctInverted) },
            } },
        { u"frequency"_qs, snapshot.frequency },
        { u"elements"_qs, elements },
        { u"energy"_qs, toJson(snapshot.energy) },
        { u"demand"_qs,
            QJsonObject {
                { u"period_s"_qs, qint64(snapshot.demand.periodS) },
                { u"active_power_w"_qs, snapshot.demand.activePower },
                { u"max_active_power_w"_qs, snapshot.demand.maxActivePower },
            } },
    };
}

QJsonObject toJson(const EnergyRegisters& energy)
{
    return QJsonObject {
        // Integers: exact register values, no float rounding of billing data.
        { u"active_import_wh"_qs, qint64(energy.activeImportWh) },
        { u"active_export_wh"_qs, qint64(energy.activeExportWh) },
        { u"active_total_wh"_qs, qint64(energy.activeTotalWh) },
        { u"reactive_import_varh"_qs, qint64(energy.reactiveImportVarh) },
        { u"reactive_export_varh"_qs, qint64(energy.reactiveExportVarh) },
        { u"reactive_total_varh"_qs, qint64(energy.reactiveTotalVarh) },
    };
}

} // namespace iotpro
