#pragma once

#include "Diagnosis.h"

#include <QByteArray>
#include <QJsonObject>
#include <variant>

namespace iotpro::electrical {

/// Everything `iotpro-cli diagnose --input` reads.
struct DiagnosisRequest
{
    Installation installation;
    Snapshot snapshot;
    ClampMeterReadings clampMeter;

    friend bool operator==(const DiagnosisRequest&, const DiagnosisRequest&) = default;
};

/// Reads {"wiring": "3P4W"|"3P3W"|"1P", "nominal_voltage", "nominal_frequency", "frequency",
/// "ct_primary_a", "export_possible", "elements": [{"v", "i", "p", "q", "v_angle"?}, …]} plus the
/// optional "ct_secondary" ("333mV", "1A", "5A"), "software_correction" (bool) and
/// "clamp_current_a" ([A or null per element]). Unknown keys are ignored. On failure, one
/// sentence naming the offending key.
std::variant<DiagnosisRequest, QString> parseDiagnosisRequest(const QByteArray& json);

/// {"verdict", "findings": [{"code", "element", "severity", "message", "additional_codes"}],
/// "correction": {"ct_phase", "ct_inverted"} | null, "confidence", "explanations": [{"ct_phase",
/// "ct_inverted", "load_angle", "exporting", "mistakes", "probability"}], "separating_test":
/// {"load_phase", "return_phase" (null = neutral), "watch_inputs": [input…], "expected": [[("rises"|
/// "falls"|"unchanged") per watched input] per explanation]} | null, "voltage_sequence" / "current_sequence":
/// "positive"|"negative"|null}. Machine format: English texts, numbers without locale.
QJsonObject toJson(const Diagnosis& diagnosis);

/// One entry of "findings" above: {"code", "element" (null for the whole installation),
/// "severity", "message", "additional_codes"}.
QJsonObject toJson(const Finding& finding);

/// The JSON names: "ct_reversed", "3P4W", "333mV", "warn", …
QString codeName(FindingCode code);
QString wiringName(Wiring wiring);
QString severityName(Severity severity);
QString verdictName(Verdict verdict);

} // namespace iotpro::electrical
