#include "VerdictBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

struct BannerLook
{
    QLatin1String background;
    QLatin1String text;
    QString glyph;
};

/// Saturated backgrounds with white or black text (contrast 7:1 or more): the word and the
/// glyph carry the meaning, the colour only speeds reading.
BannerLook lookOf(LiveCheckSummary::Level level)
{
    switch (level) {
    case LiveCheckSummary::Level::Idle:
        return { QLatin1String("#e6e6e6"), QLatin1String("#1a1a1a"), QString() };
    case LiveCheckSummary::Level::Waiting:
        return { QLatin1String("#dde5ee"), QLatin1String("#10243a"), QStringLiteral("\u231B") };
    case LiveCheckSummary::Level::Pass:
        return { QLatin1String("#1b5e20"), QLatin1String("#ffffff"), QStringLiteral("\u2714") };
    case LiveCheckSummary::Level::Check:
        return { QLatin1String("#f9c513"), QLatin1String("#1a1a1a"), QStringLiteral("\u26A0") };
    case LiveCheckSummary::Level::Fail:
        return { QLatin1String("#b71c1c"), QLatin1String("#ffffff"), QStringLiteral("\u2716") };
    }
    return { QLatin1String("#e6e6e6"), QLatin1String("#1a1a1a"), QString() };
}

} // namespace

VerdictBanner::VerdictBanner(QWidget* parent)
    : QFrame(parent)
    , m_word(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("verdictBanner"));
    m_word->setObjectName(QStringLiteral("verdictWord"));
    m_headline->setObjectName(QStringLiteral("verdictHeadline"));
    m_detail->setObjectName(QStringLiteral("verdictDetail"));

    QFont wordFont = m_word->font();
    wordFont.setBold(true);
    wordFont.setPointSizeF(wordFont.pointSizeF() * 2.4);
    m_word->setFont(wordFont);
    m_word->setMinimumWidth(QFontMetrics(wordFont).horizontalAdvance(QStringLiteral("\u2714 CHECK ")));
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.5);
    m_headline->setFont(headlineFont);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_headline);
    texts->addWidget(m_detail);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(18);
    layout->addWidget(m_word);
    layout->addLayout(texts, 1);
    setSummary(m_summary);
}

void VerdictBanner::setSummary(const LiveCheckSummary& summary)
{
    const bool levelChanged = summary.level != m_summary.level || styleSheet().isEmpty();
    m_summary = summary;
    if (levelChanged) {
        // Restyling is not free: only when the level changes, never per reading.
        const BannerLook look = lookOf(summary.level);
        setStyleSheet(QStringLiteral("#verdictBanner { background: %1; border-radius: 6px; }"
                                     "#verdictBanner QLabel { color: %2; background: transparent; }")
                          .arg(look.background, look.text));
    }
    const QString glyph = lookOf(summary.level).glyph;
    m_word->setText(glyph.isEmpty() ? summary.word : glyph + u' ' + summary.word);
    m_headline->setText(summary.headline);
    m_detail->setText(summary.detail);
    m_detail->setVisible(!summary.detail.isEmpty());
}

} // namespace iotpro::ui
