#include "DiagnosisJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <limits>

namespace iotpro::electrical {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::electrical::DiagnosisJson)
};

/// The request being read; the first problem found ends the parse.
class RequestReader
{
public:
    explicit RequestReader(const QJsonObject& object)
        : m_object(object)
    { }

    const QString& error() const { return m_error; }

    double number(const QString& key, double minimum)
    {
        const QJsonValue value = m_object.value(key);
        if (!value.isDouble())
            return fail(Texts::tr("\"%1\" is missing or not a number.").arg(key));
        if (value.toDouble() < minimum)
            return fail(Texts::tr("\"%1\" must be at least %2.").arg(key).arg(minimum));
        return value.toDouble();
    }

    double positive(const QString& key)
    {
        const double value = number(key, 0.0);
        if (m_error.isEmpty() && value <= 0.0)
            return fail(Texts::tr("\"%1\" must be greater than 0.").arg(key));
        return value;
    }

    bool boolean(const QString& key, std::optional<bool> fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && fallback)
            return *fallback;
        if (!value.isBool())
            fail(Texts::tr("\"%1\" is missing or not true/false.").arg(key));
        return value.toBool();
    }

    /// The value of `key` among `names`, or the fallback when absent and one is given.
    template <typename Enum>
    Enum choice(
        const QString& key, const QList<std::pair<QString, Enum>>& names, std::optional<Enum> fallback)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && fallback)
            return *fallback;
        QStringList accepted;
        for (const auto& [name, item] : names) {
            if (value.toString() == name)
                return item;
            accepted << u'"' + name + u'"';
        }
        fail(Texts::tr("\"%1\" must be one of %2.").arg(key, accepted.join(u", ")));
        return names.front().second;
    }

    double fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return 0.0;
    }

private:
    QJsonObject m_object;
    QString m_error;
};

const QList<std::pair<QString, Wiring>>& wiringNames()
{
    static const QList<std::pair<QString, Wiring>> names { { u"3P4W"_qs, Wiring::ThreePhaseFourWire },
        { u"3P3W"_qs, Wiring::ThreePhaseThreeWire }, { u"1P"_qs, Wiring::SinglePhase } };
    return names;
}

std::optional<ElementReading> readElement(const QJsonValue& value, int element, QString& error)
{
    if (!value.isObject()) {
        error = Texts::tr("\"elements\"[%1] is not an object.").arg(element - 1);
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    RequestReader reader(object);
    ElementReading reading;
    reading.voltage = reader.number(u"v"_qs, 0.0);
    reading.current = reader.number(u"i"_qs, 0.0);
    reading.activePower = reader.number(u"p"_qs, -std::numeric_limits<double>::max());
    reading.reactivePower = reader.number(u"q"_qs, -std::numeric_limits<double>::max());
    const QJsonValue angle = object.value(u"v_angle"_qs);
    if (angle.isDouble())
        reading.voltageAngle = angle.toDouble();
    else if (!angle.isUndefined() && !angle.isNull())
        reader.fail(Texts::tr("\"v_angle\" is not a number."));
    if (!reader.error().isEmpty()) {
        error = Texts::tr("Element %1: %2").arg(element).arg(reader.error());
        return std::nullopt;
    }
    return reading;
}

QJsonValue orNull(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

/// Rounded to `decimals` places: a reading's precision, not the floating-point noise.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"info"_qs;
    case Severity::Warn:
        return u"warn"_qs;
    case Severity::Fail:
        return u"fail"_qs;
    }
    return {};
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return u"pass"_qs;
    case Verdict::Warn:
        return u"warn"_qs;
    case Verdict::Fail:
        return u"fail"_qs;
    }
    return {};
}

namespace {

QString changeName(PowerChange change)
{
    switch (change) {
    case PowerChange::Rises:
        return u"rises"_qs;
    case PowerChange::Falls:
        return u"falls"_qs;
    case PowerChange::Unchanged:
        return u"unchanged"_qs;
    }
    return {};
}

QJsonValue sequenceJson(const std::optional<PhaseSequence>& sequence)
{
    if (!sequence)
        return QJsonValue();
    return *sequence == PhaseSequence::Positive ? u"positive"_qs : u"negative"_qs;
}

template <typename T> QJsonArray arrayOf(const QList<T>& values)
{
    QJsonArray array;
    for (const T& value : values)
        array.append(value);
    return array;
}

QJsonObject arrangementJson(const Correction& arrangement)
{
    return { { u"ct_phase"_qs, arrayOf(arrangement.ctPhase) },
        { u"ct_inverted"_qs, arrayOf(arrangement.ctInverted) } };
}

QJsonObject explanationJson(const Explanation& explanation)
{
    QJsonObject json = arrangementJson(explanation.arrangement);
    QJsonArray angles;
    for (const std::optional<double>& angle : explanation.loadAngle)
        angles.append(angle ? QJsonValue(rounded(*angle, 1)) : QJsonValue());
    json.insert(u"load_angle"_qs, angles);
    json.insert(u"exporting"_qs, arrayOf(explanation.exporting));
    json.insert(u"mistakes"_qs, explanation.mistakes);
    json.insert(u"probability"_qs, rounded(explanation.probability, 3));
    return json;
}

QJsonValue separatingTestJson(const std::optional<SeparatingTest>& test)
{
    if (!test)
        return QJsonValue();
    QJsonArray expected;
    for (const QList<PowerChange>& responses : test->expected) {
        QJsonArray changes;
        for (PowerChange change : responses)
            changes.append(changeName(change));
        expected.append(changes);
    }
    return QJsonObject {
        { u"load_phase"_qs, test->loadPhase },
        { u"return_phase"_qs, test->returnPhase == 0 ? QJsonValue() : QJsonValue(test->returnPhase) },
        { u"watch_inputs"_qs, arrayOf(test->watchInputs) },
        { u"expected"_qs, expected },
    };
}

} // namespace

