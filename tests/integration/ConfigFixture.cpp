#include "ConfigFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace configtest {

ProgramRun cli(const QStringList& args, int timeoutMs)
{
    return runProgram(binaryPath(u"iotpro-cli"_qs), args, timeoutMs, headlessEnvironment());
}

QString keygen(const QString& directory, const QString& name)
{
    const ProgramRun run = cli({ u"keygen"_qs, u"--out"_qs, directory + u'/' + name, u"--json"_qs });
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"fingerprint").toString();
}

bool startSim(SimProcess& sim, const QStringList& args)
{
    return sim.start(QStringList { u"--pop"_qs, LabelCode, u"--network-time-scale"_qs, u"0.02"_qs } + args);
}

QJsonObject configGet(const QString& address)
{
    const ProgramRun run = cli({ u"--device"_qs, address, u"config"_qs, u"get"_qs, u"--json"_qs });
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

qint64 counter(const QString& address)
{
    const ProgramRun run = cli({ u"--device"_qs, address, u"info"_qs, u"--json"_qs });
    return run.exitCode == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"config_counter").toInteger(-1)
                             : -1;
}

namespace {

QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    if (path.isEmpty())
        return value;
    static const QRegularExpression indexed(u"\\A(\\w+)\\[(\\d+)\\]\\z"_qs);
    const QString step = path.takeFirst();
    QJsonObject object = node.toObject();
    const QRegularExpressionMatch match = indexed.match(step);
    if (!match.hasMatch()) {
        object.insert(step, replaced(object.value(step), path, value));
        return object;
    }
    QJsonArray array = object.value(match.captured(1)).toArray();
    const int index = match.captured(2).toInt();
    array.replace(index, replaced(array.at(index), path, value));
    object.insert(match.captured(1), array);
    return object;
}

} // namespace

QJsonObject withValue(QJsonObject json, const QString& path, const QJsonValue& value)
{
    return replaced(json, path.split(u'.'), value).toObject();
}

QString writeJson(const QString& directory, const QString& name, const QJsonObject& json)
{
    const QString path = directory + u'/' + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(json).toJson());
    return path;
}

ProgramRun apply(const QString& address, const QString& file, const QString& key, const QStringList& extra,
    const QString& labelCode)
{
    return cli(QStringList { u"--device"_qs, address, u"config"_qs, u"apply"_qs, u"--file"_qs, file, u"--key"_qs, key,
                   u"--pop"_qs, labelCode }
        + extra);
}

using namespace full;

QStringList fullSite()
{
    return { u"--wifi-site"_qs, WifiSsid + u':' + WifiPassphrase, u"--lorawan-device"_qs,
        DevEui + u':' + JoinEui + u':' + AppKey, u"--cellular-site"_qs, Apn + u':' + ApnUser + u':' + ApnPassword };
}

QJsonObject fullConfig(const QJsonObject& factory)
{
    QJsonObject json = factory;
    const QList<std::pair<QString, QJsonValue>> values {
        { u"installation.site"_qs, u"Plant 2, Hall B"_qs },
        { u"installation.circuit"_qs, u"Q14 Chiller 1"_qs },
        { u"installation.point"_qs, u"INSTALLATION_POINT_HIGH_LOAD_EQUIPMENT"_qs },
        { u"metering.ct_inputs[0].rating_a"_qs, 250 },
        { u"metering.ct_inputs[1].rating_a"_qs, 250 },
        { u"metering.ct_inputs[2].rating_a"_qs, 250 },
        { u"metering.ct_inputs[2].inverted"_qs, true },
        { u"inputs.digital_inputs[0].mode"_qs, u"DIGITAL_INPUT_MODE_PULSE"_qs },
        { u"inputs.digital_inputs[0].name"_qs, u"Water meter"_qs },
        { u"inputs.digital_inputs[1].mode"_qs, u"DIGITAL_INPUT_MODE_DRY_CONTACT"_qs },
        { u"network.wifi.enabled"_qs, true },
        { u"network.wifi.ssid"_qs, WifiSsid },
        { u"network.wifi.passphrase"_qs, WifiPassphrase },
        { u"network.lorawan.enabled"_qs, true },
        { u"network.lorawan.dev_eui"_qs, DevEui },
        { u"network.lorawan.join_eui"_qs, JoinEui },
        { u"network.lorawan.app_key"_qs, AppKey },
        { u"network.cellular.enabled"_qs, true },
        { u"network.cellular.apn"_qs, Apn },
        { u"network.cellular.user"_qs, ApnUser },
        { u"network.cellular.password"_qs, ApnPassword },
        { u"network.uplink_interval_s"_qs, 300 },
        { u"gps.enabled"_qs, true },
    };
    for (const auto& [path, value] : values)
        json = withValue(json, path, value);
    return json;
}

QStringList fullConfigSecrets()
{
    // The AppKey in either case: hex may be printed in lower case.
    return { WifiPassphrase, AppKey, AppKey.toLower(), ApnPassword, LabelCode, QString(LabelCode).remove(u'-') };
}

QString leakIn(const QString& text, const QStringList& secrets)
{
    for (const QString& secret : secrets) {
        if (text.contains(secret))
            return secret;
    }
    return {};
}

} // namespace configtest
