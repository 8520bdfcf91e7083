#include "CommissioningJson.h"

#include "config/ProtoEnums.h"
#include "iotpro.pb.h"

#include <QJsonArray>

namespace iotpro::commissioning {

namespace {

QString time(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/// The name of an enum value from a table in declaration order.
template <typename Enum, std::size_t N>
QString named(Enum value, const char* const (&names)[N])
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? QString::fromLatin1(names[index]) : QString();
}

} // namespace

QString enumName(CheckState state)
{
    return named(state, { "disabled", "not_fitted", "passed", "failed", "unknown" });
}

QString enumName(WifiFailure failure)
{
    return named(failure, { "none", "network_not_found", "wrong_passphrase", "dhcp_timeout", "timeout", "other" });
}

QString enumName(LorawanFailure failure)
{
    return named(failure, { "none", "no_join_accept", "no_link_check", "timeout", "other" });
}

QString enumName(CellularFailure failure)
{
    return named(failure,
        { "none", "no_sim", "sim_locked", "no_signal", "registration_denied", "apn_rejected", "timeout", "other" });
}

QString enumName(GpsFailure failure)
{
    return named(failure, { "none", "no_fix", "no_satellites", "antenna", "other" });
}

QString enumName(ModuleOutcome outcome)
{
    return named(outcome, { "previous_kept", "new_active", "unknown" });
}

QString stepName(WriteStep step)
{
    return named(step,
        { "read_state", "validate", "opening_readings", "pair", "sign", "upload", "commit", "verify",
            "network_check" });
}

QString roleName(TrustRole role)
{
    return named(role, { "configuration", "factory", "unknown" });
}

QJsonObject toJson(const OpeningReadings& readings)
{
    return QJsonObject {
        { u"energy"_qs, toJson(readings.energy) },
        { u"module_clock"_qs, time(readings.moduleClock) },
        { u"time_zone"_qs, readings.timeZone },
        { u"clock_synchronized"_qs, readings.clockSynchronized },
        { u"clock_offset_ms"_qs, readings.clockOffsetMs },
        { u"clock_set"_qs, readings.clockSet },
        { u"clock_set_to"_qs, time(readings.clockSetTo) },
        { u"time_zone_set_to"_qs, readings.timeZoneSetTo },
    };
}

QJsonObject toJson(const NetworkCheckReport& report)
{
    const WifiCheck& wifi = report.wifi;
    const LorawanCheck& lorawan = report.lorawan;
    const CellularCheck& cellular = report.cellular;
    const GpsCheck& gps = report.gps;
    return QJsonObject {
        { u"duration_ms"_qs, qint64(report.durationMs) },
        { u"wifi"_qs,
            QJsonObject {
                { u"state"_qs, enumName(wifi.state) },
                { u"failure"_qs, enumName(wifi.failure) },
                { u"ssid"_qs, wifi.ssid },
                { u"bssid"_qs, wifi.bssid },
                { u"rssi_dbm"_qs, wifi.rssiDbm },
                { u"channel"_qs, qint64(wifi.channel) },
                { u"ip_address"_qs, wifi.ipAddress },
                { u"gateway"_qs, wifi.gateway },
            } },
        { u"lorawan"_qs,
            QJsonObject {
                { u"state"_qs, enumName(lorawan.state) },
                { u"failure"_qs, enumName(lorawan.failure) },
                { u"join_attempts"_qs, qint64(lorawan.joinAttempts) },
                { u"dev_addr"_qs, hex(lorawan.devAddr) },
                { u"rssi_dbm"_qs, lorawan.rssiDbm },
                { u"snr_db"_qs, lorawan.snrDb },
                { u"link_margin_db"_qs, qint64(lorawan.linkMarginDb) },
                { u"gateway_count"_qs, qint64(lorawan.gatewayCount) },
                { u"data_rate"_qs, qint64(lorawan.dataRate) },
            } },
        { u"cellular"_qs,
            QJsonObject {
                { u"state"_qs, enumName(cellular.state) },
                { u"failure"_qs, enumName(cellular.failure) },
                { u"operator"_qs, cellular.operatorName },
                { u"rat"_qs, cellular.rat ? config::protoenums::protoName(*cellular.rat) : QString() },
                { u"rsrp_dbm"_qs, cellular.rsrpDbm },
                { u"rsrq_db"_qs, cellular.rsrqDb },
                { u"signal_quality"_qs, qint64(cellular.signalQuality) },
                { u"ip_address"_qs, cellular.ipAddress },
            } },
        { u"gps"_qs,
            QJsonObject {
                { u"state"_qs, enumName(gps.state) },
                { u"failure"_qs, enumName(gps.failure) },
                { u"satellites_in_view"_qs, qint64(gps.satellitesInView) },
                { u"satellites_used"_qs, qint64(gps.satellitesUsed) },
                { u"latitude_deg"_qs, gps.latitudeDeg },
                { u"longitude_deg"_qs, gps.longitudeDeg },
                { u"altitude_m"_qs, gps.altitudeM },
                { u"hdop"_qs, gps.hdop },
                { u"time_to_fix_s"_qs, qint64(gps.timeToFixS) },
            } },
    };
}

QJsonObject toJson(const ConfigWriteResult& result)
{
    QJsonArray changes;
    for (const config::ConfigChange& change : result.changes) {
        if (change.secret) {
            changes.append(QJsonObject { { u"field"_qs, change.fieldPath }, { u"secret_changed"_qs, true } });
        } else {
            changes.append(QJsonObject {
                { u"field"_qs, change.fieldPath }, { u"old"_qs, change.oldValue }, { u"new"_qs, change.newValue } });
        }
    }
    return QJsonObject {
        { u"verified"_qs, true },
        { u"serial_number"_qs, result.serialNumber },
        { u"previous_counter"_qs, qint64(result.previousCounter) },
        { u"counter"_qs, qint64(result.counter) },
        { u"slot"_qs, qint64(result.slot) },
        { u"payload_sha256"_qs, hex(result.payloadSha256) },
        { u"config_hash"_qs, hex(result.configHash) },
        { u"signer_fingerprint"_qs, result.signerFingerprint },
        { u"committed"_qs, time(result.committedAt) },
        { u"recovered_after_link_loss"_qs, result.recoveredAfterLinkLoss },
        { u"changes"_qs, changes },
        { u"opening"_qs, toJson(result.opening) },
    };
}

QJsonObject toJson(const ConfigWriteFailure& failure)
{
    QJsonArray issues;
    for (const config::ValidationIssue& issue : failure.issues)
        issues.append(QJsonObject { { u"field"_qs, issue.fieldPath }, { u"message"_qs, issue.message } });
    const Error& error = failure.error;
    return QJsonObject {
        { u"verified"_qs, false },
        { u"step"_qs, stepName(failure.step) },
        { u"error"_qs,
            QJsonObject {
                { u"title"_qs, error.title },
                { u"detail"_qs, error.detail },
                { u"module_error"_qs,
                    error.kind == ErrorKind::RemoteError
                        ? QString::fromStdString(v1::ErrorCode_Name(v1::ErrorCode(error.remoteCode)))
                        : QString() },
                { u"field"_qs, error.field },
            } },
        { u"issues"_qs, issues },
        { u"outcome"_qs, enumName(failure.outcome) },
        { u"active_counter"_qs, qint64(failure.activeCounter) },
        { u"previous_counter"_qs, qint64(failure.previousCounter) },
        { u"new_counter"_qs, qint64(failure.newCounter) },
        { u"reconnected"_qs, failure.reconnected },
    };
}

QJsonObject toJson(const TrustStore& store)
{
    QJsonArray keys;
    for (const TrustedKey& key : store.keys) {
        keys.append(QJsonObject {
            { u"key_id"_qs, hex(key.keyId) },
            { u"fingerprint"_qs, key.fingerprint },
            { u"role"_qs, roleName(key.role) },
            { u"label"_qs, key.label },
            { u"added"_qs, time(key.added) },
            { u"public_key"_qs, QString::fromLatin1(key.publicKey.toBase64()) },
        });
    }
    return QJsonObject { { u"factory_mode"_qs, store.factoryMode }, { u"keys"_qs, keys } };
}

} // namespace iotpro::commissioning
