#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>

/// Running SQL with errors as values (core/storage internal).
namespace iotpro::storage {

class StorageTexts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::storage::Storage)

public:
    /// A failed statement on the history database, with SQLite's reason.
    static Error failed(const QSqlQuery& query);
};

/// Prepares `sql`, binds `values` in order and runs it.
Result<void> run(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values = {});

/// Runs a prepared statement once more with new values.
Result<void> rerun(QSqlQuery& query, std::initializer_list<QVariant> values);

/// Runs `work` in one write transaction (BEGIN IMMEDIATE: it waits for another writer instead of
/// failing half-way): committed when `work` succeeds, rolled back otherwise, so nothing of a
/// failed `work` is ever stored.
Result<void> inTransaction(QSqlDatabase& database, const std::function<Result<void>()>& work);

} // namespace iotpro::storage
