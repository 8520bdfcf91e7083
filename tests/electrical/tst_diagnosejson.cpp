// The JSON face of the diagnosis: what `iotpro-cli diagnose --input` reads and prints.
#include "electrical/DiagnosisJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace iotpro::electrical;

namespace {

QJsonObject validInput()
{
    const auto element = [](double v, double i, double p, double q) {
        return QJsonObject { { u"v"_qs, v }, { u"i"_qs, i }, { u"p"_qs, p }, { u"q"_qs, q } };
    };
    return QJsonObject {
        { u"wiring"_qs, u"3P4W"_qs },
        { u"nominal_voltage"_qs, 230 },
        { u"nominal_frequency"_qs, 50 },
        { u"frequency"_qs, 50.01 },
        { u"ct_primary_a"_qs, 100 },
        { u"export_possible"_qs, false },
        { u"elements"_qs,
            QJsonArray { element(230, 50, 10800, 3900), element(229, 49, -10700, -3850),
                element(231, 50, 10900, 3950) } },
    };
}

QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The object with `path` (key, or key/index/key into arrays) replaced; an undefined value removes it.
QJsonObject with(QJsonObject object, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path[0]);
        else
            object.insert(path[0], value);
        return object;
    }
    QJsonArray array = object.value(path[0]).toArray();
    const int index = path[1].toInt();
    array[index] = with(array[index].toObject(), path.mid(2), value);
    object.insert(path[0], array);
    return object;
}

DiagnosisRequest parsed(const QByteArray& json)
{
    const auto result = parseDiagnosisRequest(json);
    if (const auto* error = std::get_if<QString>(&result))
        qFatal("unexpected parse error: %s", qPrintable(*error));
    return std::get<DiagnosisRequest>(result);
}

} // namespace

