#include "ProfileStore.h"

#include "HistoryDatabase.h"
#include "SqlResult.h"

namespace iotpro::storage {

ProfileStore::ProfileStore(HistoryDatabase& database)
    : m_database(database)
{ }

Result<Profile> ProfileStore::load()
{
    QSqlQuery query(m_database.connection());
    if (Result<void> read = run(query, u"SELECT key, value FROM profile"_qs); !read)
        return read.error();
    Profile profile;
    while (query.next()) {
        if (query.value(0).toString() == u"technician")
            profile.technician = query.value(1).toString();
        else if (query.value(0).toString() == u"company")
            profile.company = query.value(1).toString();
    }
    return profile;
}

Result<void> ProfileStore::save(const Profile& profile)
{
    QSqlDatabase& database = m_database.connection();
    return inTransaction(database, [&]() -> Result<void> {
        QSqlQuery query(database);
        if (Result<void> technician = run(query, u"INSERT OR REPLACE INTO profile (key, value) VALUES (?, ?)"_qs,
                { u"technician"_qs, profile.technician });
            !technician)
            return technician;
        return rerun(query, { u"company"_qs, profile.company });
    });
}

} // namespace iotpro::storage
