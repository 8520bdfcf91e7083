// A writer killed with SIGKILL mid-transaction, again and again, never corrupts the job history:
// SQLite's integrity check passes, every session the writer reported as committed is there and
// reads back whole, and nothing but whole sessions is there.
#include "SessionSamples.h"
#include "storage/HistoryDatabase.h"
#include "storage/SessionStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace iotpro;
using namespace iotpro::storage;

namespace {

/// The record a writer saved, as the history must give it back.
SessionRecord expectedRecord(const SessionRecord& loaded)
{
    SessionRecord expected = samples::fullSession();
    expected.id = loaded.id;
    expected.uuid = loaded.uuid; // fresh per save
    expected.config = config::withoutSecrets(expected.config);
    expected.written->config = expected.config;
    return expected;
}

int rows(QSqlDatabase& database, const QString& table)
{
    QSqlQuery query(database);
    if (!query.exec(u"SELECT count(*) FROM "_qs + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class tst_HistoryCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesWholeSessions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"history.sqlite"_qs);
        const QString writer = QStringLiteral(IOTPRO_TEST_BIN_DIR "/history_writer");
        qint64 lastReported = 0;
        constexpr int rounds = 8;
        for (int round = 0; round < rounds; ++round) {
            QProcess process;
            process.start(writer, { path });
            QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
            // Let it commit a few sessions, then kill it at an unforeseeable moment.
            QElapsedTimer waited;
            waited.start();
            QByteArray printed;
            while (printed.count('\n') < 3 && waited.elapsed() < 20000) {
                process.waitForReadyRead(100);
                printed += process.readAllStandardOutput();
            }
            QVERIFY2(printed.count('\n') >= 3, process.readAllStandardError().constData());
            QTest::qWait(int(QRandomGenerator::global()->bounded(5, 60)));
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(5000));
            printed += process.readAllStandardOutput();
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = printed.trimmed().split('\n');
            lastReported = std::max(lastReported, lines.last().toLongLong());
        }

        auto database = HistoryDatabase::open(path);
        QVERIFY2(database.ok(), qPrintable(database ? QString() : database.error().toString()));
        QVERIFY((*database)->checkIntegrity().ok());
        SessionStore store(*database.value());
        const QList<SessionSummary> sessions = store.find().value();
        // Everything reported as committed is there; at most one more per round committed
        // between its COMMIT and the print.
        QVERIFY(sessions.size() >= lastReported);
        QVERIFY(sessions.size() <= lastReported + rounds);
        for (const SessionSummary& summary : sessions) {
            const Result<SessionRecord> loaded = store.load(summary.id);
            QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
            QVERIFY(loaded.value() == expectedRecord(loaded.value()));
        }
        // No orphans of a rolled-back session: each session has exactly its parts.
        QSqlDatabase& connection = (*database)->connection();
        const int count = int(sessions.size());
        QCOMPARE(rows(connection, u"session_findings"_qs), 3 * count);
        QCOMPARE(rows(connection, u"session_snapshots"_qs), count);
        QCOMPARE(rows(connection, u"session_envelopes"_qs), count);
        QCOMPARE(rows(connection, u"session_checks"_qs), 2 * count);
    }
};

QTEST_GUILESS_MAIN(tst_HistoryCrash)
#include "tst_historycrash.moc"
