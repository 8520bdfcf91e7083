#include "CertificatePdf.h"

#include "PdfDocument.h"

#include <QLocale>
#include <QSaveFile>

namespace iotpro::report {

using calibration::Certificate;
using calibration::CertificateTexts;
using calibration::PointKind;
using calibration::PointResult;

namespace {

using Doc = PdfDocument;

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString signedNumber(double value, int decimals)
{
    return (value >= 0.0 ? QStringLiteral("+") : QString()) + number(value, decimals);
}

QString loadText(const calibration::TestPoint& point)
{
    return point.element == 0 ? CertificatePdf::tr("balanced") : CertificatePdf::tr("element %1").arg(point.element);
}

QStringList resultCells(const PointResult& result)
{
    const calibration::TestPoint& p = result.point;
    const QString verdict = CertificateTexts::verdict(result.verdict);
    switch (p.kind) {
    case PointKind::Accuracy:
        return { p.id, loadText(p), number(p.currentPct, p.currentPct < 10 ? 1 : 0), p.powerFactorText(),
            number(result.reference.voltage, 1), number(result.reference.current, 3),
            number(result.module.powerFactor, 3), signedNumber(result.errorPct, 3), number(result.uncertaintyPct, 3),
            QStringLiteral("±") + number(result.limitPct, 2),
            result.reactiveErrorPct ? signedNumber(*result.reactiveErrorPct, 3) : QStringLiteral("–"), verdict };
    case PointKind::StartingCurrent:
        return { p.id, CertificatePdf::tr("starting current"), number(p.currentPct, 2), p.powerFactorText(),
            QString(), QString(),
            QString(),
            CertificatePdf::tr("module %1 Wh, reference %2 Wh in %3 s")
                .arg(number(result.moduleEnergyWh, 0), number(result.referenceEnergyWh, 1), number(result.durationS, 1)),
            QString(), CertificatePdf::tr("≥ %1 Wh").arg(number(calibration::kRegisteredEnergyWh, 0)), QString(),
            verdict };
    case PointKind::NoLoad:
        return { p.id, CertificatePdf::tr("no load, %1 % Un").arg(number(p.voltagePct, 0)), number(0.0, 0),
            QString(), QString(), QString(), QString(),
            CertificatePdf::tr("module %1 Wh in %2 s").arg(number(result.moduleEnergyWh, 0), number(result.durationS, 1)),
            QString(), CertificatePdf::tr("≤ %1 Wh").arg(number(calibration::kRegisteredEnergyWh, 0)), QString(),
            verdict };
    }
    return {};
}

void addResults(QList<PdfBlock>& blocks, const QString& heading, const QList<PointResult>& results)
{
    static const QList<double> shares { 0.05, 0.09, 0.06, 0.08, 0.07, 0.08, 0.06, 0.17, 0.06, 0.07, 0.08, 0.13 };
    blocks.append(Doc::heading(heading));
    blocks.append(Doc::tableHeader({ CertificatePdf::tr("Point"), CertificatePdf::tr("Load"), CertificatePdf::tr("I % In"),
                               CertificatePdf::tr("PF"), CertificatePdf::tr("V ref (V)"),
                               CertificatePdf::tr("I ref (A)"), CertificatePdf::tr("PF meas."),
                               CertificatePdf::tr("Error P (%)"), CertificatePdf::tr("U (%)"),
                               CertificatePdf::tr("Limit (%)"), CertificatePdf::tr("Error Q (%)"),
                               CertificatePdf::tr("Verdict") },
        shares));
    for (const PointResult& result : results)
        blocks.append(Doc::tableRow(resultCells(result), shares, Doc::kTablePt, false, true));
    blocks.append(Doc::spacer(Doc::kGap));
}

/// What the adjustment between the runs found and wrote (ISO/IEC 17025 7.8.4: before and after).
void addAdjustment(QList<PdfBlock>& blocks, const calibration::AdjustmentOutcome& adjustment)
{
    blocks.append(Doc::heading(CertificatePdf::tr("Adjustment")));
    for (const calibration::ElementAdjustment& a : adjustment.elements)
        blocks.append(Doc::keyValue(CertificatePdf::tr("Element %1").arg(a.element),
            CertificatePdf::tr("read %1 % in gain and %2° in phase (late positive); constants gain %3 %, phase %4° "
                               "(were %5 %, %6°)")
                .arg(signedNumber(a.gainErrorPct, 3), signedNumber(a.phaseErrorDeg, 3), signedNumber(a.after.gainPct, 4),
                    signedNumber(a.after.phaseDeg, 4), signedNumber(a.before.gainPct, 4),
                    signedNumber(a.before.phaseDeg, 4))));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Calibration constants"),
        CertificatePdf::tr("number %1, signed with factory key %2")
            .arg(adjustment.constants.counter)
            .arg(adjustment.signerFingerprint)));
    blocks.append(Doc::spacer(Doc::kGap));
}

