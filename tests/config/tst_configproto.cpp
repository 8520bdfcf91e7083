// DeviceConfig <-> iotpro.v1.DeviceConfig.
#include "ConfigSamples.h"
#include "config/ConfigProto.h"

#include <QTest>
#include <functional>

using namespace iotpro;
using namespace iotpro::config;

using ProtoEdit = std::function<void(v1::DeviceConfig&)>;
Q_DECLARE_METATYPE(ProtoEdit)

namespace {

/// Every singular message field of `message` and below is present: the schema's rule that
/// the JSON form and the hash rely on.
void verifyEverySubMessagePresent(const google::protobuf::Message& message, const QString& path)
{
    const google::protobuf::Descriptor& type = *message.GetDescriptor();
    const google::protobuf::Reflection& reflection = *message.GetReflection();
    for (int i = 0; i < type.field_count(); ++i) {
        const google::protobuf::FieldDescriptor& field = *type.field(i);
        if (!field.message_type())
            continue;
        const QString fieldPath = path + u'.' + QString::fromStdString(field.name());
        if (field.is_repeated()) {
            for (int j = 0; j < reflection.FieldSize(message, &field); ++j)
                verifyEverySubMessagePresent(reflection.GetRepeatedMessage(message, &field, j), fieldPath);
        } else {
            QVERIFY2(reflection.HasField(message, &field), qPrintable(fieldPath));
            verifyEverySubMessagePresent(reflection.GetMessage(message, &field), fieldPath);
        }
    }
}

} // namespace

