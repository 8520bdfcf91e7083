// The job history at scale: searching a history of 10,000 sessions (budget 100 ms per search).
// Prints the figures; fails if a search finds the wrong sessions or a median is over budget.
// (The report's budget is bench_report's.)
#include "../tests/storage/SessionSamples.h"
#include "MedianTime.h"
#include "storage/HistoryDatabase.h"
#include "storage/SessionStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace iotpro;
using namespace iotpro::storage;

namespace {

constexpr int kSessions = 10000;
constexpr int kRuns = 50;
constexpr double kSearchBudgetMs = 100.0;

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
    const double wordsMs = medianMs(kRuns, [&] { search(words, 100); });
    const double pageMs = medianMs(kRuns, [&] { search(page, 50); });
    const double failedMs = medianMs(kRuns, [&] { search(failed, 200); });
    const double serialMs = medianMs(kRuns, [&] { search(serial, 5); });
    std::printf("search, median of %d: words %.2f ms, first page of words %.2f ms, by result %.2f ms, "
                "by serial %.2f ms (budget %.0f ms)\n",
        kRuns, wordsMs, pageMs, failedMs, serialMs, kSearchBudgetMs);

    const double slowest = std::max({ wordsMs, pageMs, failedMs, serialMs });
    if (!correct || slowest > kSearchBudgetMs) {
        std::fprintf(stderr, "FAILED: %s\n", !correct ? "a search found the wrong sessions" : "over budget");
        return 1;
    }
    return 0;
}
