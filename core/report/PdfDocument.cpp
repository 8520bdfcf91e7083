#include "PdfDocument.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>

namespace iotpro::report {

namespace {

constexpr double kMarginMm = 15.0;
constexpr QColor kHeadingColour { 0x0b, 0x3d, 0x6e };
constexpr QColor kRuleColour { 0x9a, 0xa5, 0xb1 };
constexpr QColor kFurnitureColour { 0x44, 0x44, 0x44 };
constexpr QColor kHeaderFill { 0xe6, 0xeb, 0xf0 };

QRectF cellRect(const QList<double>& shares, const QRectF& area, qsizetype column)
{
    double left = area.left();
    for (qsizetype c = 0; c < column; ++c)
        left += shares.at(c) * area.width();
    return QRectF(left, area.top(), shares.at(column) * area.width(), area.height());
}

} // namespace

PdfDocument::PdfDocument(const QString& title, const QPageSize& pageSize, const QString& header,
    std::function<QString(int, int)> footer)
    : m_title(title)
    , m_pageSize(pageSize)
    , m_header(header)
    , m_footer(std::move(footer))
{ }

QFont PdfDocument::font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fi" stays two letters for search, copy and pdftotext (Latin, Greek and
    // Cyrillic text needs no other shaping).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

PdfBlock PdfDocument::paragraph(const QString& text, double points, bool bold, const QColor& colour)
{
    return { [text, points, bold](QPainter& painter, double width) {
                painter.setFont(font(points, bold));
                return painter.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
            },
        [text, points, bold, colour](QPainter& painter, const QRectF& area) {
            painter.setFont(font(points, bold));
            painter.setPen(colour);
            painter.drawText(area, Qt::TextWordWrap, text);
            painter.setPen(Qt::black);
        } };
}

PdfBlock PdfDocument::heading(const QString& text)
{
    PdfBlock block { [text](QPainter& painter, double width) {
                        painter.setFont(font(kHeadingPt, true));
                        return painter.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height()
                            + 16.0;
                    },
        [text](QPainter& painter, const QRectF& area) {
            painter.setFont(font(kHeadingPt, true));
            painter.setPen(kHeadingColour);
            painter.drawText(area, Qt::TextWordWrap, text);
            painter.setPen(QPen(kHeadingColour, 3.0));
            painter.drawLine(area.bottomLeft() - QPointF(0, 6), area.bottomRight() - QPointF(0, 6));
            painter.setPen(Qt::black);
        } };
    block.keepWithNext = true;
    return block;
}

PdfBlock PdfDocument::tableRow(const QStringList& cells, const QList<double>& shares, double points,
    bool bold, bool ruled, const QColor& fill)
{
    return { [cells, shares, points, bold](QPainter& painter, double width) {
                painter.setFont(font(points, bold));
                double height = 0.0;
                for (qsizetype c = 0; c < cells.size(); ++c) {
                    const QRectF cell = cellRect(shares, QRectF(0, 0, width, 1e6), c).adjusted(4, 0, -4, 0);
                    height = std::max(
                        height, painter.boundingRect(cell, Qt::TextWordWrap, cells.at(c)).height());
                }
                return height + 8.0;
            },
        [cells, shares, points, bold, ruled, fill](QPainter& painter, const QRectF& area) {
            if (fill.isValid())
                painter.fillRect(area, fill);
            painter.setFont(font(points, bold));
            for (qsizetype c = 0; c < cells.size(); ++c)
                painter.drawText(
                    cellRect(shares, area, c).adjusted(4, 4, -4, 0), Qt::TextWordWrap, cells.at(c));
            if (ruled) {
                painter.setPen(QPen(kRuleColour, 1.0));
                painter.drawLine(area.bottomLeft(), area.bottomRight());
                painter.setPen(Qt::black);
            }
        } };
}

PdfBlock PdfDocument::tableHeader(const QStringList& cells, const QList<double>& shares, double points)
{
    PdfBlock block = tableRow(cells, shares, points, true, true, kHeaderFill);
    block.keepWithNext = true;
    return block;
}

PdfBlock PdfDocument::keyValue(const QString& key, const QString& value)
{
    return tableRow({ key, value }, { 0.3, 0.7 }, kBodyPt, false, false);
}

PdfBlock PdfDocument::spacer(double height)
{
    return { [height](QPainter&, double) { return height; }, [](QPainter&, const QRectF&) {} };
}

void PdfDocument::print(QIODevice& device) const
{
    QPdfWriter writer(&device);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(m_pageSize, QPageLayout::Portrait,
        QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    writer.setTitle(m_title);
    writer.setCreator(QStringLiteral("iotpro-cli"));
    QPainter painter(&writer);
    const QRectF page = writer.pageLayout().paintRectPixels(kDpi);
    const QRectF content(0, 0, page.width(), page.height());
    const double band = QFontMetricsF(font(kBodyPt), &writer).height() * 2.0;
    const QRectF body = content.adjusted(0, band, 0, -band);

    // Lay out first, so that every page can say how many there are.
    QList<double> heights;
    for (const PdfBlock& block : m_blocks)
        heights.append(block.height(painter, body.width()));
    using Placement = QList<std::pair<qsizetype, QRectF>>;
    QList<Placement> pages(1);
    double y = body.top();
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        // A block kept with the next needs room for both (and for the next's own follower).
        double needed = 0.0;
        for (qsizetype j = i; j < m_blocks.size(); ++j) {
            needed += heights.at(j);
            if (!m_blocks.at(j).keepWithNext)
                break;
        }
        if (y + std::min(needed, body.height()) > body.bottom() && y > body.top()) {
            pages.append(Placement());
            y = body.top();
        }
        pages.last().append(std::pair(i, QRectF(body.left(), y, body.width(), heights.at(i))));
        y += heights.at(i);
    }
    const auto pageCount = int(pages.size());
    for (int n = 0; n < pageCount; ++n) {
        if (n > 0)
            writer.newPage();
        painter.setFont(font(kBodyPt));
        painter.setPen(kFurnitureColour);
        painter.drawText(QRectF(content.left(), content.top(), content.width(), band),
            Qt::AlignLeft | Qt::AlignTop, m_header);
        painter.drawText(QRectF(content.left(), content.bottom() - band, content.width(), band),
            Qt::AlignRight | Qt::AlignBottom, m_footer(n + 1, pageCount));
        painter.setPen(QPen(kRuleColour, 2.0));
        painter.drawLine(QPointF(content.left(), body.top() - band * 0.35),
            QPointF(content.right(), body.top() - band * 0.35));
        painter.drawLine(QPointF(content.left(), body.bottom() + band * 0.35),
            QPointF(content.right(), body.bottom() + band * 0.35));
        painter.setPen(Qt::black);
        for (const auto& [index, area] : pages.at(n))
            m_blocks.at(index).paint(painter, area);
    }
}

} // namespace iotpro::report
