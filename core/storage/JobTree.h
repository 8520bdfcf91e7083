#pragma once

#include "common/Result.h"
#include "config/DeviceConfig.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Sites, panels and circuits by name (core/storage internal): found, or created on first use.
/// Call inside a transaction.
namespace iotpro::storage::jobtree {

Result<qint64> siteId(QSqlDatabase& database, const QString& site);
Result<qint64> panelId(QSqlDatabase& database, qint64 site, const QString& panel);
Result<qint64> circuitId(QSqlDatabase& database, qint64 panel, const QString& circuit);

/// The circuit an installation names; nullopt when it names no site (a module configured
/// without one, e.g. straight from production).
Result<std::optional<qint64>> circuitOf(QSqlDatabase& database, const config::InstallationConfig& installation);

} // namespace iotpro::storage::jobtree
