#include "SqlResult.h"

#include <QSqlError>

namespace iotpro::storage {

Error StorageTexts::failed(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    return Errors::make(ErrorKind::WriteFailed,
        tr("The job history database refused an operation (%1). Nothing of it was stored; if this repeats, "
           "check the disk and run \"iotpro-cli history check\".")
            .arg(error.text()));
}

Result<void> rerun(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    int index = 0;
    for (const QVariant& value : values) {
        // Qt SQL binds a null QString as NULL; an empty text is '' here, NULL only when asked for.
        const bool emptyText
            = value.metaType().id() == QMetaType::QString && !value.isNull() && value.toString().isNull();
        query.bindValue(index++, emptyText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec())
        return StorageTexts::failed(query);
    return {};
}

Result<void> run(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    if (!query.prepare(sql))
        return StorageTexts::failed(query);
    return rerun(query, values);
}

Result<void> inTransaction(QSqlDatabase& database, const std::function<Result<void>()>& work)
{
    QSqlQuery control(database);
    if (Result<void> begun = run(control, u"BEGIN IMMEDIATE"_qs); !begun)
        return begun;
    Result<void> done = work();
    if (!done) {
        // The work's error is the one to report; a failed rollback leaves SQLite to undo it on the next open.
        run(control, u"ROLLBACK"_qs).ok();
        return done;
    }
    Result<void> committed = run(control, u"COMMIT"_qs);
    if (!committed)
        run(control, u"ROLLBACK"_qs).ok();
    return committed;
}

} // namespace iotpro::storage
