#pragma once

#include "calibration/Certificate.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace iotpro::report {

/// Lays out a calibration certificate as an A4 PDF: the certificate id and "page N of M" on
/// every page, the verdict, the module, the reference and its traceability, the source, the
/// ambient conditions, the method, the decision rule, every point's error with its uncertainty
/// and limit (as found, and as left after an adjustment), the operator and the date. Texts in the
/// operator's language, numbers in their locale. Needs a QGuiApplication (fonts).
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::report::CertificatePdf)

public:
    /// Writes `certificate` to `path`, replacing it whole or leaving it untouched.
    static Result<void> write(const calibration::Certificate& certificate, const QString& path);
};

} // namespace iotpro::report
