#pragma once

#include "SimProcess.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// What the configuration tests share: a working directory with signing keys, the real programs
/// run headless, and configurations as their JSON form.
namespace configtest {

/// The label code the tests' modules get with --pop.
inline const QString LabelCode = u"4821-0937"_qs;

/// iotpro-cli with these arguments, run to its end.
ProgramRun cli(const QStringList& args, int timeoutMs = 30000);

/// A new plain signing key pair DIR/NAME and DIR/NAME.pub (iotpro-cli keygen); its fingerprint.
QString keygen(const QString& directory, const QString& name);

/// Starts `sim` with the options every configuration test wants (label code, fast network
/// checks) and `args`; false with the reason in sim.failureReason().
bool startSim(SimProcess& sim, const QStringList& args);

/// The module's configuration as `config get --json` prints it; an empty object on failure.
QJsonObject configGet(const QString& address);
/// The module's configuration counter (info --json); -1 on failure.
qint64 counter(const QString& address);

/// `json` with the value at "a.b[2].c" replaced.
QJsonObject withValue(QJsonObject json, const QString& path, const QJsonValue& value);

/// Writes `json` to DIR/NAME and returns the path.
QString writeJson(const QString& directory, const QString& name, const QJsonObject& json);

/// The networks of fullConfig(), with every secret the configuration schema has.
namespace full {
inline const QString WifiSsid = u"Plant-IoT"_qs;
inline const QString WifiPassphrase = u"correct horse battery staple"_qs;
inline const QString DevEui = u"70B3D57ED0051234"_qs;
inline const QString JoinEui = u"0000000000000001"_qs;
inline const QString AppKey = u"2B7E151628AED2A6ABF7158809CF4F3C"_qs;
inline const QString Apn = u"iot.example"_qs;
inline const QString ApnUser = u"meter"_qs;
inline const QString ApnPassword = u"apn-Secret-7731"_qs;
} // namespace full

/// iotpro-sim options for a module whose surroundings accept the networks of fullConfig().
QStringList fullSite();
/// `factory` with every network, GPS and a few inputs on, and every secret given: the Wi-Fi
/// passphrase, the LoRaWAN AppKey and the cellular password.
QJsonObject fullConfig(const QJsonObject& factory);
/// The secrets of fullConfig() and the label code, in each form they could leak in.
QStringList fullConfigSecrets();
/// The first of `secrets` that `text` contains; empty when none.
QString leakIn(const QString& text, const QStringList& secrets);

/// `config apply` of FILE with the key and the label code; extra arguments after.
ProgramRun apply(const QString& address, const QString& file, const QString& key, const QStringList& extra = {},
    const QString& labelCode = LabelCode);

} // namespace configtest
