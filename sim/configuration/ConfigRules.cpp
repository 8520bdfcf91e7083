#include "ConfigRules.h"

#include "configuration/ConfigRuleSupport.h"

#include <QLocale>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace rules {

QString number(double value)
{
    return QString::number(value, 'f', QLocale::FloatingPointShortest);
}

QString span(const Bounds& bounds)
{
    return bounds.lowExcluded ? u"above %1, at most %2"_s.arg(number(bounds.low), number(bounds.high))
                              : u"%1 to %2"_s.arg(number(bounds.low), number(bounds.high));
}

bool isHexDigits(const std::string& text, qsizetype count)
{
    return static_cast<qsizetype>(text.size()) == count && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c));
    });
}

bool isPrintableAscii(const std::string& text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= ' ' && c <= '~'; });
}

void checkBytes(const std::string& text, const Bounds& bounds, const QString& field, const QString& what,
    Findings& findings)
{
    const auto bytes = static_cast<double>(text.size());
    if (bounds.contains(bytes))
        return;
    findings.refuse(field,
        bytes == 0 ? u"%1 is empty; it needs %2 bytes"_s.arg(what, span(bounds))
                   : u"%1 is %2 bytes; %3 allowed"_s.arg(what).arg(text.size()).arg(span(bounds)));
}

} // namespace rules