class tst_ConfigProto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<DeviceConfig>("config");
        QTest::newRow("factory default") << factoryDefaultConfig();
        QTest::newRow("every field set, secrets included") << samples::fullConfig();
        QTest::newRow("without secrets") << withoutSecrets(samples::fullConfig());
        DeviceConfig extremes = samples::fullConfig();
        extremes.metering.ctInputs[0].ratingA = 4294967295u;
        extremes.inputs.analogInput.pointA = { -0.0, -1e300 };
        extremes.inputs.analogInput.alarmLow = 5e-324;
        extremes.inputs.digitalInputs[2].ds18b20.sensors.clear();
        extremes.installation.notes = u"\u00e9\U0001F50C\n\t\"quoted\""_qs;
        QTest::newRow("extreme values") << extremes;
    }
    void roundTrip()
    {
        QFETCH(DeviceConfig, config);
        const v1::DeviceConfig message = toProto(config);
        verifyEverySubMessagePresent(message, u"DeviceConfig"_qs);
        QCOMPARE(message.metering().ct_inputs_size(), 3);
        QCOMPARE(message.inputs().digital_inputs_size(), 4);

        const ReadResult<DeviceConfig> back = fromProto(message);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.problem().toString()));
        QCOMPARE(back.value(), config);

        // Through the bytes too, as the message travels.
        v1::DeviceConfig parsed;
        QVERIFY(parsed.ParseFromString(message.SerializeAsString()));
        QCOMPARE(fromProto(parsed).value(), config);
    }

    void enumsMapOneToOne()
    {
        const v1::DeviceConfig message = toProto(samples::fullConfig());
        QCOMPARE(message.metering().wiring(), v1::WIRING_3P3W);
        QCOMPARE(message.metering().ct_inputs(0).secondary(), v1::CT_SECONDARY_1A);
        QCOMPARE(message.metering().ct_inputs(0).direction(), v1::CT_DIRECTION_TOWARDS_SUPPLY);
        QCOMPARE(message.installation().point(), v1::INSTALLATION_POINT_COLD_CHAIN_FEED);
        QCOMPARE(message.inputs().digital_inputs(2).mode(), v1::DIGITAL_INPUT_MODE_DS18B20);
        QCOMPARE(message.network().wifi().security(), v1::WIFI_SECURITY_WPA3_SAE);
        QCOMPARE(message.network().lorawan().region(), v1::LORAWAN_REGION_US915);
        QCOMPARE(message.network().cellular().rat(), v1::CELLULAR_RAT_NB_IOT);
    }

    void refusesWhatAConfigurationCannotHold_data()
    {
        QTest::addColumn<ProtoEdit>("edit");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("wiring not set")
            << ProtoEdit([](v1::DeviceConfig& m) { m.mutable_metering()->clear_wiring(); })
            << u"metering.wiring"_qs << u"WIRING_3P4W, WIRING_3P3W, WIRING_1P"_qs;
        QTest::newRow("unknown wiring") << ProtoEdit([](v1::DeviceConfig& m) {
            m.mutable_metering()->set_wiring(static_cast<v1::Wiring>(9));
        }) << u"metering.wiring"_qs << u"The value 9 is unknown"_qs;
        QTest::newRow("CT secondary not set") << ProtoEdit([](v1::DeviceConfig& m) {
            m.mutable_metering()->mutable_ct_inputs(2)->clear_secondary();
        }) << u"metering.ct_inputs[2].secondary"_qs
                                              << u"No value is chosen"_qs;
        QTest::newRow("CT direction not set") << ProtoEdit([](v1::DeviceConfig& m) {
            m.mutable_metering()->mutable_ct_inputs(1)->clear_direction();
        }) << u"metering.ct_inputs[1].direction"_qs
                                              << u"CT_DIRECTION_TOWARDS_LOAD"_qs;
        QTest::newRow("two CT inputs")
            << ProtoEdit([](v1::DeviceConfig& m) { m.mutable_metering()->mutable_ct_inputs()->RemoveLast(); })
            << u"metering.ct_inputs"_qs << u"There are 2 CT inputs; a configuration has exactly 3"_qs;
        QTest::newRow("five digital inputs")
            << ProtoEdit([](v1::DeviceConfig& m) { m.mutable_inputs()->add_digital_inputs(); })
            << u"inputs.digital_inputs"_qs << u"exactly 4"_qs;
        QTest::newRow("input mode not set") << ProtoEdit([](v1::DeviceConfig& m) {
            m.mutable_inputs()->mutable_digital_inputs(3)->clear_mode();
        }) << u"inputs.digital_inputs[3].mode"_qs
                                            << u"DIGITAL_INPUT_MODE_OFF"_qs;
        QTest::newRow("contact type not set") << ProtoEdit([](v1::DeviceConfig& m) {
            m.mutable_inputs()->mutable_digital_inputs(0)->mutable_dry_contact()->clear_contact();
        }) << u"inputs.digital_inputs[0].dry_contact.contact"_qs
                                              << u"CONTACT_TYPE_NORMALLY_OPEN"_qs;
        QTest::newRow("Wi-Fi security not set")
            << ProtoEdit([](v1::DeviceConfig& m) { m.mutable_network()->mutable_wifi()->clear_security(); })
            << u"network.wifi.security"_qs << u"WIFI_SECURITY_WPA2_PSK"_qs;
        QTest::newRow("IPv4 mode not set") << ProtoEdit([](v1::DeviceConfig& m) {
            m.mutable_network()->mutable_wifi()->mutable_ipv4()->clear_mode();
        }) << u"network.wifi.ipv4.mode"_qs << u"IPV4_MODE_DHCP"_qs;
        QTest::newRow("region not set")
            << ProtoEdit([](v1::DeviceConfig& m) { m.mutable_network()->mutable_lorawan()->clear_region(); })
            << u"network.lorawan.region"_qs << u"LORAWAN_REGION_AS923_1"_qs;
        QTest::newRow("class not set") << ProtoEdit(
            [](v1::DeviceConfig& m) { m.mutable_network()->mutable_lorawan()->clear_device_class(); })
                                       << u"network.lorawan.device_class"_qs << u"LORAWAN_CLASS_C"_qs;
        QTest::newRow("radio access not set")
            << ProtoEdit([](v1::DeviceConfig& m) { m.mutable_network()->mutable_cellular()->clear_rat(); })
            << u"network.cellular.rat"_qs << u"CELLULAR_RAT_NB_IOT"_qs;
        QTest::newRow("a missing section") << ProtoEdit([](v1::DeviceConfig& m) { m.clear_network(); })
                                           << u"network.wifi.security"_qs << u"No value is chosen"_qs;
        QTest::newRow("the first problem is reported") << ProtoEdit([](v1::DeviceConfig& m) {
            m.mutable_network()->mutable_cellular()->clear_rat();
            m.mutable_metering()->clear_wiring();
        }) << u"metering.wiring"_qs << u"No value is chosen"_qs;
    }
    void refusesWhatAConfigurationCannotHold()
    {
        QFETCH(ProtoEdit, edit);
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        v1::DeviceConfig message = toProto(factoryDefaultConfig());
        edit(message);
        const ReadResult<DeviceConfig> read = fromProto(message);
        QVERIFY(!read.ok());
        QCOMPARE(read.problem().fieldPath, path);
        QVERIFY2(read.problem().message.contains(messagePart), qPrintable(read.problem().message));
    }

    void installationPointMayBeUndeclared()
    {
        v1::DeviceConfig message = toProto(samples::fullConfig());
        message.mutable_installation()->clear_point();
        QCOMPARE(fromProto(message).value().installation.point, InstallationPoint::Unspecified);
    }
};

QTEST_GUILESS_MAIN(tst_ConfigProto)
#include "tst_configproto.moc"
