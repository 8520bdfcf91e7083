#pragma once

#include "Adjustment.h"
#include "PointResult.h"
#include "ReferenceStandard.h"
#include "TestPlan.h"
#include "device/DeviceInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace iotpro::calibration {

/// The laboratory's conditions during the run, as the operator recorded them.
struct AmbientConditions
{
    std::optional<double> temperatureC;
    std::optional<double> humidityPct;

    friend bool operator==(const AmbientConditions&, const AmbientConditions&) = default;
};

/// Everything a calibration certificate states (ISO/IEC 17025 7.8; docs/calibration.md,
/// "Certificate"); the PDF writer (core/report) only lays it out.
struct Certificate
{
    QString id; ///< unique, on every page
    QDateTime issued; ///< UTC
    QString operatorName;
    DeviceInfo module;
    ReferenceStandard reference;
    QString referenceAddress; ///< where the reference was read, e.g. modbus-tcp:127.0.0.1:5502
    QString sourceIdentity;
    TestPlan plan;
    AmbientConditions ambient;
    /// The results as the module was found.
    QList<PointResult> asFound;
    /// After an adjustment, the results of the verification run; empty otherwise.
    QList<PointResult> asLeft;
    /// What the adjustment between the two runs wrote; nullopt when the module was not adjusted.
    std::optional<AdjustmentOutcome> adjustment;

    /// The results that decide: as left after an adjustment, else as found.
    const QList<PointResult>& finalResults() const { return asLeft.isEmpty() ? asFound : asLeft; }
    /// Every point of the deciding run passed.
    bool passed() const;

    friend bool operator==(const Certificate&, const Certificate&) = default;
};

/// A new certificate id: "CAL-<module serial>-<UTC yyyyMMdd-HHmmss>-<4 random hex digits>".
QString newCertificateId(const QString& moduleSerial, const QDateTime& issued);

/// The certificate's fixed texts, in the operator's language.
class CertificateTexts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::calibration::CertificateTexts)

public:
    /// How the module was tested, for the "Method" section.
    static QString method(const Certificate& certificate);
    /// The guarded-acceptance rule, for the "Decision rule" section.
    static QString decisionRule();
    /// "Pass", "Fail", "Fail (within the guard band)".
    static QString verdict(Verdict verdict);
};

} // namespace iotpro::calibration
