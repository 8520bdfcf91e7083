// The job history: a session saved comes back whole, secrets never reach the file, searches and
// filters find what they should, and the schema migrates and refuses a newer one.
#include "SessionSamples.h"
#include "config/ConfigHash.h"
#include "storage/HistoryDatabase.h"
#include "storage/Migrations.h"
#include "storage/SessionStore.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::storage;

namespace {

QString scalar(QSqlDatabase& database, const QString& sql)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

SessionRecord withoutSecrets(SessionRecord record)
{
    record.config = config::withoutSecrets(record.config);
    if (record.written)
        record.written->config = record.config;
    return record;
}

/// A session as the wizard records a write: the network check's Wi-Fi failed, the checklist
/// asked with nothing confirmed yet.
SessionRecord recordedWrite()
{
    SessionRecord record = samples::fullSession();
    record.uuid = QUuid(u"5e55a0e0-0000-4000-8000-00000000f011"_qs);
    record.liveCheck->findings.removeLast(); // the acknowledged one
    record.checklist = QList<ChecklistItem>();
    return record;
}

} // namespace

class tst_SessionStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<HistoryDatabase> open(const QString& name)
    {
        Result<std::unique_ptr<HistoryDatabase>> database = HistoryDatabase::open(m_dir.filePath(name));
        if (!database)
            qWarning() << database.error().toString();
        return database ? std::move(database).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void crashSafeSettings()
    {
        auto database = open(u"settings.sqlite"_qs);
        QVERIFY(database);
        QCOMPARE(scalar(database->connection(), u"PRAGMA journal_mode"_qs), u"wal"_qs);
        QCOMPARE(scalar(database->connection(), u"PRAGMA synchronous"_qs), u"2"_qs); // FULL
        QCOMPARE(scalar(database->connection(), u"PRAGMA foreign_keys"_qs), u"1"_qs);
        QCOMPARE(scalar(database->connection(), u"SELECT version FROM schema_version"_qs),
            QString::number(latestSchemaVersion()));
        QVERIFY(database->checkIntegrity().ok());
    }

    void roundTrip_data()
    {
        QTest::addColumn<SessionRecord>("record");
        QTest::newRow("wizard, everything") << samples::fullSession();
        QTest::newRow("failed apply") << samples::failedApply();
        SessionRecord askedNothingConfirmed = samples::fullSession();
        askedNothingConfirmed.uuid = QUuid::createUuid(); // the rows share one file
        askedNothingConfirmed.checklist = QList<ChecklistItem>();
        QTest::newRow("checklist asked, nothing confirmed") << askedNothingConfirmed;
        SessionRecord notAsked = samples::fullSession();
        notAsked.uuid = QUuid::createUuid();
        notAsked.checklist.reset();
        QTest::newRow("checklist not asked") << notAsked;
    }

    void roundTrip()
    {
        QFETCH(SessionRecord, record);
        auto database = open(u"roundtrip.sqlite"_qs);
        QVERIFY(database);
        SessionStore store(*database);
        const Result<qint64> id = store.save(record);
        QVERIFY2(id.ok(), qPrintable(id ? QString() : id.error().toString()));
        const Result<SessionRecord> loaded = store.load(id.value());
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
        SessionRecord expected = withoutSecrets(record);
        expected.id = id.value();
        QCOMPARE(loaded->liveCheck, expected.liveCheck);
        QCOMPARE(loaded->io, expected.io);
        QCOMPARE(loaded->network, expected.network);
        QCOMPARE(loaded->written, expected.written);
        QCOMPARE(loaded->writeFailure, expected.writeFailure);
        QCOMPARE(loaded->envelope, expected.envelope);
        QCOMPARE(loaded->module, expected.module);
        QVERIFY(loaded->config == expected.config);
        QVERIFY(loaded.value() == expected);
    }

    void secretsNeverStored()
    {
        const QString name = u"secrets.sqlite"_qs;
        {
            auto database = open(name);
            QVERIFY(database);
            SessionStore store(*database);
            QVERIFY(store.save(samples::fullSession()).ok());
            // Whatever the file holds now (main file and write-ahead log) is what a thief gets.
            const QByteArray bytes = samples::everyFileIn(m_dir.path());
            for (const QByteArray& secret : samples::secrets())
                QVERIFY2(!bytes.contains(secret), secret.constData());
            const Result<SessionRecord> loaded = store.load(1);
            QVERIFY(loaded.ok());
            QVERIFY(loaded->config.network.wifi.passphraseSet);
            QVERIFY(loaded->config.network.wifi.passphrase.isEmpty());
        }
    }

    void findAndFilter()
    {
        auto database = open(u"find.sqlite"_qs);
        QVERIFY(database);
        SessionStore store(*database);
        SessionRecord passed = samples::fullSession();
        // Nothing failed: only the acknowledged finding and the unconfirmed checklist point keep it
        // from passing.
        passed.network.reset();
        passed.liveCheck->findings.removeLast();
        passed.checklist = QList<ChecklistItem>(std::cbegin(allChecklistItems), std::cend(allChecklistItems));
        SessionRecord warned = samples::fullSession();
        warned.uuid = QUuid::createUuid();
        warned.startedAt = warned.startedAt.addDays(1);
        const SessionRecord failed = samples::failedApply();
        const qint64 passedId = store.save(passed).value();
        const qint64 warnedId = store.save(warned).value();
        const qint64 failedId = store.save(failed).value();

        const QList<SessionSummary> all = store.find().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].id, failedId); // newest first
        QCOMPARE(all[1].id, warnedId);
        QCOMPARE(all[2].id, passedId);
        QCOMPARE(all[2].result, SessionResult::Passed);
        QCOMPARE(all[1].result, SessionResult::Warnings);
        QCOMPARE(all[0].result, SessionResult::Failed);
        QCOMPARE(all[1].site, u"Plant 2, Hall B"_qs);
        QCOMPARE(all[1].circuit, u"Q14 Kälte – Chiller 1"_qs);
        QCOMPARE(all[0].site, QString());
        QCOMPARE(all[1].moduleSerial, u"EM-2404-00017"_qs);

        const auto matching = [&store](const QString& words) {
            SessionFilter filter;
            filter.text = words;
            return store.find(filter).value().size();
        };
        QCOMPARE(matching(u"kälte hall"_qs), 2); // every word, any case
        QCOMPARE(matching(u"kälte nowhere"_qs), 0);
        QCOMPARE(matching(u"ana RUIZ"_qs), 2);
        QCOMPARE(matching(u"0a0b0c0d"_qs), 1); // the report id
        SessionFilter bySerial;
        bySerial.moduleSerial = u"EM-2404-00099"_qs;
        QCOMPARE(store.find(bySerial).value().size(), 1);
        SessionFilter byResult;
        byResult.result = SessionResult::Warnings;
        QCOMPARE(store.find(byResult).value().size(), 1);
        SessionFilter byTime;
        byTime.from = passed.startedAt.addSecs(1);
        byTime.until = failed.startedAt;
        QCOMPARE(store.find(byTime).value().size(), 1);
        SessionFilter limited;
        limited.limit = 2;
        QCOMPARE(store.find(limited).value().size(), 2);

        // The hierarchy was built once: one site, panel and circuit for the two sessions there.
        QCOMPARE(scalar(database->connection(), u"SELECT count(*) FROM sites"_qs), u"1"_qs);
        QCOMPARE(scalar(database->connection(), u"SELECT count(*) FROM circuits"_qs), u"1"_qs);
        QCOMPARE(scalar(database->connection(), u"SELECT count(*) FROM modules"_qs), u"2"_qs);
    }

    void followUpUpdatesTheSavedSession_data()
    {
        QTest::addColumn<SessionRecord>("followUp");
        QTest::addColumn<SessionResult>("result");
        // Saved as the wizard records a write: the network check failed, the checklist asked and
        // nothing confirmed yet. What the technician does next on the Verify page:
        SessionRecord passing = recordedWrite();
        passing.network->wifi.state = CheckState::Passed;
        passing.network->wifi.failure = WifiFailure::None;
        passing.checklist = QList<ChecklistItem>(std::cbegin(allChecklistItems), std::cend(allChecklistItems));
        QTest::newRow("network check passes again, every point confirmed") << passing << SessionResult::Passed;
        SessionRecord couldNotRun = passing;
        couldNotRun.network.reset();
        couldNotRun.networkCheckError = u"The module did not answer within 90 s."_qs;
        QTest::newRow("network check could not run") << couldNotRun << SessionResult::Warnings;
        SessionRecord oneLeftOpen = passing;
        oneLeftOpen.checklist->removeOne(ChecklistItem::EnclosureClosed);
        QTest::newRow("a checklist point not confirmed") << oneLeftOpen << SessionResult::Warnings;
    }

    void followUpUpdatesTheSavedSession()
    {
        QFETCH(SessionRecord, followUp);
        QFETCH(SessionResult, result);
        auto database = open(QString::fromLatin1(QTest::currentDataTag()) + u".sqlite"_qs);
        QVERIFY(database);
        SessionStore store(*database);
        const SessionRecord saved = recordedWrite();
        QCOMPARE(saved.result(), SessionResult::Warnings);
        followUp.id = store.save(saved).value();
        followUp.finishedAt = saved.finishedAt.addSecs(95);
        const Result<void> updated = store.updateFollowUp(followUp);
        QVERIFY2(updated.ok(), qPrintable(updated ? QString() : updated.error().toString()));

        const SessionRecord loaded = store.load(followUp.id).value();
        QCOMPARE(loaded.network, followUp.network);
        QCOMPARE(loaded.networkCheckError, followUp.networkCheckError);
        QCOMPARE(loaded.checklist, followUp.checklist);
        QCOMPARE(loaded.finishedAt, followUp.finishedAt);
        QCOMPARE(loaded.result(), result);
        QVERIFY(loaded == withoutSecrets(followUp)); // nothing else changed
        SessionFilter byResult;
        byResult.result = result;
        QCOMPARE(store.find(byResult).value().size(), 1); // the list's result follows
    }

    void followUpOfAnUnknownSessionIsRefused()
    {
        auto database = open(u"followup-unknown.sqlite"_qs);
        QVERIFY(database);
        SessionRecord record = recordedWrite();
        record.id = 42;
        const Result<void> updated = SessionStore(*database).updateFollowUp(record);
        QVERIFY(!updated.ok());
        QVERIFY(updated.error().detail.contains(u"no session 42"_qs));
    }

    void missingSession()
    {
        auto database = open(u"missing.sqlite"_qs);
        QVERIFY(database);
        const Result<SessionRecord> loaded = SessionStore(*database).load(42);
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.error().detail.contains(u"history list"_qs));
    }

    void reportKeptWithSession()
    {
        auto database = open(u"report.sqlite"_qs);
        QVERIFY(database);
        SessionStore store(*database);
        const qint64 id = store.save(samples::failedApply()).value();
        QVERIFY(!store.report(id).value().has_value());
        const StoredReport report { u"R-1"_qs, QDateTime(QDate(2024, 6, 2), QTime(9, 0), Qt::UTC), u"ab"_qs, "{}" };
        QVERIFY(store.saveReport(id, report).ok());
        QCOMPARE(store.report(id).value(), std::optional<StoredReport>(report));
    }

    void migratesAnOlderSchema()
    {
        const QString path = m_dir.filePath(u"v1.sqlite"_qs);
        {
            // A history as the first release left it: schema 1, one session.
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"old"_qs);
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QVERIFY(migrate(old, 1).ok());
            QCOMPARE(schemaVersion(old).value(), 1);
            QSqlQuery query(old);
            QVERIFY(query.exec(u"INSERT INTO modules (serial_number) VALUES ('EM-1')"_qs));
            QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'reports'"_qs) && query.next());
            QCOMPARE(query.value(0).toInt(), 0);
            old.close();
        }
        QSqlDatabase::removeDatabase(u"old"_qs);
        auto database = open(u"v1.sqlite"_qs);
        QVERIFY(database);
        QCOMPARE(schemaVersion(database->connection()).value(), latestSchemaVersion());
        QCOMPARE(scalar(database->connection(), u"SELECT serial_number FROM modules"_qs), u"EM-1"_qs);
        QCOMPARE(scalar(database->connection(), u"SELECT count(*) FROM reports"_qs), u"0"_qs);
    }

    void migrationKeepsWhetherTheChecklistWasAsked()
    {
        const QString path = m_dir.filePath(u"v4.sqlite"_qs);
        {
            // Version 4 knew only the confirmed points: a session that has some was asked.
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"v4"_qs);
            old.setDatabaseName(path);
            QVERIFY(old.open());
            QVERIFY(migrate(old, 4).ok());
            QSqlQuery query(old);
            QVERIFY(query.exec(u"INSERT INTO modules (serial_number) VALUES ('EM-1')"_qs));
            for (const QString& checklist : { u"enclosure_closed"_qs, QStringLiteral("") }) { // NOT NULL
                QVERIFY(query.prepare(u"INSERT INTO sessions (uuid, module_id, origin, result, started_utc, "
                                      "finished_utc, time_zone, technician, company, tool_version, module_json, "
                                      "config_json, config_sha256, checklist, search_text) VALUES (?, 1, 'wizard', "
                                      "'passed', '', '', '', '', '', '', '{}', '{}', '', ?, '')"_qs));
                query.addBindValue(QUuid::createUuid().toString());
                query.addBindValue(checklist);
                QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            }
            old.close();
        }
        QSqlDatabase::removeDatabase(u"v4"_qs);
        auto database = open(u"v4.sqlite"_qs);
        QVERIFY(database);
        QCOMPARE(scalar(database->connection(), u"SELECT group_concat(checklist_asked) FROM sessions"_qs), u"1,0"_qs);
    }

    void refusesANewerSchema()
    {
        const QString path = m_dir.filePath(u"newer.sqlite"_qs);
        {
            auto database = open(u"newer.sqlite"_qs);
            QVERIFY(database);
            QSqlQuery query(database->connection());
            QVERIFY(query.exec(u"UPDATE schema_version SET version = 99"_qs));
        }
        const Result<std::unique_ptr<HistoryDatabase>> database = HistoryDatabase::open(path);
        QVERIFY(!database.ok());
        QVERIFY(database.error().detail.contains(u"newer version"_qs));
    }

    void refusesAFileThatIsNoDatabase()
    {
        const QString path = m_dir.filePath(u"notes.txt"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Result<std::unique_ptr<HistoryDatabase>> database = HistoryDatabase::open(path);
        QVERIFY(!database.ok());
        QCOMPARE(QFileInfo(path).size(), 4096); // left as it was
    }
};

QTEST_GUILESS_MAIN(tst_SessionStore)
#include "tst_sessionstore.moc"
