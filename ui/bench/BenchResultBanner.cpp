#include "BenchResultBanner.h"

#include <QLabel>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

struct Look
{
    QString glyph;
    QString word;
    QLatin1String background;
    QLatin1String text;
};

/// Saturated backgrounds with white or black text (contrast 7:1 or more).
Look lookOf(BenchController::State state)
{
    using State = BenchController::State;
    switch (state) {
    case State::Ready:
        return { QString(), BenchResultBanner::tr("READY"), QLatin1String("#e6e6e6"), QLatin1String("#1a1a1a") };
    case State::Running:
        return { u"\u231B"_qs, BenchResultBanner::tr("RUNNING"), QLatin1String("#dde5ee"), QLatin1String("#10243a") };
    case State::Passed:
        return { u"\u2714"_qs, BenchResultBanner::tr("PASS"), QLatin1String("#1b5e20"), QLatin1String("#ffffff") };
    case State::Failed:
        return { u"\u2716"_qs, BenchResultBanner::tr("FAIL"), QLatin1String("#b71c1c"), QLatin1String("#ffffff") };
    case State::Aborted:
        return { u"\u26A0"_qs, BenchResultBanner::tr("STOPPED"), QLatin1String("#f9c513"), QLatin1String("#1a1a1a") };
    case State::Refused:
        return { u"\u2298"_qs, BenchResultBanner::tr("REFUSED"), QLatin1String("#f9c513"), QLatin1String("#1a1a1a") };
    }
    return {};
}

} // namespace

BenchResultBanner::BenchResultBanner(QWidget* parent)
    : QFrame(parent)
    , m_word(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"benchResult"_qs);
    m_word->setObjectName(u"benchResultWord"_qs);
    m_message->setObjectName(u"benchResultMessage"_qs);
    QFont wordFont = m_word->font();
    wordFont.setBold(true);
    wordFont.setPointSizeF(wordFont.pointSizeF() * 5.0);
    m_word->setFont(wordFont);
    m_word->setAlignment(Qt::AlignCenter);
    QFont messageFont = m_message->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.3);
    m_message->setFont(messageFont);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_word);
    layout->addWidget(m_message);
    setResult(BenchController::State::Ready, QString());
}

void BenchResultBanner::setResult(BenchController::State state, const QString& message)
{
    const Look look = lookOf(state);
    setStyleSheet(u"#benchResult { background: %1; border-radius: 8px; }"
                  "#benchResult QLabel { color: %2; background: transparent; }"_qs.arg(look.background, look.text));
    m_word->setText(look.glyph.isEmpty() ? look.word : look.glyph + u' ' + look.word);
    m_message->setText(message);
}

} // namespace iotpro::ui
