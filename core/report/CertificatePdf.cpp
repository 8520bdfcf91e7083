#include "CertificatePdf.h"

#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <functional>

namespace iotpro::report {

using calibration::Certificate;
using calibration::CertificateTexts;
using calibration::PointKind;
using calibration::PointResult;

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 15.0;
constexpr double kBodyPt = 9.0;
constexpr double kTablePt = 7.5;
constexpr double kHeadingPt = 12.0;
constexpr double kTitlePt = 18.0;
constexpr double kGap = 30.0; ///< device units (1/300 in) between blocks

/// One piece of the certificate: how tall it is at a width, and how to paint it there.
struct Block
{
    std::function<double(QPainter&, double width)> height;
    std::function<void(QPainter&, const QRectF& area)> paint;
};

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // A hair of letter spacing turns ligatures off: "fi" stays two letters for search and copy.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.01);
    return f;
}

Block paragraph(const QString& text, double points, bool bold = false)
{
    return { [text, points, bold](QPainter& painter, double width) {
                painter.setFont(font(points, bold));
                return painter.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
            },
        [text, points, bold](QPainter& painter, const QRectF& area) {
            painter.setFont(font(points, bold));
            painter.drawText(area, Qt::TextWordWrap, text);
        } };
}

/// A row of cells; `shares` of the width per column.
Block tableRow(const QStringList& cells, const QList<double>& shares, double points, bool bold, bool ruled)
{
    const auto cellRect = [shares](const QRectF& area, qsizetype column) {
        double left = area.left();
        for (qsizetype c = 0; c < column; ++c)
            left += shares.at(c) * area.width();
        return QRectF(left, area.top(), shares.at(column) * area.width(), area.height());
    };
    return { [cells, shares, points, bold, cellRect](QPainter& painter, double width) {
                painter.setFont(font(points, bold));
                double height = 0.0;
                for (qsizetype c = 0; c < cells.size(); ++c) {
                    const QRectF cell = cellRect(QRectF(0, 0, width, 1e6), c).adjusted(4, 0, -4, 0);
                    height = std::max(height, painter.boundingRect(cell, Qt::TextWordWrap, cells.at(c)).height());
                }
                return height + 8.0;
            },
        [cells, points, bold, ruled, cellRect](QPainter& painter, const QRectF& area) {
            painter.setFont(font(points, bold));
            for (qsizetype c = 0; c < cells.size(); ++c)
                painter.drawText(cellRect(area, c).adjusted(4, 4, -4, 0), Qt::TextWordWrap, cells.at(c));
            if (ruled)
                painter.drawLine(area.bottomLeft(), area.bottomRight());
        } };
}

Block keyValue(const QString& key, const QString& value)
{
    return tableRow({ key, value }, { 0.3, 0.7 }, kBodyPt, false, false);
}

Block spacer(double height)
{
    return { [height](QPainter&, double) { return height; }, [](QPainter&, const QRectF&) { } };
}

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

void addResults(QList<Block>& blocks, const QString& heading, const QList<PointResult>& results)
{
    static const QList<double> shares { 0.05, 0.09, 0.06, 0.08, 0.07, 0.08, 0.06, 0.17, 0.06, 0.07, 0.08, 0.13 };
    blocks.append(paragraph(heading, kHeadingPt, true));
    blocks.append(tableRow({ CertificatePdf::tr("Point"), CertificatePdf::tr("Load"), CertificatePdf::tr("I % In"),
                               CertificatePdf::tr("PF"), CertificatePdf::tr("V ref (V)"),
                               CertificatePdf::tr("I ref (A)"), CertificatePdf::tr("PF meas."),
                               CertificatePdf::tr("Error P (%)"), CertificatePdf::tr("U (%)"),
                               CertificatePdf::tr("Limit (%)"), CertificatePdf::tr("Error Q (%)"),
                               CertificatePdf::tr("Verdict") },
        shares, kTablePt, true, true));
    for (const PointResult& result : results)
        blocks.append(tableRow(resultCells(result), shares, kTablePt, false, true));
    blocks.append(spacer(kGap));
}

QString orNotRecorded(const std::optional<double>& value, const QString& unit)
{
    return value ? number(*value, 1) + QStringLiteral(" ") + unit : CertificatePdf::tr("not recorded");
}

