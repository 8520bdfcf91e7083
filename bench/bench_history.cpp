// The job history and the report at scale: searching a history of 10,000 sessions (budget
// 100 ms per search) and generating the JSON report of a session with 3 phases and 20 findings
// (budget 1 s). Prints the figures; fails if a search finds the wrong sessions, the report does
// not verify, or a median is over budget.
#include "../tests/storage/SessionSamples.h"
#include "electrical/Findings.h"
#include "report/CommissioningReport.h"
#include "report/ReportJson.h"
#include "report/ReportVerifier.h"
#include "storage/HistoryDatabase.h"
#include "storage/SessionStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace iotpro;
using namespace iotpro::storage;

namespace {

constexpr int kSessions = 10000;
constexpr int kRuns = 50;
constexpr double kSearchBudgetMs = 100.0;
constexpr double kReportBudgetMs = 1000.0;

double medianMs(std::vector<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return double(nanoseconds[nanoseconds.size() / 2]) / 1e6;
}

/// Session `n` of the filled history: 100 sites, 20 modules per site, one session in 50 failed.
SessionRecord sessionNumber(int n)
{
    SessionRecord record = n % 50 == 0 ? samples::failedApply() : samples::fullSession();
    record.uuid = QUuid::createUuid();
    record.module.serialNumber = u"EM-%1"_qs.arg(n % 2000, 5, 10, QLatin1Char('0'));
    record.config.installation.site = u"Site-X%1"_qs.arg(n % 100, 3, 10, QLatin1Char('0'));
    record.startedAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 600);
    return record;
}

template <typename Work> double timed(Work work)
{
    std::vector<qint64> nanoseconds;
    QElapsedTimer clock;
    for (int run = 0; run < kRuns; ++run) {
        clock.start();
        work();
        nanoseconds.push_back(clock.nsecsElapsed());
    }
    return medianMs(nanoseconds);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto database = HistoryDatabase::open(dir.filePath(u"history.sqlite"_qs));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().toString()));
        return 1;
    }
    // Filling is set-up, not what is measured: no sync per commit here.
    QSqlQuery(database.value()->connection()).exec(u"PRAGMA synchronous = OFF"_qs);
    SessionStore store(*database.value());
    QElapsedTimer filling;
    filling.start();
    for (int n = 1; n <= kSessions; ++n) {
        if (!store.save(sessionNumber(n))) {
            std::fprintf(stderr, "saving session %d failed\n", n);
            return 1;
        }
    }
    std::printf("filled %d sessions in %.1f s\n", kSessions, double(filling.elapsed()) / 1000.0);

    bool correct = true;
    const auto search = [&store, &correct](const SessionFilter& filter, qsizetype expected) {
        const qsizetype found = store.find(filter).value().size();
        correct = correct && found == expected;
    };
    SessionFilter words;
    words.text = u"site-x042 chiller"_qs; // 100 of 10,000
    SessionFilter page = words;
    page.limit = 50;
    SessionFilter failed;
    failed.result = SessionResult::Failed; // 200
    SessionFilter serial;
    serial.moduleSerial = u"EM-00042"_qs; // 5
    const double wordsMs = timed([&] { search(words, 100); });
    const double pageMs = timed([&] { search(page, 50); });
    const double failedMs = timed([&] { search(failed, 200); });
    const double serialMs = timed([&] { search(serial, 5); });
    std::printf("search, median of %d: words %.2f ms, first page of words %.2f ms, by result %.2f ms, "
                "by serial %.2f ms (budget %.0f ms)\n",
        kRuns, wordsMs, pageMs, failedMs, serialMs, kSearchBudgetMs);

    SessionRecord big = samples::fullSession();
    for (int k = int(big.liveCheck->findings.size()); k < 20; ++k) {
        big.liveCheck->findings.append({ electrical::makeFinding(electrical::FindingCode::CurrentBelowAccuracy,
                                             1 + k % 3, u"Load under 10 % of the CT rating (%1)."_qs.arg(k)),
            Resolution::Open });
    }
    QByteArray file;
    const double reportMs = timed([&] {
        file = report::reportFile(report::buildReport(big, QDateTime::currentDateTimeUtc(), u"bench"_qs));
    });
    const bool verifies = report::ReportVerifier::verify(file).passed();
    std::printf("report JSON, 3 phases and 20 findings, median of %d: %.2f ms, %lld bytes (budget %.0f ms)\n",
        kRuns, reportMs, qlonglong(file.size()), kReportBudgetMs);

    const double slowest = std::max({ wordsMs, pageMs, failedMs, serialMs });
    if (!correct || !verifies || slowest > kSearchBudgetMs || reportMs > kReportBudgetMs) {
        std::fprintf(stderr, "FAILED: %s\n", !correct ? "a search found the wrong sessions"
                : !verifies                             ? "the report does not verify"
                                                        : "over budget");
        return 1;
    }
    return 0;
}
