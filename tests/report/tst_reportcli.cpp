// `iotpro-cli report --session ID --pdf FILE [--json FILE]` through the real program on a job
// history written by the test through core/storage: both forms come from one model (the PDF
// prints the content SHA-256 the JSON carries and `report verify` accepts), a failed command-line
// apply yields a report too, and an unknown session or an unwritable path writes no file at all.
#include "../storage/SessionSamples.h"
#include "SimProcess.h"
#include "storage/HistoryDatabase.h"
#include "storage/SessionStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;

namespace {

QString pdfText(const QString& path)
{
    const ProgramRun run = runProgram(
        QStandardPaths::findExecutable(u"pdftotext"_qs), { u"-enc"_qs, u"UTF-8"_qs, path, u"-"_qs });
    return run.out.simplified();
}

} // namespace

class tst_ReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_history;
    qint64 m_wizardSession = 0;
    qint64 m_failedApply = 0;

    ProgramRun cli(QStringList args)
    {
        return runProgram(binaryPath(u"iotpro-cli"_qs), QStringList { u"--history"_qs, m_history } + args,
            30000, headlessEnvironment());
    }

    QStringList reportArgs(qint64 session, const QString& pdf, const QString& json = QString())
    {
        QStringList args { u"report"_qs, u"--session"_qs, QString::number(session), u"--pdf"_qs, pdf };
        if (!json.isEmpty())
            args << u"--json"_qs << json;
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty());
        QVERIFY(m_dir.isValid());
        m_history = m_dir.filePath(u"history.sqlite"_qs);
        auto database = storage::HistoryDatabase::open(m_history);
        QVERIFY(database.ok());
        storage::SessionStore store(*database.value());
        m_wizardSession = store.save(samples::fullSession()).value();
        m_failedApply = store.save(samples::failedApply()).value();
    }

    void pdfAndJsonFromOneModel()
    {
        const QString pdf = m_dir.filePath(u"report.pdf"_qs);
        const QString json = m_dir.filePath(u"report.json"_qs);
        const ProgramRun run = cli(reportArgs(m_wizardSession, pdf, json));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        const QString id = report.value(u"report_id"_qs).toString();
        const QString sha256
            = report.value(u"integrity"_qs).toObject().value(u"content_sha256"_qs).toString();
        QVERIFY(run.out.contains(sha256));

        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(id), qPrintable(text.left(300)));
        QVERIFY(QString(text).remove(QRegularExpression(u"\\s"_qs)).contains(sha256));
        for (const QByteArray& secret : samples::secrets())
            QVERIFY2(!text.toUtf8().contains(secret), secret.constData());

        const ProgramRun verified = cli({ u"report"_qs, u"verify"_qs, json });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
    }

    void aFailedCliApplyYieldsAReport()
    {
        const QString pdf = m_dir.filePath(u"failed.pdf"_qs);
        const ProgramRun run = cli(reportArgs(m_failedApply, pdf));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"CR-0a0b0c0d-1111-4222-8333-444455556666"_qs));
        QVERIFY(text.contains(u"Live check not performed"_qs));
        QVERIFY(text.contains(u"Network check not performed"_qs));
        QVERIFY(text.contains(u"command line (config apply)"_qs));
    }

    void unknownSessionWritesNothing()
    {
        const QString pdf = m_dir.filePath(u"none.pdf"_qs);
        const QString json = m_dir.filePath(u"none.json"_qs);
        const ProgramRun run = cli(reportArgs(999, pdf, json));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"no session 999"_qs), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(json));
    }

    void unwritablePathWritesNothing()
    {
        // The JSON could be written, the PDF cannot: neither is.
        const QString pdf = m_dir.filePath(u"no-such-folder/report.pdf"_qs);
        const QString json = m_dir.filePath(u"alone.json"_qs);
        const ProgramRun run = cli(reportArgs(m_wizardSession, pdf, json));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"cannot write "_qs + pdf), qPrintable(run.err));
        QVERIFY(!QFile::exists(json));
        QVERIFY(!QFile::exists(pdf));
    }

    void needsAnOutput()
    {
        const ProgramRun run = cli({ u"report"_qs, u"--session"_qs, QString::number(m_wizardSession) });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--pdf FILE"_qs), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(tst_ReportCli)
#include "tst_reportcli.moc"