namespace {

constexpr int kCtInputs = 3;
constexpr int kDigitalInputs = 4;

/// An enum field that needs a choice: set, and to a value this module knows.
void requireChoice(int value, bool (*isKnown)(int), const QString& field, rules::Findings& findings)
{
    if (value == 0)
        findings.refuse(field, u"no value chosen"_s);
    else if (!isKnown(value))
        findings.refuse(field, u"%1 is not a value this module knows"_s.arg(value));
}

QString indexed(const char* list, int index, const char* field)
{
    return u"%1[%2].%3"_s.arg(QLatin1StringView(list)).arg(index).arg(QLatin1StringView(field));
}

/// The shape every configuration has (docs/protocol.md, 7.1).
void checkShape(const v1::DeviceConfig& config, rules::Findings& findings)
{
    if (!v1::InstallationPoint_IsValid(config.installation().point()))
        findings.refuse(u"installation.point"_s,
            u"%1 is not a value this module knows"_s.arg(config.installation().point()));

    const v1::MeteringConfig& metering = config.metering();
    requireChoice(metering.wiring(), v1::Wiring_IsValid, u"metering.wiring"_s, findings);
    if (metering.ct_inputs_size() != kCtInputs)
        findings.refuse(u"metering.ct_inputs"_s,
            u"lists %1 CT inputs; a configuration has exactly %2"_s.arg(metering.ct_inputs_size())
                .arg(kCtInputs));
    for (int i = 0; i < metering.ct_inputs_size(); ++i) {
        const v1::CtInputConfig& ct = metering.ct_inputs(i);
        requireChoice(
            ct.secondary(), v1::CtSecondary_IsValid, indexed("metering.ct_inputs", i, "secondary"), findings);
        requireChoice(
            ct.direction(), v1::CtDirection_IsValid, indexed("metering.ct_inputs", i, "direction"), findings);
    }

    const v1::InputsConfig& inputs = config.inputs();
    if (inputs.digital_inputs_size() != kDigitalInputs)
        findings.refuse(u"inputs.digital_inputs"_s,
            u"lists %1 digital inputs; a configuration has exactly %2"_s.arg(inputs.digital_inputs_size())
                .arg(kDigitalInputs));
    for (int i = 0; i < inputs.digital_inputs_size(); ++i) {
        const v1::DigitalInputConfig& input = inputs.digital_inputs(i);
        requireChoice(input.mode(), v1::DigitalInputMode_IsValid, indexed("inputs.digital_inputs", i, "mode"),
            findings);
        requireChoice(input.dry_contact().contact(), v1::ContactType_IsValid,
            indexed("inputs.digital_inputs", i, "dry_contact.contact"), findings);
    }

    const v1::NetworkConfig& network = config.network();
    requireChoice(network.wifi().security(), v1::WifiSecurity_IsValid, u"network.wifi.security"_s, findings);
    requireChoice(network.wifi().ipv4().mode(), v1::Ipv4Mode_IsValid, u"network.wifi.ipv4.mode"_s, findings);
    requireChoice(
        network.lorawan().region(), v1::LorawanRegion_IsValid, u"network.lorawan.region"_s, findings);
    requireChoice(network.lorawan().device_class(), v1::LorawanClass_IsValid,
        u"network.lorawan.device_class"_s, findings);
    requireChoice(network.cellular().rat(), v1::CellularRat_IsValid, u"network.cellular.rat"_s, findings);

    // A secret in the signed configuration would travel and be stored in the clear.
    for (const SecretFieldInfo& secret : secretFields()) {
        if (!secret.value(config).empty())
            findings.refuse(
                secret.path, u"the %1 travels sealed, never in the signed configuration"_s.arg(secret.name));
    }
}

void checkInstallation(
    const v1::InstallationConfig& installation, const ConfigLimitsTable& limits, rules::Findings& findings)
{
    const Bounds text { 0, limits.number(u"installation.text_max_bytes"_s) };
    rules::checkBytes(installation.site(), text, u"installation.site"_s, u"the site"_s, findings);
    rules::checkBytes(installation.panel(), text, u"installation.panel"_s, u"the panel"_s, findings);
    rules::checkBytes(installation.circuit(), text, u"installation.circuit"_s, u"the circuit"_s, findings);
    rules::checkBytes(installation.notes(), { 0, limits.number(u"installation.notes_max_bytes"_s) },
        u"installation.notes"_s, u"the notes"_s, findings);
}

void checkGps(
    const v1::GpsConfig& gps, const ConfigLimitsTable& limits, bool fitted, rules::Findings& findings)
{
    if (!gps.enabled() || !fitted)
        return;
    if (const Bounds interval = limits.bounds(u"gps.fix_interval_s"_s);
        !interval.contains(gps.fix_interval_s()))
        findings.refuse(u"gps.fix_interval_s"_s,
            u"a fix every %1 s; %2 s allowed"_s.arg(gps.fix_interval_s()).arg(rules::span(interval)));
}

void checkWifiPassphrase(const std::string& passphrase, v1::WifiSecurity security,
    const ConfigLimitsTable& limits, const QString& field, rules::Findings& findings)
{
    // Messages say nothing about the passphrase's characters: it is a secret.
    const auto rawKeyDigits = static_cast<qsizetype>(limits.number(u"network.wifi_raw_psk_hex_digits"_s));
    if (security == v1::WIFI_SECURITY_WPA2_PSK && static_cast<qsizetype>(passphrase.size()) == rawKeyDigits) {
        if (!rules::isHexDigits(passphrase, rawKeyDigits))
            findings.refuse(
                field, u"a %1-character WPA2 passphrase is a raw key: hex digits only"_s.arg(rawKeyDigits));
        return;
    }
    const Bounds chars = limits.bounds(u"network.wifi_passphrase_chars"_s);
    if (!rules::isPrintableAscii(passphrase) || !chars.contains(static_cast<double>(passphrase.size())))
        findings.refuse(
            field, u"a Wi-Fi passphrase is %1 printable ASCII characters"_s.arg(rules::span(chars)));
}

/// The rules of one secret's value, for a feature switched on.
void checkSecretValue(const SecretFieldInfo& secret, const std::string& value, const v1::DeviceConfig& config,
    const ConfigLimitsTable& limits, rules::Findings& findings)
{
    const QString field = secret.path;
    switch (secret.field) {
    case v1::SECRET_FIELD_WIFI_PASSPHRASE:
        checkWifiPassphrase(value, config.network().wifi().security(), limits, field, findings);
        break;
    case v1::SECRET_FIELD_LORAWAN_APP_KEY: {
        const auto digits = static_cast<qsizetype>(limits.number(u"network.lorawan_app_key_hex_digits"_s));
        if (!rules::isHexDigits(value, digits))
            findings.refuse(field, u"an AppKey is %1 hex digits"_s.arg(digits));
        break;
    }
    case v1::SECRET_FIELD_CELLULAR_PASSWORD:
        if (const Bounds bytes = limits.bounds(u"network.cellular_password_bytes"_s);
            !bytes.contains(static_cast<double>(value.size())))
            findings.refuse(field, u"an APN password is %1 bytes"_s.arg(rules::span(bytes)));
        break;
    default:
        break;
    }
}

bool isFitted(const FittedOptions& fitted, v1::SecretField field)
{
    switch (field) {
    case v1::SECRET_FIELD_WIFI_PASSPHRASE:
        return fitted.wifi;
    case v1::SECRET_FIELD_LORAWAN_APP_KEY:
        return fitted.lorawan;
    case v1::SECRET_FIELD_CELLULAR_PASSWORD:
        return fitted.cellular;
    default:
        return false;
    }
}

} // namespace