class tst_DiagnoseJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheContract()
    {
        const DiagnosisRequest request
            = parsed(bytes(with(validInput(), { u"elements"_qs, u"1"_qs, u"v_angle"_qs }, -120.5)));
        QCOMPARE(request.installation.wiring, Wiring::ThreePhaseFourWire);
        QCOMPARE(request.installation.nominalVoltage, 230.0);
        QCOMPARE(request.installation.nominalFrequency, 50.0);
        QCOMPARE(request.installation.ctPrimaryA, 100.0);
        QCOMPARE(request.installation.exportPossible, false);
        // Optional keys take their defaults.
        QCOMPARE(request.installation.ctSecondary, CtSecondary::Voltage333mV);
        QCOMPARE(request.installation.softwareCorrection, true);
        QVERIFY(request.clampMeter.currentA.isEmpty());
        QCOMPARE(request.snapshot.frequency, 50.01);
        QCOMPARE(request.snapshot.elements.size(), 3);
        QCOMPARE(request.snapshot.elements[1], (ElementReading { 229, 49, -10700, -3850, -120.5 }));
        QVERIFY(!request.snapshot.elements[0].voltageAngle);
    }

    void readsTheOptionalKeys()
    {
        QJsonObject input = validInput();
        input.insert(u"ct_secondary"_qs, u"5A"_qs);
        input.insert(u"software_correction"_qs, false);
        input.insert(u"clamp_current_a"_qs, QJsonArray { 50.5, QJsonValue(), 48 });
        const DiagnosisRequest request = parsed(bytes(input));
        QCOMPARE(request.installation.ctSecondary, CtSecondary::Current5A);
        QCOMPARE(request.installation.softwareCorrection, false);
        QCOMPARE(request.clampMeter.currentA, (QList<std::optional<double>> { 50.5, std::nullopt, 48.0 }));
    }

    void ignoresUnknownKeys()
    {
        QJsonObject input = validInput();
        input.insert(u"site"_qs, u"Panel 4"_qs);
        input.insert(u"future_option"_qs, QJsonObject { { u"x"_qs, 1 } });
        QJsonObject expected = validInput();
        QCOMPARE(
            parsed(bytes(with(input, { u"elements"_qs, u"0"_qs, u"thd"_qs }, 3.2))), parsed(bytes(expected)));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        const QJsonObject input = validInput();
        QTest::newRow("not JSON") << QByteArray("{\"wiring\": ") << u"not valid JSON"_qs;
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage") << u"not valid JSON"_qs;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"JSON object"_qs;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_qs;
        QTest::newRow("unknown wiring") << bytes(with(input, { u"wiring"_qs }, u"2P"_qs)) << u"\"wiring\""_qs;
        for (const char* key : { "wiring", "nominal_voltage", "nominal_frequency", "frequency",
                 "ct_primary_a", "export_possible", "elements" }) {
            QTest::addRow("missing %s", key)
                << bytes(with(input, { QString::fromLatin1(key) }, QJsonValue::Undefined))
                << u'"' + QString::fromLatin1(key) + u'"';
        }
        QTest::newRow("voltage as text")
            << bytes(with(input, { u"nominal_voltage"_qs }, u"230"_qs)) << u"\"nominal_voltage\""_qs;
        QTest::newRow("zero CT rating")
            << bytes(with(input, { u"ct_primary_a"_qs }, 0)) << u"\"ct_primary_a\""_qs;
        QTest::newRow("export as number")
            << bytes(with(input, { u"export_possible"_qs }, 1)) << u"\"export_possible\""_qs;
        QTest::newRow("two elements for 3P4W") << bytes(with(
            input, { u"elements"_qs }, QJsonArray { input[u"elements"_qs][0], input[u"elements"_qs][1] }))
                                               << u"3 element"_qs;
        QTest::newRow("three elements for 1P")
            << bytes(with(input, { u"wiring"_qs }, u"1P"_qs)) << u"1 element"_qs;
        QTest::newRow("element not an object")
            << bytes(with(input, { u"elements"_qs }, QJsonArray { 1, 2, 3 })) << u"\"elements\"[0]"_qs;
        QTest::newRow("element without p")
            << bytes(with(input, { u"elements"_qs, u"2"_qs, u"p"_qs }, QJsonValue::Undefined))
            << u"Element 3: \"p\""_qs;
        QTest::newRow("negative current")
            << bytes(with(input, { u"elements"_qs, u"0"_qs, u"i"_qs }, -1)) << u"Element 1: \"i\""_qs;
        QTest::newRow("v_angle as text")
            << bytes(with(input, { u"elements"_qs, u"0"_qs, u"v_angle"_qs }, u"0"_qs)) << u"\"v_angle\""_qs;
        QTest::newRow("unknown CT secondary")
            << bytes(with(input, { u"ct_secondary"_qs }, u"10A"_qs)) << u"\"ct_secondary\""_qs;
        QTest::newRow("clamp readings short")
            << bytes(with(input, { u"clamp_current_a"_qs }, QJsonArray { 1 })) << u"\"clamp_current_a\""_qs;
        QTest::newRow("clamp reading as text")
            << bytes(with(input, { u"clamp_current_a"_qs }, QJsonArray { 1, u"x"_qs, 2 }))
            << u"\"clamp_current_a\""_qs;
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto result = parseDiagnosisRequest(json);
        const auto* error = std::get_if<QString>(&result);
        QVERIFY(error);
        QVERIFY2(error->contains(mentions), qPrintable(*error));
        QVERIFY(!error->contains(u'\n'));
    }

    void writesTheContract()
    {
        Diagnosis diagnosis;
        diagnosis.verdict = Verdict::Fail;
        diagnosis.findings = {
            { FindingCode::FrequencyOutOfRange, std::nullopt, Severity::Warn, u"f"_qs, {} },
            { FindingCode::CtReversed, 2, Severity::Fail, u"turn it"_qs, { FindingCode::VoltageOutOfRange } },
        };
        diagnosis.correction = Correction { { 1, 2, 3 }, { false, true, false } };
        diagnosis.confidence = 0.98765;
        diagnosis.explanations = { { *diagnosis.correction, { 20.04, 19.96, std::nullopt },
            { false, false, false }, 1, 0.98765 } };
        diagnosis.voltageSequence = PhaseSequence::Positive;
        diagnosis.currentSequence = PhaseSequence::Positive;

        // Through the text form, as a script sees it.
        const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(toJson(diagnosis)).toJson()).object();
        QCOMPARE(json[u"verdict"_qs].toString(), u"fail"_qs);
        QCOMPARE(json[u"confidence"_qs].toDouble(), 0.988);
        const QJsonArray findings = json[u"findings"_qs].toArray();
        QCOMPARE(findings.size(), 2);
        const QJsonObject whole = findings[0].toObject();
        QVERIFY(whole[u"element"_qs].isNull());
        QCOMPARE(whole[u"code"_qs].toString(), u"frequency_out_of_range"_qs);
        QCOMPARE(whole[u"severity"_qs].toString(), u"warn"_qs);
        const QJsonObject reversed = findings[1].toObject();
        QVERIFY(reversed[u"element"_qs].isDouble());
        QCOMPARE(reversed[u"element"_qs].toInt(), 2);
        QCOMPARE(reversed[u"code"_qs].toString(), u"ct_reversed"_qs);
        QCOMPARE(reversed[u"severity"_qs].toString(), u"fail"_qs);
        QCOMPARE(reversed[u"message"_qs].toString(), u"turn it"_qs);
        QCOMPARE(reversed[u"additional_codes"_qs].toArray(), (QJsonArray { u"voltage_out_of_range"_qs }));
        const QJsonObject correction = json[u"correction"_qs].toObject();
        QCOMPARE(correction[u"ct_phase"_qs].toArray(), (QJsonArray { 1, 2, 3 }));
        QCOMPARE(correction[u"ct_inverted"_qs].toArray(), (QJsonArray { false, true, false }));
        QVERIFY(correction[u"ct_phase"_qs].toArray()[0].isDouble());
        const QJsonObject explanation = json[u"explanations"_qs].toArray()[0].toObject();
        QCOMPARE(explanation[u"load_angle"_qs].toArray(), (QJsonArray { 20.0, 20.0, QJsonValue() }));
        QCOMPARE(explanation[u"mistakes"_qs].toInt(), 1);
        QVERIFY(json[u"separating_test"_qs].isNull());
        QCOMPARE(json[u"voltage_sequence"_qs].toString(), u"positive"_qs);
    }

    void writesNullsAndTheSeparatingTest()
    {
        Diagnosis diagnosis;
        diagnosis.verdict = Verdict::Warn;
        diagnosis.separatingTest = SeparatingTest { 1, 0, { 1, 3 },
            { { PowerChange::Rises, PowerChange::Unchanged }, { PowerChange::Falls, PowerChange::Rises } } };
        const QJsonObject json = toJson(diagnosis);
        QCOMPARE(json[u"verdict"_qs].toString(), u"warn"_qs);
        QVERIFY(json[u"correction"_qs].isNull());
        QVERIFY(json[u"findings"_qs].toArray().isEmpty());
        QVERIFY(json[u"voltage_sequence"_qs].isNull());
        const QJsonObject test = json[u"separating_test"_qs].toObject();
        QCOMPARE(test[u"load_phase"_qs].toInt(), 1);
        QVERIFY(test[u"return_phase"_qs].isNull());
        QCOMPARE(test[u"watch_inputs"_qs].toArray(), (QJsonArray { 1, 3 }));
        QCOMPARE(test[u"expected"_qs].toArray(),
            (QJsonArray {
                QJsonArray { u"rises"_qs, u"unchanged"_qs }, QJsonArray { u"falls"_qs, u"rises"_qs } }));
        QCOMPARE(toJson(Diagnosis {})[u"verdict"_qs].toString(), u"pass"_qs);
    }

    void everyCodeHasAName()
    {
        QStringList names;
        for (int code = int(FindingCode::CtReversed); code <= int(FindingCode::ElementCountMismatch);
             ++code) {
            const QString name = codeName(FindingCode(code));
            QVERIFY(!name.isEmpty());
            QVERIFY(!names.contains(name));
            names << name;
        }
        for (const char* contract : { "ct_reversed", "ct_swapped", "phase_sequence_reversed",
                 "voltage_missing", "voltage_out_of_range", "frequency_out_of_range",
                 "current_below_accuracy", "current_over_rating", "ambiguous", "ct_ratio_mismatch" })
            QVERIFY2(names.contains(QString::fromLatin1(contract)), contract);
        QCOMPARE(wiringName(Wiring::ThreePhaseThreeWire), u"3P3W"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_DiagnoseJson)
#include "tst_diagnosejson.moc"
