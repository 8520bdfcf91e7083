// The job history and the report through the real iotpro-cli: `--history FILE` selects the
// database, `history list --json` prints exactly [{id, module_serial, time, result}], a report is
// generated from a session and `report verify` accepts it, and rejects it edited by one byte.
#include "SessionSamples.h"
#include "SimProcess.h"
#include "storage/HistoryDatabase.h"
#include "storage/SessionStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::storage;

class tst_HistoryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_history;
    QList<qint64> m_ids;

    ProgramRun cli(const QStringList& args)
    {
        return runProgram(binaryPath(u"iotpro-cli"_qs), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_history = m_dir.filePath(u"jobs/history.sqlite"_qs);
        auto database = HistoryDatabase::open(m_history);
        QVERIFY(database.ok());
        SessionStore store(*database.value());
        m_ids = { store.save(samples::fullSession()).value(), store.save(samples::failedApply()).value() };
    }

    void listJsonContract()
    {
        const ProgramRun run = cli({ u"--history"_qs, m_history, u"history"_qs, u"list"_qs, u"--json"_qs });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray sessions = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(sessions.size(), 2);
        const QJsonObject newest = sessions[0].toObject();
        QCOMPARE(newest.keys(), (QStringList { u"id"_qs, u"module_serial"_qs, u"result"_qs, u"time"_qs }));
        QCOMPARE(newest.value(u"id"_qs).toInteger(), m_ids[1]);
        QCOMPARE(newest.value(u"module_serial"_qs).toString(), u"EM-2404-00099"_qs);
        QCOMPARE(newest.value(u"time"_qs).toString(), u"2024-06-02T08:00:00.000Z"_qs);
        QCOMPARE(newest.value(u"result"_qs).toString(), u"failed"_qs);
        QCOMPARE(sessions[1].toObject().value(u"result"_qs).toString(), u"warnings"_qs);

        const ProgramRun filtered = cli({ u"history"_qs, u"list"_qs, u"--json"_qs, u"--result"_qs, u"warnings"_qs,
            u"--history"_qs, m_history });
        QCOMPARE(QJsonDocument::fromJson(filtered.out.toUtf8()).array().size(), 1);
    }

    void reportAndVerify()
    {
        const QString path = m_dir.filePath(u"report.json"_qs);
        const ProgramRun made = cli({ u"--history"_qs, m_history, u"report"_qs, u"--session"_qs,
            QString::number(m_ids[0]), u"--json"_qs, path });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const ProgramRun verified = cli({ u"report"_qs, u"verify"_qs, path });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY(verified.out.contains(u"signature"_qs));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        const qsizetype at = bytes.indexOf("\"circuit\": \"") + 12;
        bytes[at] = 'X';
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const ProgramRun rejected = cli({ u"report"_qs, u"verify"_qs, path });
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY2(rejected.err.contains(u"check \"content_sha256\" failed"_qs), qPrintable(rejected.err));
    }

    void unknownSession()
    {
        const ProgramRun run = cli({ u"--history"_qs, m_history, u"report"_qs, u"--session"_qs, u"999"_qs,
            u"--json"_qs, m_dir.filePath(u"none.json"_qs) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"no session 999"_qs));
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.json"_qs)));
    }
};

QTEST_GUILESS_MAIN(tst_HistoryCli)
#include "tst_historycli.moc"
