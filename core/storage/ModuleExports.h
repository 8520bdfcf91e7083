#pragma once

#include "CommissionedModules.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// The job history's exports of commissioned modules (docs/history.md, "Exports"). UTF-8, CRLF,
/// RFC 4180 quoting; no value depends on the locale, and none is a secret: a module here carries
/// no AppKey, passphrase or password, because the history never holds one.
namespace iotpro::storage::exports {

/// Comma-separated, one row per module under the header serial_number, site, panel, circuit,
/// installation_point, commissioned_utc, result, config_sha256, config_counter, signer_fingerprint.
QByteArray modulesCsv(const QList<CommissionedModule>& modules);

/// The Things Stack's end-device CSV import (semicolon-separated): id, dev_eui, join_eui, name,
/// description, frequency_plan_id, supports_class_c, app_key, one row per module that runs
/// LoRaWAN. app_key is left empty: the tool never keeps an AppKey once it is written.
QByteArray thingsStackCsv(const QList<CommissionedModule>& modules);

/// Whether the module runs LoRaWAN with a DevEUI: a row of the Things Stack export.
bool isLorawanDevice(const CommissionedModule& module);
/// How many rows the Things Stack export of `modules` has.
qsizetype lorawanDeviceCount(const QList<CommissionedModule>& modules);

/// The Things Stack's device id for a serial number: lower case, runs of anything but a-z and
/// 0-9 made one hyphen, at most 36 characters ("EM-2404-00017" -> "em-2404-00017").
QString thingsStackDeviceId(const QString& serialNumber);

/// The Things Stack's frequency plan for a region (and sub-band where the region has them):
/// EU_863_870, US_902_928_FSB_2, …; empty when no plan matches (the import then asks for one).
QString frequencyPlanId(config::LorawanRegion region, quint32 subBand);

} // namespace iotpro::storage::exports
