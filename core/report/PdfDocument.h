#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>

class QIODevice;
class QPainter;

namespace iotpro::report {

/// One piece of a document: how tall it is at a width, and how to paint it there. Blocks are
/// never split across pages.
struct PdfBlock
{
    std::function<double(QPainter&, double width)> height;
    std::function<void(QPainter&, const QRectF& area)> paint;
    /// Never the last block on a page: a heading stays with what it heads.
    bool keepWithNext = false;
};

/// The page furniture and layout the documents of this tool share (the calibration certificate,
/// the commissioning report): vector text in DejaVu Sans, blocks laid out top to bottom into
/// pages, a header line and a footer line on every page, the footer knowing the page count.
/// Needs a QGuiApplication (fonts).
class PdfDocument
{
public:
    /// Device units per inch; block heights and widths are in these.
    static constexpr int kDpi = 300;
    static constexpr double kBodyPt = 9.0;
    static constexpr double kTablePt = 7.5;
    static constexpr double kHeadingPt = 12.0;
    static constexpr double kTitlePt = 18.0;
    /// Between blocks, device units (1/300 in).
    static constexpr double kGap = 30.0;

    /// `footer(page, pages)` (1-based) is drawn at the bottom right of every page, `header` at the
    /// top left.
    PdfDocument(const QString& title, const QPageSize& pageSize, const QString& header,
        std::function<QString(int page, int pages)> footer);

    void append(PdfBlock block) { m_blocks.append(std::move(block)); }
    void append(const QList<PdfBlock>& blocks) { m_blocks.append(blocks); }

    /// Lays the blocks out and writes the PDF to `device` (open for writing).
    void print(QIODevice& device) const;

    static QFont font(double points, bool bold = false);
    /// Wrapped text.
    static PdfBlock paragraph(
        const QString& text, double points = kBodyPt, bool bold = false, const QColor& colour = Qt::black);
    /// A section heading with a rule under it, kept with what follows.
    static PdfBlock heading(const QString& text);
    /// A row of wrapped cells; `shares` of the width per column, a rule under it when `ruled`,
    /// on a `fill` background when that is valid.
    static PdfBlock tableRow(const QStringList& cells, const QList<double>& shares, double points, bool bold,
        bool ruled, const QColor& fill = QColor());
    /// The bold, shaded first row of a table, kept with the first body row.
    static PdfBlock tableHeader(
        const QStringList& cells, const QList<double>& shares, double points = kTablePt);
    /// "key   value" with the key in the first 30 %.
    static PdfBlock keyValue(const QString& key, const QString& value);
    static PdfBlock spacer(double height);

private:
    QString m_title;
    QPageSize m_pageSize;
    QString m_header;
    std::function<QString(int, int)> m_footer;
    QList<PdfBlock> m_blocks;
};

} // namespace iotpro::report
