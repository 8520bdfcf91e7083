#include "ProtoConversions.h"

#include <charconv>

namespace iotpro {

double widen(float value)
{
    // Shortest decimal form that round-trips the float, read back as a double.
    char text[32];
    const auto written = std::to_chars(std::begin(text), std::end(text), value);
    double result = 0;
    std::from_chars(std::begin(text), written.ptr, result);
    return result;
}

DeviceInfo fromProto(const v1::DeviceInfo& p)
{
    DeviceInfo info;
    info.serialNumber = QString::fromStdString(p.serial_number());
    info.hardwareRevision = QString::fromStdString(p.hardware_revision());
    info.firmwareVersion = QString::fromStdString(p.firmware_version());
    info.minProtocolVersion = p.min_protocol_version();
    info.maxProtocolVersion = p.max_protocol_version();
    info.meteringEngineModel = QString::fromStdString(p.metering_engine().model());
    info.meteringEngineFirmware = QString::fromStdString(p.metering_engine().firmware_version());
    info.options = { p.options().wifi(), p.options().lorawan(), p.options().cellular(), p.options().gps() };
    info.configCounter = p.config_counter();
    info.clock = QDateTime::fromMSecsSinceEpoch(p.clock().unix_time_ms(), Qt::UTC);
    info.timeZone = QString::fromStdString(p.clock().time_zone());
    info.clockSynchronized = p.clock().synchronized();
    info.usbVendorId = static_cast<quint16>(p.usb().vendor_id());
    info.usbProductId = static_cast<quint16>(p.usb().product_id());
    info.bleAddress = QString::fromStdString(p.ble().address());
    info.bleName = QString::fromStdString(p.ble().name());
    info.maxPayloadSize = p.max_payload_size();
    info.uptimeMs = p.uptime_ms();
    return info;
}

namespace {

electrical::Wiring fromProto(v1::Wiring wiring)
{
    switch (wiring) {
    case v1::WIRING_3P3W:
        return electrical::Wiring::ThreePhaseThreeWire;
    case v1::WIRING_1P:
        return electrical::Wiring::SinglePhase;
    default:
        return electrical::Wiring::ThreePhaseFourWire;
    }
}

} // namespace

LiveSnapshot fromProto(const v1::LiveSnapshot& p)
{
    LiveSnapshot snapshot;
    snapshot.sequence = p.sequence();
    snapshot.timestampUs = p.timestamp_us();
    snapshot.frequency = widen(p.frequency_hz());
    for (const v1::ElementReading& e : p.elements()) {
        snapshot.elements.append({
            widen(e.voltage_v()),
            widen(e.current_a()),
            widen(e.active_power_w()),
            widen(e.reactive_power_var()),
            widen(e.apparent_power_va()),
            widen(e.power_factor()),
            widen(e.vi_angle_deg()),
            widen(e.voltage_angle_deg()),
            widen(e.thd_voltage_pct()),
            widen(e.thd_current_pct()),
        });
    }
    const v1::EnergyRegisters& energy = p.energy();
    snapshot.energy = { energy.active_import_wh(), energy.active_export_wh(), energy.active_total_wh(),
        energy.reactive_import_varh(), energy.reactive_export_varh(), energy.reactive_total_varh() };
    snapshot.demand = { p.demand().period_s(), widen(p.demand().active_power_w()),
        widen(p.demand().max_active_power_w()) };
    const v1::MeteringSetup& setup = p.setup();
    snapshot.setup.wiring = fromProto(setup.wiring());
    snapshot.setup.nominalVoltage = widen(setup.nominal_voltage_v());
    snapshot.setup.nominalFrequency = widen(setup.nominal_frequency_hz());
    for (const float rating : setup.ct_primary_a())
        snapshot.setup.ctPrimaryA.append(widen(rating));
    for (const quint32 phase : setup.ct_phase())
        snapshot.setup.ctPhase.append(int(phase));
    for (const bool inverted : setup.ct_inverted())
        snapshot.setup.ctInverted.append(inverted);
    snapshot.setup.exportPossible = setup.export_possible();
    return snapshot;
}

} // namespace iotpro
