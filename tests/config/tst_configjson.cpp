// The JSON form of a configuration: protobuf's JSON mapping, every field printed, no secrets.
#include "ConfigSamples.h"
#include "config/ConfigJson.h"
#include "config/ConfigProto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace iotpro;
using namespace iotpro::config;

namespace {

/// Every field of the schema's `type` is a key of `json`, recursively, and nothing else is.
void verifyEveryFieldPrinted(
    const google::protobuf::Descriptor& type, const QJsonObject& json, const QString& path)
{
    QStringList expectedKeys;
    for (int i = 0; i < type.field_count(); ++i) {
        const google::protobuf::FieldDescriptor& field = *type.field(i);
        const QString key = QString::fromStdString(field.name());
        expectedKeys.append(key);
        const QString fieldPath = path + u'.' + key;
        QVERIFY2(json.contains(key), qPrintable(fieldPath));
        const QJsonValue value = json.value(key);
        if (field.is_repeated()) {
            QVERIFY2(value.isArray(), qPrintable(fieldPath));
            for (const QJsonValue& entry : value.toArray())
                verifyEveryFieldPrinted(*field.message_type(), entry.toObject(), fieldPath + u"[]");
        } else if (field.message_type()) {
            QVERIFY2(value.isObject(), qPrintable(fieldPath));
            verifyEveryFieldPrinted(*field.message_type(), value.toObject(), fieldPath);
        }
    }
    QStringList keys = json.keys();
    keys.sort();
    expectedKeys.sort();
    QCOMPARE(keys, expectedKeys);
}

QJsonObject parsed(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class tst_ConfigJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsEveryField_data()
    {
        QTest::addColumn<DeviceConfig>("config");
        QTest::newRow("factory default: all at their defaults") << factoryDefaultConfig();
        QTest::newRow("every field set") << samples::fullConfig();
    }
    void printsEveryField()
    {
        QFETCH(DeviceConfig, config);
        verifyEveryFieldPrinted(*v1::DeviceConfig::descriptor(), parsed(toJson(config)), u"DeviceConfig"_qs);
    }

    void writesTheSchemaNamesAndValues()
    {
        const QJsonObject json = parsed(toJson(factoryDefaultConfig()));
        const QJsonObject metering = json.value(u"metering").toObject();
        QCOMPARE(metering.value(u"wiring").toString(), u"WIRING_3P4W"_qs);
        QCOMPARE(metering.value(u"nominal_voltage_v").toInt(), 230);
        QCOMPARE(metering.value(u"export_possible"), QJsonValue(false));
        QCOMPARE(metering.value(u"ct_inputs").toArray().at(2).toObject().value(u"phase").toInt(), 3);
        QCOMPARE(json.value(u"installation").toObject().value(u"point").toString(),
            u"INSTALLATION_POINT_UNSPECIFIED"_qs);
        QCOMPARE(json.value(u"inputs").toObject().value(u"digital_inputs").toArray().size(), 4);
    }

    void neverWritesASecret()
    {
        const QByteArray json = toJson(samples::fullConfig());
        for (const char* secret :
            { "correct horse battery", "2B7E151628AED2A6ABF7158809CF4F3C", "apn-secret" })
            QVERIFY2(!json.contains(secret), secret);
        const QJsonObject network = parsed(json).value(u"network").toObject();
        const QJsonObject wifi = network.value(u"wifi").toObject();
        QCOMPARE(wifi.value(u"passphrase").toString(), QString());
        QCOMPARE(wifi.value(u"passphrase_set"), QJsonValue(true)); // a passphrase will be stored
        QCOMPARE(network.value(u"lorawan").toObject().value(u"app_key").toString(), QString());
        QCOMPARE(network.value(u"cellular").toObject().value(u"password").toString(), QString());
    }

    void roundTrip_data()
    {
        QTest::addColumn<DeviceConfig>("config");
        QTest::newRow("factory default") << factoryDefaultConfig();
        QTest::newRow("every field set") << samples::fullConfig();
        DeviceConfig awkward = samples::fullConfig();
        awkward.installation.notes = u"\"quotes\", back\\slash, tab\t, \u00e9, \U0001F50C, </script>"_qs;
        awkward.inputs.digitalInputs[1].pulse.weight = 0.1;
        awkward.inputs.analogInput.alarmLow = -1e-9;
        QTest::newRow("escapes and decimals") << awkward;
    }
    void roundTrip()
    {
        QFETCH(DeviceConfig, config);
        const ReadResult<DeviceConfig> back = fromJson(toJson(config));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.problem().toString()));
        QCOMPARE(back.value(), withoutSecrets(config));
    }

    void readsSecretsToApply()
    {
        QJsonObject json = parsed(toJson(samples::fullConfig()));
        QJsonObject network = json.value(u"network").toObject();
        QJsonObject wifi = network.value(u"wifi").toObject();
        wifi.insert(u"passphrase", u"a new passphrase"_qs);
        network.insert(u"wifi", wifi);
        json.insert(u"network", network);
        const ReadResult<DeviceConfig> read = fromJson(QJsonDocument(json).toJson());
        QVERIFY(read.ok());
        QCOMPARE(read->network.wifi.passphrase, u"a new passphrase"_qs);
    }

    void acceptsCamelCaseNamesToo()
    {
        // Protobuf's JSON parser accepts both spellings of a field name; tools may write either.
        QByteArray json = toJson(factoryDefaultConfig());
        json.replace("\"nominal_voltage_v\": 230", "\"nominalVoltageV\": 240");
        QCOMPARE(fromJson(json).value().metering.nominalVoltageV, 240u);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("not JSON") << QByteArray(
            "{\n  \"metering\": {\n    \"wiring\": \"WIRING_3P4W\",\n  }\n}")
                                  << QString() << u"at line 4"_qs;
        QTest::newRow("truncated") << QByteArray("{\"metering\": {") << QString() << u"not valid JSON"_qs;
        QTest::newRow("empty") << QByteArray() << QString() << u"not valid JSON"_qs;
        QTest::newRow("an array") << QByteArray("[1, 2]") << QString() << u"JSON object"_qs;
        QTest::newRow("misspelt field") << QByteArray(R"({"metering": {"wirng": "WIRING_3P4W"}})")
                                        << u"metering.wirng"_qs << u"no such field"_qs;
        QTest::newRow("misspelt top-level field")
            << QByteArray(R"({"meterin": {}})") << u"meterin"_qs << u"no such field"_qs;
        QTest::newRow("unknown enum name")
            << QByteArray(R"({"metering": {"wiring": "WIRING_2P"}})") << u"metering.wiring"_qs
            << u"one of WIRING_3P4W, WIRING_3P3W, WIRING_1P"_qs;
        QTest::newRow("text for a number") << QByteArray(R"({"metering": {"nominal_voltage_v": "230 V"}})")
                                           << u"metering.nominal_voltage_v"_qs << u"a whole number"_qs;
        QTest::newRow("negative count") << QByteArray(R"({"network": {"uplink_interval_s": -1}})")
                                        << u"network.uplink_interval_s"_qs << u"a whole number"_qs;
        QTest::newRow("fraction for a count")
            << QByteArray(R"({"metering": {"ct_inputs": [{}, {"rating_a": 99.5}]}})")
            << u"metering.ct_inputs[1].rating_a"_qs << u"99.5"_qs;
        QTest::newRow("number for text") << QByteArray(R"({"network": {"wifi": {"ssid": 42}}})")
                                         << u"network.wifi.ssid"_qs << u"text in double quotes"_qs;
        QTest::newRow("text for a switch")
            << QByteArray(R"({"gps": {"enabled": "maybe"}})") << u"gps.enabled"_qs << u"true or false"_qs;
        QTest::newRow("text for a decimal")
            << QByteArray(R"({"inputs": {"digital_inputs": [{}, {}, {"pulse": {"weight": "ten"}}]}})")
            << u"inputs.digital_inputs[2].pulse.weight"_qs << u"a number"_qs;
        QTest::newRow("missing wiring")
            << QByteArray(R"({"metering": {}})") << u"metering.wiring"_qs << u"No value is chosen"_qs;
        QTest::newRow("an empty object")
            << QByteArray("{}") << u"metering.wiring"_qs << u"No value is chosen"_qs;
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        const ReadResult<DeviceConfig> read = fromJson(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.problem().fieldPath, path);
        QVERIFY2(read.problem().message.contains(messagePart), qPrintable(read.problem().message));
    }

    void aWrongListLengthIsNamed()
    {
        QJsonObject json = parsed(toJson(factoryDefaultConfig()));
        QJsonObject inputs = json.value(u"inputs").toObject();
        QJsonArray digital = inputs.value(u"digital_inputs").toArray();
        digital.removeLast();
        inputs.insert(u"digital_inputs", digital);
        json.insert(u"inputs", inputs);
        const ReadResult<DeviceConfig> read = fromJson(QJsonDocument(json).toJson());
        QVERIFY(!read.ok());
        QCOMPARE(read.problem().fieldPath, u"inputs.digital_inputs"_qs);
        QVERIFY2(read.problem().message.contains(u"There are 3 digital inputs"),
            qPrintable(read.problem().message));
    }
};

QTEST_GUILESS_MAIN(tst_ConfigJson)
#include "tst_configjson.moc"
