#pragma once

#include "ConfigWrite.h"
#include "device/NetworkCheckReport.h"
#include "device/TrustStore.h"

#include <QJsonObject>

/// The JSON forms of what a configuration write records (`iotpro-cli config apply --json`,
/// `trust list --json`, reports). Keys are snake_case, hashes lowercase hex, times ISO 8601 UTC,
/// enum values lowercase words. Nothing here can hold a secret: the types carry none.
namespace iotpro::commissioning {

/// {"energy": {…}, "module_clock", "time_zone", "clock_synchronized", "clock_offset_ms",
/// "clock_set", "clock_set_to", "time_zone_set_to"}
QJsonObject toJson(const OpeningReadings& readings);

/// {"duration_ms", "wifi": {"state", "failure", …}, "lorawan": {…}, "cellular": {…}, "gps": {…}};
/// "state" is disabled, not_fitted, passed, failed or unknown.
QJsonObject toJson(const NetworkCheckReport& report);

/// {"verified": true, "serial_number", "previous_counter", "counter", "slot", "payload_sha256",
/// "config_hash", "signer_fingerprint", "committed", "recovered_after_link_loss",
/// "changes": [{"field", "old", "new"} or {"field", "secret_changed": true}], "opening": {…}}
QJsonObject toJson(const ConfigWriteResult& result);

/// {"verified": false, "step", "error": {"title", "detail", "module_error", "field"},
/// "issues": [{"field", "message"}], "outcome": previous_kept | new_active | unknown,
/// "active_counter", "previous_counter", "new_counter", "reconnected"}
QJsonObject toJson(const ConfigWriteFailure& failure);

/// {"factory_mode", "keys": [{"key_id", "fingerprint", "role", "label", "added", "public_key"}]};
/// public_key in base64 as in a public key file.
QJsonObject toJson(const TrustStore& store);

/// "read_state", "validate", … "network_check".
QString stepName(WriteStep step);

/// The JSON names of the check states, failure reasons and write outcomes above ("passed",
/// "wrong_passphrase", "previous_kept", …).
QString enumName(CheckState state);
QString enumName(WifiFailure failure);
QString enumName(LorawanFailure failure);
QString enumName(CellularFailure failure);
QString enumName(GpsFailure failure);
QString enumName(ModuleOutcome outcome);

/// "configuration", "factory" or "unknown".
QString roleName(TrustRole role);

} // namespace iotpro::commissioning
