#include "MeterRegisterImage.h"

#include "electrical/Phasor.h"

namespace iotpro::sim {

namespace {

// Input registers of an SDM630-class meter (0-based), per element: the first element's address
// and the stride to the next.
constexpr int kVoltage = 0x0000;
constexpr int kCurrent = 0x0006;
constexpr int kActivePower = 0x000C;
constexpr int kApparentPower = 0x0012;
constexpr int kReactivePower = 0x0018;
constexpr int kPowerFactor = 0x001E;
constexpr int kPhaseAngle = 0x0024;
constexpr int kThdVoltage = 0x00EA;
constexpr int kThdCurrent = 0x00F0;
constexpr int kLineVoltage = 0x00C8;
constexpr int kElementStride = 2;
// Totals and the rest.
constexpr int kTotalActivePower = 0x0034;
constexpr int kTotalApparentPower = 0x0038;
constexpr int kTotalReactivePower = 0x003C;
constexpr int kTotalPowerFactor = 0x003E;
constexpr int kFrequency = 0x0046;
constexpr int kImportActiveEnergy = 0x0048;
constexpr int kExportActiveEnergy = 0x004A;
constexpr int kImportReactiveEnergy = 0x004C;
constexpr int kExportReactiveEnergy = 0x004E;
constexpr int kPowerDemand = 0x0054;
constexpr int kMaxPowerDemand = 0x0056;
constexpr int kNeutralCurrent = 0x00E0;
constexpr int kTotalActiveEnergy = 0x0156;
constexpr int kTotalReactiveEnergy = 0x0158;
// Holding registers.
constexpr int kDemandPeriod = 0x0002;
constexpr int kCtPrimary = 0x0008;
constexpr int kSystemType = 0x000A;
constexpr int kSerialNumber = 0xFC00;

constexpr double kUnitsPerKilo = 1000.0;
constexpr double kSecondsPerMinute = 60.0;

double systemType(Wiring wiring)
{
    switch (wiring) {
    case Wiring::SinglePhase:
        return 1.0;
    case Wiring::ThreePhaseThreeWire:
        return 2.0;
    case Wiring::ThreePhaseFourWire:
        return 3.0;
    }
    return 0.0;
}

Phasor voltagePhasor(const ElementValues& element)
{
    return polarDegrees(element.voltage, element.voltageAngleDeg);
}

} // namespace

void writeMeterRegisters(
    RegisterImage& image, const MeterReading& reading, const MeteringSetup& setup, quint32 serialNumber)
{
    double totalActive = 0.0;
    double totalApparent = 0.0;
    double totalReactive = 0.0;
    Phasor neutral;
    for (qsizetype k = 0; k < 3; ++k) {
        const ElementValues element = reading.elements.value(k);
        const int offset = int(k) * kElementStride;
        image.setInputFloat(kVoltage + offset, element.voltage);
        image.setInputFloat(kCurrent + offset, element.current);
        image.setInputFloat(kActivePower + offset, element.activePower);
        image.setInputFloat(kApparentPower + offset, element.apparentPower);
        image.setInputFloat(kReactivePower + offset, element.reactivePower);
        image.setInputFloat(kPowerFactor + offset, element.powerFactor);
        image.setInputFloat(kPhaseAngle + offset, element.viAngleDeg);
        image.setInputFloat(kThdVoltage + offset, element.thdVoltagePct);
        image.setInputFloat(kThdCurrent + offset, element.thdCurrentPct);
        totalActive += element.activePower;
        totalApparent += element.apparentPower;
        totalReactive += element.reactivePower;
        neutral += polarDegrees(element.current, element.voltageAngleDeg - element.viAngleDeg);
    }
    // Line-to-line voltages: differences of the element voltages (3P4W); in 3P3W the two
    // elements already are V12 and V32, so V31 is their difference.
    const ElementValues e1 = reading.elements.value(0);
    const ElementValues e2 = reading.elements.value(1);
    const ElementValues e3 = reading.elements.value(2);
    const bool threeWire = setup.wiring == Wiring::ThreePhaseThreeWire;
    const double v12 = threeWire ? e1.voltage : std::abs(voltagePhasor(e1) - voltagePhasor(e2));
    const double v23 = threeWire ? e2.voltage : std::abs(voltagePhasor(e2) - voltagePhasor(e3));
    const double v31 = std::abs(threeWire ? voltagePhasor(e1) - voltagePhasor(e2) : voltagePhasor(e3) - voltagePhasor(e1));
    const bool fourWire = setup.wiring == Wiring::ThreePhaseFourWire;
    image.setInputFloat(kLineVoltage, fourWire || threeWire ? v12 : 0.0);
    image.setInputFloat(kLineVoltage + kElementStride, fourWire || threeWire ? v23 : 0.0);
    image.setInputFloat(kLineVoltage + 2 * kElementStride, fourWire || threeWire ? v31 : 0.0);
    image.setInputFloat(kNeutralCurrent, fourWire ? std::abs(neutral) : 0.0);

    image.setInputFloat(kTotalActivePower, totalActive);
    image.setInputFloat(kTotalApparentPower, totalApparent);
    image.setInputFloat(kTotalReactivePower, totalReactive);
    image.setInputFloat(kTotalPowerFactor, totalApparent > 0.0 ? std::abs(totalActive) / totalApparent : 0.0);
    image.setInputFloat(kFrequency, reading.frequency);
    image.setInputFloat(kImportActiveEnergy, double(reading.energy.activeImportWh) / kUnitsPerKilo);
    image.setInputFloat(kExportActiveEnergy, double(reading.energy.activeExportWh) / kUnitsPerKilo);
    image.setInputFloat(kImportReactiveEnergy, double(reading.energy.reactiveImportVarh) / kUnitsPerKilo);
    image.setInputFloat(kExportReactiveEnergy, double(reading.energy.reactiveExportVarh) / kUnitsPerKilo);
    image.setInputFloat(kTotalActiveEnergy, double(reading.energy.activeTotalWh) / kUnitsPerKilo);
    image.setInputFloat(kTotalReactiveEnergy, double(reading.energy.reactiveTotalVarh) / kUnitsPerKilo);
    image.setInputFloat(kPowerDemand, reading.demand.activePowerW);
    image.setInputFloat(kMaxPowerDemand, reading.demand.maxActivePowerW);

    image.setHoldingFloat(kDemandPeriod, double(setup.demandPeriodS) / kSecondsPerMinute);
    image.setHoldingFloat(kCtPrimary, setup.ctPrimaryA.value(0));
    image.setHoldingFloat(kSystemType, systemType(setup.wiring));
    image.setHoldingUint32(kSerialNumber, serialNumber);
}

} // namespace iotpro::sim