QList<Block> certificateBlocks(const Certificate& c)
{
    const QLocale locale;
    QList<Block> blocks;
    blocks.append(paragraph(CertificatePdf::tr("Calibration certificate"), kTitlePt, true));
    blocks.append(paragraph(c.passed() ? CertificatePdf::tr("Result: PASS — every point within its limit")
                                       : CertificatePdf::tr("Result: FAIL — see the points marked Fail"),
        kHeadingPt, true));
    blocks.append(spacer(kGap));

    blocks.append(paragraph(CertificatePdf::tr("Item calibrated"), kHeadingPt, true));
    blocks.append(keyValue(CertificatePdf::tr("Certificate"), c.id));
    blocks.append(keyValue(CertificatePdf::tr("Module"), CertificatePdf::tr("IoT Pro Energy Module, serial %1").arg(c.module.serialNumber)));
    blocks.append(keyValue(CertificatePdf::tr("Hardware / firmware"),
        CertificatePdf::tr("revision %1, firmware %2").arg(c.module.hardwareRevision, c.module.firmwareVersion)));
    blocks.append(keyValue(CertificatePdf::tr("Metering engine"),
        QStringLiteral("%1 %2").arg(c.module.meteringEngineModel, c.module.meteringEngineFirmware)));
    blocks.append(keyValue(CertificatePdf::tr("Date of calibration"), locale.toString(c.issued.toUTC(), QLocale::LongFormat)));
    blocks.append(spacer(kGap));

    blocks.append(paragraph(CertificatePdf::tr("Reference standard and traceability"), kHeadingPt, true));
    blocks.append(keyValue(CertificatePdf::tr("Reference meter"),
        CertificatePdf::tr("%1, serial %2, read at %3").arg(c.reference.model, c.reference.serialNumber, c.referenceAddress)));
    blocks.append(keyValue(CertificatePdf::tr("Its certificate"),
        c.reference.certificateNumber.isEmpty() ? CertificatePdf::tr("not given") : c.reference.certificateNumber));
    blocks.append(keyValue(CertificatePdf::tr("Calibration due"), locale.toString(c.reference.calibrationDue, QLocale::LongFormat)));
    blocks.append(keyValue(CertificatePdf::tr("Its accuracy"), CertificatePdf::tr("±%1 % of reading").arg(number(c.reference.accuracyPct, 3))));
    blocks.append(keyValue(CertificatePdf::tr("Test source"), c.sourceIdentity));
    blocks.append(spacer(kGap));

    blocks.append(paragraph(CertificatePdf::tr("Ambient conditions"), kHeadingPt, true));
    blocks.append(keyValue(CertificatePdf::tr("Temperature"), orNotRecorded(c.ambient.temperatureC, QStringLiteral("°C"))));
    blocks.append(keyValue(CertificatePdf::tr("Relative humidity"), orNotRecorded(c.ambient.humidityPct, QStringLiteral("%"))));
    blocks.append(spacer(kGap));

    blocks.append(paragraph(CertificatePdf::tr("Method"), kHeadingPt, true));
    blocks.append(paragraph(CertificateTexts::method(c), kBodyPt));
    blocks.append(keyValue(CertificatePdf::tr("Accuracy class"), c.plan.accuracyClass.title));
    blocks.append(spacer(kGap));
    blocks.append(paragraph(CertificatePdf::tr("Decision rule"), kHeadingPt, true));
    blocks.append(paragraph(CertificateTexts::decisionRule(), kBodyPt));
    blocks.append(spacer(kGap));

    addResults(blocks, c.asLeft.isEmpty() ? CertificatePdf::tr("Results") : CertificatePdf::tr("Results as found (before adjustment)"), c.asFound);
    if (!c.asLeft.isEmpty())
        addResults(blocks, CertificatePdf::tr("Results as left (after adjustment)"), c.asLeft);

    blocks.append(paragraph(CertificatePdf::tr("Authorised by"), kHeadingPt, true));
    blocks.append(keyValue(CertificatePdf::tr("Operator"), c.operatorName));
    blocks.append(keyValue(CertificatePdf::tr("Date"), locale.toString(c.issued.toUTC().date(), QLocale::LongFormat)));
    blocks.append(keyValue(CertificatePdf::tr("Signature"), QStringLiteral("______________________________")));
    return blocks;
}

} // namespace

Result<void> CertificatePdf::write(const Certificate& certificate, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Errors::make(ErrorKind::WriteFailed, tr("cannot write the certificate %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(kDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
        writer.setTitle(tr("Calibration certificate %1").arg(certificate.id));
        writer.setCreator(QStringLiteral("iotpro-cli"));
        QPainter painter(&writer);
        const QRectF page = writer.pageLayout().paintRectPixels(kDpi);
        const QRectF content(0, 0, page.width(), page.height());
        painter.setFont(font(kBodyPt));
        const double band = QFontMetricsF(font(kBodyPt), &writer).height() * 2.0;
        const QRectF body = content.adjusted(0, band, 0, -band);

        // Lay out first, so that every page can say how many there are.
        const QList<Block> blocks = certificateBlocks(certificate);
        using Placement = QList<std::pair<qsizetype, QRectF>>;
        QList<Placement> pages(1);
        double y = body.top();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const double height = blocks.at(i).height(painter, body.width());
            if (y + height > body.bottom() && y > body.top()) {
                pages.append(Placement());
                y = body.top();
            }
            pages.last().append(std::pair(i, QRectF(body.left(), y, body.width(), height)));
            y += height;
        }
        for (qsizetype n = 0; n < pages.size(); ++n) {
            if (n > 0)
                writer.newPage();
            painter.setFont(font(kBodyPt));
            painter.drawText(QRectF(content.left(), content.top(), content.width(), band), Qt::AlignLeft | Qt::AlignTop,
                tr("Calibration certificate %1").arg(certificate.id));
            painter.drawText(QRectF(content.left(), content.bottom() - band, content.width(), band),
                Qt::AlignRight | Qt::AlignBottom,
                tr("%1 — page %2 of %3").arg(certificate.id).arg(n + 1).arg(pages.size()));
            for (const auto& [index, area] : pages.at(n))
                blocks.at(index).paint(painter, area);
        }
    }
    if (!file.commit())
        return Errors::make(ErrorKind::WriteFailed, tr("cannot write the certificate %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace iotpro::report
