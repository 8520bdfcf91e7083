#pragma once

#include "CommissioningReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>

namespace iotpro::report {

/// The commissioning report as the PDF the electrician hands the client (docs/report.md): the
/// same model as the JSON form, laid out with PdfDocument in vector graphics (the live check's
/// phasor diagram drawn by graphics::PhasorPainter, as the live view draws it). Texts in the
/// reader's language, numbers, dates and paper size in the default QLocale's conventions; the
/// report id and "Page N of M" on every page; a section without data reads "not performed".
/// Needs a QGuiApplication (fonts).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::report::ReportPdf)

public:
    /// Letter where the locale measures in US units, A4 everywhere else.
    static QPageSize pageSizeFor(const QLocale& locale);

    /// The PDF file's bytes.
    static QByteArray render(const CommissioningReport& report);
};

} // namespace iotpro::report