QString orNotRecorded(const std::optional<double>& value, const QString& unit)
{
    return value ? number(*value, 1) + QStringLiteral(" ") + unit : CertificatePdf::tr("not recorded");
}

QList<PdfBlock> certificateBlocks(const Certificate& c)
{
    const QLocale locale;
    QList<PdfBlock> blocks;
    blocks.append(Doc::paragraph(CertificatePdf::tr("Calibration certificate"), Doc::kTitlePt, true));
    blocks.append(Doc::paragraph(c.passed() ? CertificatePdf::tr("Result: PASS — every point within its limit")
                                       : CertificatePdf::tr("Result: FAIL — see the points marked Fail"),
        Doc::kHeadingPt, true));
    blocks.append(Doc::spacer(Doc::kGap));

    blocks.append(Doc::heading(CertificatePdf::tr("Item calibrated")));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Certificate"), c.id));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Module"), CertificatePdf::tr("IoT Pro Energy Module, serial %1").arg(c.module.serialNumber)));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Hardware / firmware"),
        CertificatePdf::tr("revision %1, firmware %2").arg(c.module.hardwareRevision, c.module.firmwareVersion)));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Metering engine"),
        QStringLiteral("%1 %2").arg(c.module.meteringEngineModel, c.module.meteringEngineFirmware)));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Date of calibration"), locale.toString(c.issued.toUTC(), QLocale::LongFormat)));
    blocks.append(Doc::spacer(Doc::kGap));

    blocks.append(Doc::heading(CertificatePdf::tr("Reference standard and traceability")));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Reference meter"),
        CertificatePdf::tr("%1, serial %2, read at %3").arg(c.reference.model, c.reference.serialNumber, c.referenceAddress)));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Its certificate"),
        c.reference.certificateNumber.isEmpty() ? CertificatePdf::tr("not given") : c.reference.certificateNumber));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Calibration due"), locale.toString(c.reference.calibrationDue, QLocale::LongFormat)));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Its accuracy"), CertificatePdf::tr("±%1 % of reading").arg(number(c.reference.accuracyPct, 3))));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Test source"), c.sourceIdentity));
    blocks.append(Doc::spacer(Doc::kGap));

    blocks.append(Doc::heading(CertificatePdf::tr("Ambient conditions")));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Temperature"), orNotRecorded(c.ambient.temperatureC, QStringLiteral("°C"))));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Relative humidity"), orNotRecorded(c.ambient.humidityPct, QStringLiteral("%"))));
    blocks.append(Doc::spacer(Doc::kGap));

    blocks.append(Doc::heading(CertificatePdf::tr("Method")));
    blocks.append(Doc::paragraph(CertificateTexts::method(c), Doc::kBodyPt));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Accuracy class"), c.plan.accuracyClass.title));
    blocks.append(Doc::spacer(Doc::kGap));
    blocks.append(Doc::heading(CertificatePdf::tr("Decision rule")));
    blocks.append(Doc::paragraph(CertificateTexts::decisionRule(), Doc::kBodyPt));
    blocks.append(Doc::spacer(Doc::kGap));

    addResults(blocks, c.asLeft.isEmpty() ? CertificatePdf::tr("Results") : CertificatePdf::tr("Results as found (before adjustment)"), c.asFound);
    if (c.adjustment)
        addAdjustment(blocks, *c.adjustment);
    if (!c.asLeft.isEmpty())
        addResults(blocks, CertificatePdf::tr("Results as left (after adjustment)"), c.asLeft);

    blocks.append(Doc::heading(CertificatePdf::tr("Authorised by")));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Operator"), c.operatorName));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Date"), locale.toString(c.issued.toUTC().date(), QLocale::LongFormat)));
    blocks.append(Doc::keyValue(CertificatePdf::tr("Signature"), QStringLiteral("______________________________")));
    return blocks;
}

} // namespace

Result<void> CertificatePdf::write(const Certificate& certificate, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Errors::make(ErrorKind::WriteFailed, tr("cannot write the certificate %1: %2").arg(path, file.errorString()));
    const QString id = certificate.id;
    PdfDocument document(tr("Calibration certificate %1").arg(id), QPageSize(QPageSize::A4),
        tr("Calibration certificate %1").arg(id),
        [id](int page, int pages) { return tr("%1 — page %2 of %3").arg(id).arg(page).arg(pages); });
    document.append(certificateBlocks(certificate));
    document.print(file);
    if (!file.commit())
        return Errors::make(ErrorKind::WriteFailed, tr("cannot write the certificate %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace iotpro::report
