// The commissioning report of a session with 3 phases and 20 findings: the JSON form and the PDF,
// each from the stored session (budget 1 s each, from the issue). Prints the figures; fails if
// the JSON does not verify, the PDF is not a PDF, or a median is over budget.
#include "../tests/storage/SessionSamples.h"
#include "MedianTime.h"
#include "report/CommissioningReport.h"
#include "report/ReportJson.h"
#include "report/ReportPdf.h"
#include "report/ReportVerifier.h"

#include <QGuiApplication>
#include <cstdio>

using namespace iotpro;

namespace {

constexpr int kRuns = 20;
constexpr double kBudgetMs = 1000.0;

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // the PDF needs fonts
    const storage::SessionRecord session = samples::fullSessionWithFindings(20);

    QByteArray json;
    const double jsonMs = medianMs(kRuns, [&] {
        json = report::reportFile(report::buildReport(session, QDateTime::currentDateTimeUtc(), u"bench"_qs));
    });
    QByteArray pdf;
    const double pdfMs = medianMs(kRuns, [&] {
        pdf = report::ReportPdf::render(
            report::buildReport(session, QDateTime::currentDateTimeUtc(), u"bench"_qs));
    });
    std::printf("report of 3 phases and 20 findings, median of %d: JSON %.2f ms (%lld bytes), PDF %.2f ms "
                "(%lld bytes); budget %.0f ms each\n",
        kRuns, jsonMs, qlonglong(json.size()), pdfMs, qlonglong(pdf.size()), kBudgetMs);

    const bool verifies = report::ReportVerifier::verify(json).passed();
    const bool isPdf = pdf.startsWith("%PDF-") && pdf.contains("%%EOF");
    if (!verifies || !isPdf || jsonMs > kBudgetMs || pdfMs > kBudgetMs) {
        std::fprintf(stderr, "FAILED: %s\n",
            !verifies    ? "the JSON report does not verify"
                : !isPdf ? "the PDF is not a PDF"
                         : "over budget");
        return 1;
    }
    return 0;
}
