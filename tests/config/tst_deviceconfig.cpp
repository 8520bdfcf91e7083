// DeviceConfig: the factory default and the removal of secrets.
#include "ConfigSamples.h"
#include "config/ConfigProto.h"
#include "config/DeviceConfig.h"

#include <QTest>

using namespace iotpro::config;

namespace {

/// Calls `visit` with the value of every field the schema marks as secret, with its path.
void forEachSecret(const google::protobuf::Message& message, const QString& prefix,
    const std::function<void(const QString&, const std::string&)>& visit)
{
    const google::protobuf::Descriptor& type = *message.GetDescriptor();
    const google::protobuf::Reflection& reflection = *message.GetReflection();
    for (int i = 0; i < type.field_count(); ++i) {
        const google::protobuf::FieldDescriptor& field = *type.field(i);
        const QString path = prefix + QString::fromStdString(field.name());
        if (field.is_repeated() && field.message_type()) {
            for (int j = 0; j < reflection.FieldSize(message, &field); ++j)
                forEachSecret(reflection.GetRepeatedMessage(message, &field, j), path + u"[]."_qs, visit);
        } else if (field.message_type()) {
            forEachSecret(reflection.GetMessage(message, &field), path + u'.', visit);
        } else if (field.options().GetExtension(iotpro::v1::secret)) {
            visit(path, reflection.GetString(message, &field));
        }
    }
}

} // namespace

class tst_DeviceConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factoryDefault()
    {
        const DeviceConfig config = factoryDefaultConfig();
        QCOMPARE(config.metering.wiring, Wiring::ThreePhaseFourWire);
        QCOMPARE(config.metering.nominalVoltageV, 230u);
        QCOMPARE(config.metering.nominalFrequencyHz, 50u);
        for (quint32 i = 0; i < CtInputCount; ++i) {
            const CtInputConfig expected { 100, CtSecondary::Voltage333mV, CtDirection::TowardsLoad, i + 1,
                false };
            QCOMPARE(config.metering.ctInputs[i], expected);
        }
        QVERIFY(!config.metering.exportPossible);
        for (const DigitalInputConfig& input : config.inputs.digitalInputs)
            QCOMPARE(input.mode, DigitalInputMode::Off);
        QVERIFY(!config.inputs.analogInput.enabled);
        QVERIFY(!config.network.wifi.enabled);
        QVERIFY(!config.network.lorawan.enabled);
        QVERIFY(!config.network.cellular.enabled);
        QCOMPARE(config.network.uplinkIntervalS, 900u);
        QVERIFY(!config.gps.enabled);
        QCOMPARE(config.installation, InstallationConfig {});
    }

    void withoutSecretsEmptiesSecretsAndKeepsTheirFlags()
    {
        DeviceConfig config = samples::fullConfig();
        config.network.wifi.passphraseSet = false;
        config.network.lorawan.appKeySet = false;
        config.network.cellular.passwordSet = false;
        config.network.cellular.password.clear(); // no password, none stored: stays "not set"

        const DeviceConfig stripped = withoutSecrets(config);
        QVERIFY(stripped.network.wifi.passphrase.isEmpty());
        QVERIFY(stripped.network.wifi.passphraseSet);
        QVERIFY(stripped.network.lorawan.appKey.isEmpty());
        QVERIFY(stripped.network.lorawan.appKeySet);
        QVERIFY(stripped.network.cellular.password.isEmpty());
        QVERIFY(!stripped.network.cellular.passwordSet);

        DeviceConfig rest = config;
        rest.network = stripped.network;
        QCOMPARE(stripped, rest); // nothing else changes
        QCOMPARE(withoutSecrets(stripped), stripped);
    }

    /// The schema's (secret) marks and withoutSecrets() name the same fields.
    void withoutSecretsCoversEverySecretOfTheSchema()
    {
        QStringList secrets;
        forEachSecret(
            toProto(samples::fullConfig()), {}, [&secrets](const QString& path, const std::string& value) {
                QVERIFY2(!value.empty(), qPrintable(path + u" is empty in the sample"_qs));
                secrets.append(path);
            });
        QCOMPARE(secrets,
            QStringList({ u"network.wifi.passphrase"_qs, u"network.lorawan.app_key"_qs,
                u"network.cellular.password"_qs }));
        forEachSecret(toProto(withoutSecrets(samples::fullConfig())), {},
            [](const QString& path, const std::string& value) { QVERIFY2(value.empty(), qPrintable(path)); });
    }
};

QTEST_GUILESS_MAIN(tst_DeviceConfig)
#include "tst_deviceconfig.moc"