QString codeName(FindingCode code)
{
    switch (code) {
    case FindingCode::CtReversed:
        return u"ct_reversed"_qs;
    case FindingCode::CtSwapped:
        return u"ct_swapped"_qs;
    case FindingCode::PhaseSequenceReversed:
        return u"phase_sequence_reversed"_qs;
    case FindingCode::VoltageMissing:
        return u"voltage_missing"_qs;
    case FindingCode::VoltageOutOfRange:
        return u"voltage_out_of_range"_qs;
    case FindingCode::VoltageAngleUnexpected:
        return u"voltage_angle_unexpected"_qs;
    case FindingCode::FrequencyOutOfRange:
        return u"frequency_out_of_range"_qs;
    case FindingCode::CurrentBelowAccuracy:
        return u"current_below_accuracy"_qs;
    case FindingCode::CurrentOverRating:
        return u"current_over_rating"_qs;
    case FindingCode::CtRatioMismatch:
        return u"ct_ratio_mismatch"_qs;
    case FindingCode::Ambiguous:
        return u"ambiguous"_qs;
    case FindingCode::WiringUnexplained:
        return u"wiring_unexplained"_qs;
    case FindingCode::ElementCountMismatch:
        return u"element_count_mismatch"_qs;
    }
    return {};
}

QString wiringName(Wiring wiring)
{
    for (const auto& [name, item] : wiringNames()) {
        if (item == wiring)
            return name;
    }
    return {};
}

std::variant<DiagnosisRequest, QString> parseDiagnosisRequest(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Texts::tr("The input is not valid JSON: %1 at byte %2.")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject())
        return Texts::tr("The input must be a JSON object.");
    const QJsonObject object = document.object();

    DiagnosisRequest request;
    RequestReader reader(object);
    Installation& installation = request.installation;
    installation.wiring = reader.choice(u"wiring"_qs, wiringNames(), std::optional<Wiring>());
    installation.nominalVoltage = reader.positive(u"nominal_voltage"_qs);
    installation.nominalFrequency = reader.positive(u"nominal_frequency"_qs);
    request.snapshot.frequency = reader.number(u"frequency"_qs, 0.0);
    installation.ctPrimaryA = reader.positive(u"ct_primary_a"_qs);
    installation.exportPossible = reader.boolean(u"export_possible"_qs, std::nullopt);
    installation.ctSecondary = reader.choice(u"ct_secondary"_qs,
        QList<std::pair<QString, CtSecondary>> { { u"333mV"_qs, CtSecondary::Voltage333mV },
            { u"1A"_qs, CtSecondary::Current1A }, { u"5A"_qs, CtSecondary::Current5A } },
        std::optional(CtSecondary::Voltage333mV));
    installation.softwareCorrection = reader.boolean(u"software_correction"_qs, true);
    if (!reader.error().isEmpty())
        return reader.error();

    const QJsonValue elements = object.value(u"elements"_qs);
    const int expected = ctInputCount(installation.wiring);
    if (!elements.isArray() || elements.toArray().size() != expected) {
        return Texts::tr("\"elements\" must be an array of %1 element(s) for %2 wiring.")
            .arg(expected)
            .arg(wiringName(installation.wiring));
    }
    QString error;
    for (int k = 0; k < expected; ++k) {
        const std::optional<ElementReading> reading = readElement(elements.toArray().at(k), k + 1, error);
        if (!reading)
            return error;
        request.snapshot.elements << *reading;
    }

    const QJsonValue clamp = object.value(u"clamp_current_a"_qs);
    if (!clamp.isUndefined()) {
        if (!clamp.isArray() || clamp.toArray().size() != expected)
            return Texts::tr("\"clamp_current_a\" must be an array with one value (or null) per element.");
        for (const QJsonValue& value : clamp.toArray()) {
            if (!value.isNull() && !(value.isDouble() && value.toDouble() >= 0.0))
                return Texts::tr("\"clamp_current_a\" holds something that is neither a current nor null.");
            request.clampMeter.currentA << (value.isNull() ? std::nullopt : std::optional(value.toDouble()));
        }
    }
    return request;
}

QJsonObject toJson(const Finding& finding)
{
    QJsonArray additional;
    for (FindingCode code : finding.additionalCodes)
        additional.append(codeName(code));
    return QJsonObject {
        { u"code"_qs, codeName(finding.code) },
        { u"element"_qs, orNull(finding.element) },
        { u"severity"_qs, severityName(finding.severity) },
        { u"message"_qs, finding.message },
        { u"additional_codes"_qs, additional },
    };
}

QJsonObject toJson(const Diagnosis& diagnosis)
{
    QJsonArray findings;
    for (const Finding& finding : diagnosis.findings)
        findings.append(toJson(finding));
    QJsonArray explanations;
    for (const Explanation& explanation : diagnosis.explanations)
        explanations.append(explanationJson(explanation));
    return QJsonObject {
        { u"verdict"_qs, verdictName(diagnosis.verdict) },
        { u"findings"_qs, findings },
        { u"correction"_qs,
            diagnosis.correction ? QJsonValue(arrangementJson(*diagnosis.correction)) : QJsonValue() },
        { u"confidence"_qs, rounded(diagnosis.confidence, 3) },
        { u"explanations"_qs, explanations },
        { u"separating_test"_qs, separatingTestJson(diagnosis.separatingTest) },
        { u"voltage_sequence"_qs, sequenceJson(diagnosis.voltageSequence) },
        { u"current_sequence"_qs, sequenceJson(diagnosis.currentSequence) },
    };
}

} // namespace iotpro::electrical
