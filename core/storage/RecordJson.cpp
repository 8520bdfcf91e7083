#include "RecordJson.h"

#include "commissioning/CommissioningJson.h"
#include "config/ProtoEnums.h"
#include "electrical/DiagnosisJson.h"

#include <QJsonArray>

#include <algorithm>
#include <cctype>
#include <limits>

namespace iotpro::storage::recordjson {

namespace {

using Reader = JsonFieldReader;

constexpr double kAnyNumber = std::numeric_limits<double>::max();
/// Integers travel as JSON numbers (doubles): exact up to 2^53.
constexpr double kMaxExactInteger = 9007199254740992.0;

QString join(const QString& path, const QString& key)
{
    return Reader::join(path, key);
}

quint64 unsignedNumber(Reader& reader, const QJsonObject& json, const QString& path, const QString& key)
{
    return static_cast<quint64>(reader.number(json, path, key, 0, kMaxExactInteger));
}

quint32 unsigned32(Reader& reader, const QJsonObject& json, const QString& path, const QString& key)
{
    return static_cast<quint32>(reader.number(json, path, key, 0, std::numeric_limits<quint32>::max()));
}

int signed32(Reader& reader, const QJsonObject& json, const QString& path, const QString& key)
{
    return reader.integer(json, path, key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

double anyNumber(Reader& reader, const QJsonObject& json, const QString& path, const QString& key)
{
    return reader.number(json, path, key, -kAnyNumber, kAnyNumber);
}

/// The value of an enum whose JSON name `nameOf` gives, trying every value up to `last`.
template <typename Enum, typename NameOf>
Enum readEnum(Reader& reader, const QJsonObject& json, const QString& path, const QString& key, Enum last,
    NameOf nameOf)
{
    QStringList names;
    for (int value = 0; value <= static_cast<int>(last); ++value)
        names.append(nameOf(static_cast<Enum>(value)));
    return static_cast<Enum>(reader.choice(json, path, key, names));
}

/// A config enum by its schema name ("CELLULAR_RAT_LTE_M"); an empty string is "not given".
template <typename Enum>
std::optional<Enum> readProtoEnum(Reader& reader, const QJsonObject& json, const QString& path, const QString& key)
{
    const QString name = reader.text(json, path, key);
    if (name.isEmpty())
        return std::nullopt;
    const std::optional<Enum> value = config::protoenums::fromProtoName<Enum>(name);
    if (!value)
        reader.fail(join(path, key), QStringLiteral("unknown value \"%1\"").arg(name));
    return value;
}

EnergyRegisters readEnergy(Reader& reader, const QJsonObject& json, const QString& path)
{
    EnergyRegisters energy;
    energy.activeImportWh = unsignedNumber(reader, json, path, u"active_import_wh"_qs);
    energy.activeExportWh = unsignedNumber(reader, json, path, u"active_export_wh"_qs);
    energy.activeTotalWh = unsignedNumber(reader, json, path, u"active_total_wh"_qs);
    energy.reactiveImportVarh = unsignedNumber(reader, json, path, u"reactive_import_varh"_qs);
    energy.reactiveExportVarh = unsignedNumber(reader, json, path, u"reactive_export_varh"_qs);
    energy.reactiveTotalVarh = unsignedNumber(reader, json, path, u"reactive_total_varh"_qs);
    return energy;
}

/// Each element of `array` through `readOne`, with its path.
template <typename T, typename ReadOne>
QList<T> readList(const QJsonArray& array, const QString& path, ReadOne readOne)
{
    QList<T> list;
    for (qsizetype i = 0; i < array.size(); ++i)
        list.append(readOne(array.at(i), Reader::element(path, i)));
    return list;
}

LiveElement readElement(Reader& reader, const QJsonObject& json, const QString& path)
{
    LiveElement element;
    element.voltage = anyNumber(reader, json, path, u"v"_qs);
    element.current = anyNumber(reader, json, path, u"i"_qs);
    element.activePower = anyNumber(reader, json, path, u"p"_qs);
    element.reactivePower = anyNumber(reader, json, path, u"q"_qs);
    element.apparentPower = anyNumber(reader, json, path, u"s"_qs);
    element.powerFactor = anyNumber(reader, json, path, u"pf"_qs);
    element.viAngle = anyNumber(reader, json, path, u"angle"_qs);
    element.voltageAngle = anyNumber(reader, json, path, u"v_angle"_qs);
    element.thdVoltage = anyNumber(reader, json, path, u"thd_v"_qs);
    element.thdCurrent = anyNumber(reader, json, path, u"thd_i"_qs);
    return element;
}

Ds18b20Reading readSensor(Reader& reader, const QJsonObject& json, const QString& path)
{
    Ds18b20Reading sensor;
    sensor.romCode = reader.text(json, path, u"rom_code"_qs);
    sensor.temperatureC = anyNumber(reader, json, path, u"temperature_c"_qs);
    sensor.present = reader.boolean(json, path, u"present"_qs, false);
    return sensor;
}

QJsonObject sensorJson(const Ds18b20Reading& sensor)
{
    return { { u"rom_code"_qs, sensor.romCode }, { u"temperature_c"_qs, sensor.temperatureC },
        { u"present"_qs, sensor.present } };
}

} // namespace

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray readHex(Reader& reader, const QJsonObject& json, const QString& path, const QString& key)
{
    const QString text = reader.text(json, path, key);
    const bool valid = text.size() % 2 == 0
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return std::isxdigit(c.unicode()) != 0; });
    if (!valid) {
        reader.fail(join(path, key), QStringLiteral("must be hexadecimal digits, two per byte"));
        return {};
    }
    return QByteArray::fromHex(text.toLatin1());
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime readTime(Reader& reader, const QJsonObject& json, const QString& path, const QString& key)
{
    const QString text = reader.text(json, path, key);
    if (text.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        reader.fail(join(path, key), QStringLiteral("must be an ISO 8601 time, e.g. 2024-05-01T12:00:00.000Z"));
    return time.toUTC();
}

QJsonObject toJson(const ModuleIdentity& module)
{
    return {
        { u"serial_number"_qs, module.serialNumber },
        { u"hardware_revision"_qs, module.hardwareRevision },
        { u"firmware_version"_qs, module.firmwareVersion },
        { u"metering_engine"_qs,
            QJsonObject { { u"model"_qs, module.meteringEngineModel },
                { u"firmware_version"_qs, module.meteringEngineFirmware } } },
        { u"options"_qs,
            QJsonObject { { u"wifi"_qs, module.options.wifi }, { u"lorawan"_qs, module.options.lorawan },
                { u"cellular"_qs, module.options.cellular }, { u"gps"_qs, module.options.gps } } },
    };
}

ModuleIdentity readModule(Reader& reader, const QJsonObject& json, const QString& path)
{
    ModuleIdentity module;
    module.serialNumber = reader.text(json, path, u"serial_number"_qs);
    module.hardwareRevision = reader.text(json, path, u"hardware_revision"_qs);
    module.firmwareVersion = reader.text(json, path, u"firmware_version"_qs);
    const QString enginePath = join(path, u"metering_engine"_qs);
    const QJsonObject engine = reader.object(json, path, u"metering_engine"_qs);
    module.meteringEngineModel = reader.text(engine, enginePath, u"model"_qs);
    module.meteringEngineFirmware = reader.text(engine, enginePath, u"firmware_version"_qs);
    const QString optionsPath = join(path, u"options"_qs);
    const QJsonObject options = reader.object(json, path, u"options"_qs);
    module.options.wifi = reader.boolean(options, optionsPath, u"wifi"_qs, false);
    module.options.lorawan = reader.boolean(options, optionsPath, u"lorawan"_qs, false);
    module.options.cellular = reader.boolean(options, optionsPath, u"cellular"_qs, false);
    module.options.gps = reader.boolean(options, optionsPath, u"gps"_qs, false);
    return module;
}

LiveSnapshot readSnapshot(Reader& reader, const QJsonObject& json, const QString& path)
{
    LiveSnapshot snapshot;
    snapshot.sequence = unsignedNumber(reader, json, path, u"sequence"_qs);
    snapshot.timestampUs = static_cast<qint64>(reader.number(json, path, u"timestamp_us"_qs, 0, kMaxExactInteger));
    snapshot.frequency = anyNumber(reader, json, path, u"frequency"_qs);
    MeteringSetup& setup = snapshot.setup;
    setup.wiring = readEnum(reader, json, path, u"wiring"_qs, electrical::Wiring::SinglePhase, electrical::wiringName);
    setup.nominalVoltage = anyNumber(reader, json, path, u"nominal_voltage"_qs);
    setup.nominalFrequency = anyNumber(reader, json, path, u"nominal_frequency"_qs);
    setup.exportPossible = reader.boolean(json, path, u"export_possible"_qs, false);
    for (const QJsonValue& rating : reader.array(json, path, u"ct_primary_a_per_input"_qs))
        setup.ctPrimaryA.append(rating.toDouble());
    const QString correctionPath = join(path, u"applied_correction"_qs);
    const QJsonObject correction = reader.object(json, path, u"applied_correction"_qs);
    for (const QJsonValue& phase : reader.array(correction, correctionPath, u"ct_phase"_qs))
        setup.ctPhase.append(phase.toInt());
    for (const QJsonValue& inverted : reader.array(correction, correctionPath, u"ct_inverted"_qs))
        setup.ctInverted.append(inverted.toBool());
    const QString elementsPath = join(path, u"elements"_qs);
    snapshot.elements = readList<LiveElement>(reader.array(json, path, u"elements"_qs), elementsPath,
        [&reader](const QJsonValue& value, const QString& at) { return readElement(reader, value.toObject(), at); });
    snapshot.energy = readEnergy(reader, reader.object(json, path, u"energy"_qs), join(path, u"energy"_qs));
    const QString demandPath = join(path, u"demand"_qs);
    const QJsonObject demand = reader.object(json, path, u"demand"_qs);
    snapshot.demand.periodS = unsigned32(reader, demand, demandPath, u"period_s"_qs);
    snapshot.demand.activePower = anyNumber(reader, demand, demandPath, u"active_power_w"_qs);
    snapshot.demand.maxActivePower = anyNumber(reader, demand, demandPath, u"max_active_power_w"_qs);
    return snapshot;
}

QJsonObject toJson(const IoState& io)
{
    QJsonArray inputs;
    for (const DigitalInputState& input : io.digitalInputs) {
        QJsonArray sensors;
        for (const Ds18b20Reading& sensor : input.sensors)
            sensors.append(sensorJson(sensor));
        inputs.append(QJsonObject {
            { u"mode"_qs, input.mode ? QJsonValue(config::protoenums::protoName(*input.mode)) : QJsonValue() },
            { u"contact_closed"_qs, input.contactClosed },
            { u"active"_qs, input.active },
            { u"pulse_count"_qs, qint64(input.pulseCount) },
            { u"pulse_total"_qs, input.pulseTotal },
            { u"sensors"_qs, sensors },
        });
    }
    const AnalogInputState& analog = io.analogInput;
    return {
        { u"timestamp_us"_qs, io.timestampUs },
        { u"digital_inputs"_qs, inputs },
        { u"analog_input"_qs,
            QJsonObject { { u"enabled"_qs, analog.enabled }, { u"input_v"_qs, analog.inputV },
                { u"value"_qs, analog.value }, { u"alarm_low"_qs, analog.alarmLow },
                { u"alarm_high"_qs, analog.alarmHigh } } },
    };
}

IoState readIo(Reader& reader, const QJsonObject& json, const QString& path)
{
    IoState io;
    io.timestampUs = static_cast<qint64>(reader.number(json, path, u"timestamp_us"_qs, 0, kMaxExactInteger));
    const QString inputsPath = join(path, u"digital_inputs"_qs);
    io.digitalInputs = readList<DigitalInputState>(reader.array(json, path, u"digital_inputs"_qs),
        inputsPath, [&reader](const QJsonValue& value, const QString& at) {
            const QJsonObject object = value.toObject();
            DigitalInputState input;
            if (!object.value(u"mode"_qs).isNull())
                input.mode = readProtoEnum<config::DigitalInputMode>(reader, object, at, u"mode"_qs);
            input.contactClosed = reader.boolean(object, at, u"contact_closed"_qs, false);
            input.active = reader.boolean(object, at, u"active"_qs, false);
            input.pulseCount = unsignedNumber(reader, object, at, u"pulse_count"_qs);
            input.pulseTotal = anyNumber(reader, object, at, u"pulse_total"_qs);
            input.sensors = readList<Ds18b20Reading>(reader.array(object, at, u"sensors"_qs),
                join(at, u"sensors"_qs),
                [&reader](const QJsonValue& sensor, const QString& where) {
                    return readSensor(reader, sensor.toObject(), where);
                });
            return input;
        });
    const QString analogPath = join(path, u"analog_input"_qs);
    const QJsonObject analog = reader.object(json, path, u"analog_input"_qs);
    io.analogInput.enabled = reader.boolean(analog, analogPath, u"enabled"_qs, false);
    io.analogInput.inputV = anyNumber(reader, analog, analogPath, u"input_v"_qs);
    io.analogInput.value = anyNumber(reader, analog, analogPath, u"value"_qs);
    io.analogInput.alarmLow = reader.boolean(analog, analogPath, u"alarm_low"_qs, false);
    io.analogInput.alarmHigh = reader.boolean(analog, analogPath, u"alarm_high"_qs, false);
    return io;
}

NetworkCheckReport readNetwork(Reader& reader, const QJsonObject& json, const QString& path)
{
    using commissioning::enumName;
    NetworkCheckReport report;
    report.durationMs = unsigned32(reader, json, path, u"duration_ms"_qs);

    const QString wifiPath = join(path, u"wifi"_qs);
    const QJsonObject wifi = reader.object(json, path, u"wifi"_qs);
    const auto stateOf = [&reader](const QJsonObject& check, const QString& at) {
        return readEnum(reader, check, at, u"state"_qs, CheckState::Unknown,
            [](CheckState state) { return enumName(state); });
    };
    report.wifi.state = stateOf(wifi, wifiPath);
    report.wifi.failure = readEnum(reader, wifi, wifiPath, u"failure"_qs, WifiFailure::Other,
        [](WifiFailure failure) { return enumName(failure); });
    report.wifi.ssid = reader.text(wifi, wifiPath, u"ssid"_qs);
    report.wifi.bssid = reader.text(wifi, wifiPath, u"bssid"_qs);
    report.wifi.rssiDbm = signed32(reader, wifi, wifiPath, u"rssi_dbm"_qs);
    report.wifi.channel = unsigned32(reader, wifi, wifiPath, u"channel"_qs);
    report.wifi.ipAddress = reader.text(wifi, wifiPath, u"ip_address"_qs);
    report.wifi.gateway = reader.text(wifi, wifiPath, u"gateway"_qs);

    const QString loraPath = join(path, u"lorawan"_qs);
    const QJsonObject lora = reader.object(json, path, u"lorawan"_qs);
    report.lorawan.state = stateOf(lora, loraPath);
    report.lorawan.failure = readEnum(reader, lora, loraPath, u"failure"_qs, LorawanFailure::Other,
        [](LorawanFailure failure) { return enumName(failure); });
    report.lorawan.joinAttempts = unsigned32(reader, lora, loraPath, u"join_attempts"_qs);
    report.lorawan.devAddr = readHex(reader, lora, loraPath, u"dev_addr"_qs);
    report.lorawan.rssiDbm = signed32(reader, lora, loraPath, u"rssi_dbm"_qs);
    report.lorawan.snrDb = anyNumber(reader, lora, loraPath, u"snr_db"_qs);
    report.lorawan.linkMarginDb = unsigned32(reader, lora, loraPath, u"link_margin_db"_qs);
    report.lorawan.gatewayCount = unsigned32(reader, lora, loraPath, u"gateway_count"_qs);
    report.lorawan.dataRate = unsigned32(reader, lora, loraPath, u"data_rate"_qs);

    const QString cellPath = join(path, u"cellular"_qs);
    const QJsonObject cell = reader.object(json, path, u"cellular"_qs);
    report.cellular.state = stateOf(cell, cellPath);
    report.cellular.failure = readEnum(reader, cell, cellPath, u"failure"_qs, CellularFailure::Other,
        [](CellularFailure failure) { return enumName(failure); });
    report.cellular.operatorName = reader.text(cell, cellPath, u"operator"_qs);
    report.cellular.rat = readProtoEnum<config::CellularRat>(reader, cell, cellPath, u"rat"_qs);
    report.cellular.rsrpDbm = signed32(reader, cell, cellPath, u"rsrp_dbm"_qs);
    report.cellular.rsrqDb = anyNumber(reader, cell, cellPath, u"rsrq_db"_qs);
    report.cellular.signalQuality = unsigned32(reader, cell, cellPath, u"signal_quality"_qs);
    report.cellular.ipAddress = reader.text(cell, cellPath, u"ip_address"_qs);

    const QString gpsPath = join(path, u"gps"_qs);
    const QJsonObject gps = reader.object(json, path, u"gps"_qs);
    report.gps.state = stateOf(gps, gpsPath);
    report.gps.failure = readEnum(reader, gps, gpsPath, u"failure"_qs, GpsFailure::Other,
        [](GpsFailure failure) { return enumName(failure); });
    report.gps.satellitesInView = unsigned32(reader, gps, gpsPath, u"satellites_in_view"_qs);
    report.gps.satellitesUsed = unsigned32(reader, gps, gpsPath, u"satellites_used"_qs);
    report.gps.latitudeDeg = anyNumber(reader, gps, gpsPath, u"latitude_deg"_qs);
    report.gps.longitudeDeg = anyNumber(reader, gps, gpsPath, u"longitude_deg"_qs);
    report.gps.altitudeM = anyNumber(reader, gps, gpsPath, u"altitude_m"_qs);
    report.gps.hdop = anyNumber(reader, gps, gpsPath, u"hdop"_qs);
    report.gps.timeToFixS = unsigned32(reader, gps, gpsPath, u"time_to_fix_s"_qs);
    return report;
}

commissioning::ConfigWriteResult readWritten(
    Reader& reader, const QJsonObject& json, const QString& path, const config::DeviceConfig& config)
{
    commissioning::ConfigWriteResult result;
    result.serialNumber = reader.text(json, path, u"serial_number"_qs);
    result.previousCounter = unsignedNumber(reader, json, path, u"previous_counter"_qs);
    result.counter = unsignedNumber(reader, json, path, u"counter"_qs);
    result.slot = unsigned32(reader, json, path, u"slot"_qs);
    result.payloadSha256 = readHex(reader, json, path, u"payload_sha256"_qs);
    result.configHash = readHex(reader, json, path, u"config_hash"_qs);
    result.signerFingerprint = reader.text(json, path, u"signer_fingerprint"_qs);
    result.committedAt = readTime(reader, json, path, u"committed"_qs);
    result.recoveredAfterLinkLoss = reader.boolean(json, path, u"recovered_after_link_loss"_qs, false);
    result.config = config;
    result.changes = readList<config::ConfigChange>(reader.array(json, path, u"changes"_qs),
        join(path, u"changes"_qs), [&reader](const QJsonValue& value, const QString& at) {
            const QJsonObject change = value.toObject();
            config::ConfigChange out;
            out.fieldPath = reader.text(change, at, u"field"_qs);
            out.secret = reader.boolean(change, at, u"secret_changed"_qs, false);
            if (!out.secret) {
                out.oldValue = reader.text(change, at, u"old"_qs);
                out.newValue = reader.text(change, at, u"new"_qs);
            }
            return out;
        });
    const QString openingPath = join(path, u"opening"_qs);
    const QJsonObject opening = reader.object(json, path, u"opening"_qs);
    commissioning::OpeningReadings& readings = result.opening;
    readings.energy = readEnergy(reader, reader.object(opening, openingPath, u"energy"_qs),
        join(openingPath, u"energy"_qs));
    readings.moduleClock = readTime(reader, opening, openingPath, u"module_clock"_qs);
    readings.timeZone = reader.text(opening, openingPath, u"time_zone"_qs);
    readings.clockSynchronized = reader.boolean(opening, openingPath, u"clock_synchronized"_qs, false);
    readings.clockOffsetMs = static_cast<qint64>(
        reader.number(opening, openingPath, u"clock_offset_ms"_qs, -kMaxExactInteger, kMaxExactInteger));
    readings.clockSet = reader.boolean(opening, openingPath, u"clock_set"_qs, false);
    readings.clockSetTo = readTime(reader, opening, openingPath, u"clock_set_to"_qs);
    readings.timeZoneSetTo = reader.text(opening, openingPath, u"time_zone_set_to"_qs);
    return result;
}

QJsonObject toJson(const WriteFailureRecord& failure)
{
    QJsonArray issues;
    for (const config::ValidationIssue& issue : failure.issues)
        issues.append(QJsonObject { { u"field"_qs, issue.fieldPath }, { u"message"_qs, issue.message } });
    return {
        { u"step"_qs, commissioning::stepName(failure.step) },
        { u"title"_qs, failure.title },
        { u"detail"_qs, failure.detail },
        { u"outcome"_qs, commissioning::enumName(failure.outcome) },
        { u"active_counter"_qs, qint64(failure.activeCounter) },
        { u"issues"_qs, issues },
    };
}

WriteFailureRecord readWriteFailure(Reader& reader, const QJsonObject& json, const QString& path)
{
    WriteFailureRecord failure;
    failure.step = readEnum(reader, json, path, u"step"_qs, commissioning::WriteStep::NetworkCheck,
        commissioning::stepName);
    failure.title = reader.text(json, path, u"title"_qs);
    failure.detail = reader.text(json, path, u"detail"_qs);
    failure.outcome = readEnum(reader, json, path, u"outcome"_qs, commissioning::ModuleOutcome::Unknown,
        [](commissioning::ModuleOutcome outcome) { return commissioning::enumName(outcome); });
    failure.activeCounter = unsignedNumber(reader, json, path, u"active_counter"_qs);
    failure.issues = readList<config::ValidationIssue>(reader.array(json, path, u"issues"_qs),
        join(path, u"issues"_qs), [&reader](const QJsonValue& value, const QString& at) {
            const QJsonObject issue = value.toObject();
            return config::ValidationIssue { reader.text(issue, at, u"field"_qs), reader.text(issue, at, u"message"_qs) };
        });
    return failure;
}

electrical::Finding readFinding(Reader& reader, const QJsonObject& json, const QString& path)
{
    using electrical::FindingCode;
    constexpr FindingCode lastCode = FindingCode::ElementCountMismatch;
    electrical::Finding finding;
    finding.code = readEnum(reader, json, path, u"code"_qs, lastCode, electrical::codeName);
    if (!json.value(u"element"_qs).isNull())
        finding.element = reader.integer(json, path, u"element"_qs, 1, 3);
    finding.severity = readEnum(reader, json, path, u"severity"_qs, electrical::Severity::Fail,
        electrical::severityName);
    finding.message = reader.text(json, path, u"message"_qs);
    const QStringList codeNames = [] {
        QStringList names;
        for (int code = 0; code <= static_cast<int>(lastCode); ++code)
            names.append(electrical::codeName(static_cast<FindingCode>(code)));
        return names;
    }();
    const QJsonArray additional = reader.array(json, path, u"additional_codes"_qs);
    for (qsizetype i = 0; i < additional.size(); ++i) {
        const qsizetype code = codeNames.indexOf(additional.at(i).toString());
        if (code < 0)
            reader.fail(Reader::element(join(path, u"additional_codes"_qs), i), QStringLiteral("unknown finding code"));
        else
            finding.additionalCodes.append(static_cast<FindingCode>(code));
    }
    return finding;
}

} // namespace iotpro::storage::recordjson