ConfigRules::ConfigRules(const ConfigLimitsTable& limits, FittedOptions fitted)
    : m_limits(limits)
    , m_fitted(fitted)
{ }

std::optional<RequestError> ConfigRules::checkValues(const v1::DeviceConfig& config) const
{
    rules::Findings findings(v1::ERROR_CODE_INVALID_CONFIG);
    checkShape(config, findings);
    if (findings.first())
        return findings.first(); // values of a misshapen document mean nothing
    checkInstallation(config.installation(), m_limits, findings);
    rules::checkMetering(config.metering(), m_limits, findings);
    rules::checkInputs(config.inputs(), m_limits, findings);
    rules::checkNetwork(config.network(), m_limits, m_fitted, findings);
    checkGps(config.gps(), m_limits, m_fitted.gps, findings);
    return findings.first();
}

std::optional<RequestError> ConfigRules::checkFitted(const v1::DeviceConfig& config) const
{
    rules::Findings findings(v1::ERROR_CODE_OPTION_NOT_FITTED);
    const v1::NetworkConfig& network = config.network();
    if (network.wifi().enabled() && !m_fitted.wifi)
        findings.refuse(u"network.wifi.enabled"_s, u"this module has no Wi-Fi"_s);
    if (network.lorawan().enabled() && !m_fitted.lorawan)
        findings.refuse(u"network.lorawan.enabled"_s, u"this module has no LoRaWAN radio"_s);
    if (network.cellular().enabled() && !m_fitted.cellular)
        findings.refuse(u"network.cellular.enabled"_s, u"this module has no cellular modem"_s);
    if (config.gps().enabled() && !m_fitted.gps)
        findings.refuse(u"gps.enabled"_s, u"this module has no GPS"_s);
    return findings.first();
}

std::optional<RequestError> ConfigRules::checkSecrets(
    const v1::DeviceConfig& config, const ConfigSecrets& given, const ConfigSecrets& stored) const
{
    rules::Findings findings(v1::ERROR_CODE_INVALID_CONFIG);
    for (const SecretFieldInfo& secret : secretFields()) {
        const bool isGiven = given.contains(secret.field);
        const bool isStored = !stored.value(secret.field).isEmpty();
        const QString field = secret.path;
        if (isGiven && given.value(secret.field).isEmpty()) {
            findings.refuse(
                field, u"an empty %1 was sent; leave it out to keep the stored one"_s.arg(secret.name));
        } else if (secret.isSet(config) && !isGiven && !isStored) {
            findings.refuse(field, u"no %1 is given, and the module holds none"_s.arg(secret.name));
        } else if (!secret.isSet(config) && (isGiven || isStored)) {
            findings.refuse(
                field, u"the module will hold a %1, but its _set flag says none"_s.arg(secret.name));
        } else if (secret.enabled(config) && isFitted(m_fitted, secret.field) && (isGiven || isStored)) {
            const QString value = isGiven ? given.value(secret.field) : stored.value(secret.field);
            checkSecretValue(secret, value.toStdString(), config, m_limits, findings);
        }
    }
    return findings.first();
}

} // namespace iotpro::sim
