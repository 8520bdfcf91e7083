#include "ProblemBanner.h"

#include "ConnectionController.h"
#include "LargeButtons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace iotpro::ui {

ProblemBanner::ProblemBanner(ConnectionController& controller, QWidget* parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_reconnect(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(QStringLiteral("problemBanner"));
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    // Fixed colours rather than the palette's: the banner must stand out in every theme.
    setStyleSheet(QStringLiteral(
        "#problemBanner { background: #fdecea; border: 2px solid #b3261e; border-radius: 6px; }"
        "#problemBanner QLabel { color: #410e0b; background: transparent; }"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_icon->setAlignment(Qt::AlignTop);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);

    makeLargeTarget(*m_reconnect);
    makeLargeTarget(*m_dismiss);

    auto* texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addLayout(texts, 1);
    layout->addWidget(m_reconnect, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);

    connect(m_reconnect, &QPushButton::clicked, &m_controller, &ConnectionController::reconnect);
    connect(m_dismiss, &QPushButton::clicked, &m_controller, &ConnectionController::dismissProblem);
    connect(&m_controller, &ConnectionController::problemChanged, this, &ProblemBanner::refresh);
    connect(&m_controller, &ConnectionController::stateChanged, this, &ProblemBanner::refresh);
    refresh();
}

void ProblemBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void ProblemBanner::refresh()
{
    const std::optional<ConnectionProblem>& problem = m_controller.problem();
    setVisible(problem.has_value());
    if (!problem)
        return;
    // The error's texts were translated when it was raised; a language switch shows the
    // next error in the new language.
    m_title->setText(problem->error.title);
    m_detail->setText(problem->error.detail);
    m_reconnect->setText(
        problem->kind == ConnectionProblem::Kind::LinkLost ? tr("Reconnect") : tr("Try again"));
    m_reconnect->setEnabled(m_controller.actions().canReconnect);
    m_dismiss->setText(tr("Dismiss"));
}

} // namespace iotpro::ui
