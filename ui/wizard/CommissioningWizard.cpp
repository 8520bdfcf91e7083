#include "CommissioningWizard.h"

#include "ConnectPage.h"
#include "CtPage.h"
#include "DonePage.h"
#include "IdentifyPage.h"
#include "InputsPage.h"
#include "LargeButtons.h"
#include "LiveCheckPage.h"
#include "NetworkPage.h"
#include "ReviewPage.h"
#include "SignWritePage.h"
#include "SitePage.h"
#include "StepTexts.h"
#include "VerifyPage.h"
#include "WiringPage.h"
#include "commissioning/CommissioningSession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace iotpro::ui {

using commissioning::Blocker;
using commissioning::Step;

namespace {

int indexOf(Step step)
{
    return static_cast<int>(step);
}

} // namespace

CommissioningWizard::CommissioningWizard(WizardServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_position(new QLabel(this))
    , m_instructions(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_startOver(new QPushButton(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("commissioningWizard"));
    // Holds the keyboard on pages without fields, so that Enter still reaches keyPressEvent().
    setFocusPolicy(Qt::ClickFocus);
    m_title->setObjectName(QStringLiteral("wizardTitle"));
    m_banner->setObjectName(QStringLiteral("wizardBanner"));
    m_startOver->setObjectName(QStringLiteral("wizardStartOver"));

    // The list of steps: where one is and what is still ahead. Not in the tab order: Back and
    // Next move through it.
    auto* stepList = new QVBoxLayout;
    stepList->setSpacing(2);
    for (const Step step : commissioning::allSteps()) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("wizardStep%1").arg(indexOf(step) + 1));
        label->setContentsMargins(8, 5, 8, 5);
        m_stepLabels.append(label);
        stepList->addWidget(label);
    }
    stepList->addStretch(1);
    auto* stepFrame = new QWidget(this);
    stepFrame->setLayout(stepList);
    // As wide as its longest step name: a step list cut short is a step list misread.
    stepFrame->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_title->setFont(titleFont);
    m_instructions->setWordWrap(true);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "#wizardBanner { background: #fff4d6; color: #1a1a1a; border: 1px solid #c77700; border-radius: 4px;"
        " padding: 8px; }"));

    // Pages in the order of the steps; the tab order follows the order of creation.
    auto* liveCheck = new LiveCheckPage(m_services, m_pages);
    m_pageList = {
        new ConnectPage(m_services, m_pages),
        new IdentifyPage(m_services, m_pages),
        new SitePage(m_services, m_pages),
        new WiringPage(m_services, m_pages),
        new CtPage(m_services, m_pages),
        liveCheck,
        new InputsPage(m_services, m_pages),
        new NetworkPage(m_services, m_pages),
        new ReviewPage(m_services, m_pages),
        new SignWritePage(m_services, m_pages),
        new VerifyPage(m_services, m_pages),
        new DonePage(m_services, m_pages),
    };
    for (WizardPage* page : std::as_const(m_pageList)) {
        Q_ASSERT(m_pages->count() == indexOf(page->step()));
        m_pages->addWidget(page);
    }
    connect(liveCheck, &LiveCheckPage::fullViewRequested, this,
        &CommissioningWizard::liveCheckViewRequested);
    // After the pages: Tab goes from the page's last field to Back and Next.
    m_blocker = new QLabel(this);
    m_retryRead = new QPushButton(this);
    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_blocker->setObjectName(QStringLiteral("wizardBlocker"));
    m_retryRead->setObjectName(QStringLiteral("wizardRetryRead"));
    m_back->setObjectName(QStringLiteral("wizardBack"));
    m_next->setObjectName(QStringLiteral("wizardNext"));
    m_blocker->setWordWrap(true);
    m_blocker->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QPushButton* button : { m_startOver, m_retryRead, m_back, m_next }) {
        makeLargeTarget(*button);
        button->setAutoDefault(true); // Enter on a focused button presses that button
    }
    QFont nextFont = m_next->font();
    nextFont.setBold(true);
    m_next->setFont(nextFont);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_position);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_startOver);
    auto* navigation = new QHBoxLayout;
    navigation->addWidget(m_blocker, 1);
    navigation->addWidget(m_retryRead);
    navigation->addSpacing(12);
    navigation->addWidget(m_back);
    navigation->addWidget(m_next);
    auto* pageColumn = new QVBoxLayout;
    pageColumn->addLayout(header);
    pageColumn->addWidget(m_instructions);
    pageColumn->addLayout(bannerRow);
    pageColumn->addWidget(m_pages, 1);
    pageColumn->addLayout(navigation);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(stepFrame);
    layout->addLayout(pageColumn, 1);

    connect(m_back, &QPushButton::clicked, this, &CommissioningWizard::goBack);
    connect(m_next, &QPushButton::clicked, this, &CommissioningWizard::goNext);
    connect(m_retryRead, &QPushButton::clicked, &m_services.session,
        &commissioning::CommissioningSession::retryModuleState);
    connect(m_startOver, &QPushButton::clicked, &m_services.session,
        &commissioning::CommissioningSession::startOver);
    connect(&m_services.session, &commissioning::CommissioningSession::changed, this,
        &CommissioningWizard::refresh);
    connect(&m_services.session, &commissioning::CommissioningSession::stepChanged, this,
        &CommissioningWizard::showStep);
    retranslate();
    showStep(m_services.session.step());
}

WizardPage* CommissioningWizard::page(Step step) const
{
    return m_pageList.value(indexOf(step));
}

WizardPage* CommissioningWizard::currentPage() const
{
    return page(m_services.session.step());
}

void CommissioningWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_services.session.refreshTexts(); // the problems are sentences too
    }
    QWidget::changeEvent(event);
}

void CommissioningWizard::keyPressEvent(QKeyEvent* event)
{
    // Reaches here when the focused field did not use the key itself (a text box uses Enter).
    // Enter in a table's cell editor finishes typing a name: it never also moves on.
    const bool enter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier);
    if (enter) {
        QWidget* focused = focusWidget();
        for (QWidget* widget = focused ? focused->parentWidget() : nullptr; widget && widget != this;
             widget = widget->parentWidget()) {
            if (qobject_cast<QAbstractItemView*>(widget))
                return;
        }
        goNext();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CommissioningWizard::retranslate()
{
    // Wide enough for the longest name in bold, so the list does not jump as the bold line moves.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const Step step : commissioning::allSteps())
        widest = std::max(widest, metrics.horizontalAdvance(QStringLiteral("\u25B6  %1. %2").arg(indexOf(step) + 1).arg(StepTexts::name(step))));
    for (QLabel* label : std::as_const(m_stepLabels))
        label->setMinimumWidth(widest + label->contentsMargins().left() + label->contentsMargins().right() + 4);

    m_back->setText(tr("\u2039 &Back"));
    m_next->setText(tr("Ne&xt \u203A"));
    m_next->setToolTip(tr("Enter"));
    m_retryRead->setText(tr("&Read again"));
    refresh();
}

void CommissioningWizard::refresh()
{
    const commissioning::CommissioningSession& session = m_services.session;
    WizardPage* current = currentPage();
    m_title->setText(current->title());
    m_instructions->setText(current->instructions());
    m_instructions->setVisible(!m_instructions->text().isEmpty());
    m_position->setText(tr("Step %1 of %2").arg(indexOf(session.step()) + 1).arg(commissioning::StepCount));
    m_blocker->setText(StepTexts::blocker(session));
    m_retryRead->setVisible(session.blocker() == Blocker::ReadFailed);
    m_back->setEnabled(session.canGoBack());
    const bool couldGoOn = m_next->isEnabled();
    m_next->setEnabled(session.blocker() == Blocker::None);
    // Next just became possible and no field has the keyboard (connected from the locked
    // connection panel, a network check ended): Enter goes on.
    if (m_next->isEnabled() && !couldGoOn && isVisible()) {
        const QWidget* focused = QApplication::focusWidget();
        if (!focused || focused == this || !isAncestorOf(focused) || !focused->isEnabled())
            m_next->setFocus(Qt::OtherFocusReason);
    }
    m_next->setVisible(session.step() != Step::Done);
    refreshBanner();
    refreshStepList();
}

void CommissioningWizard::refreshBanner()
{
    const commissioning::CommissioningSession& session = m_services.session;
    QString text;
    if (session.otherModule()) {
        text = tr("This is module %1, but you were commissioning module %2. Connect %2 again to "
                  "continue where you stopped, or start over with %1.")
                   .arg(session.otherModule()->serialNumber, session.module()->serialNumber);
        m_startOver->setText(tr("&Start over with %1").arg(session.otherModule()->serialNumber));
    } else if (!session.isLinkUp() && session.module() && session.reached() != Step::Connect) {
        text = tr("The link to module %1 is lost. Everything you entered is kept: connect it again "
                  "and the wizard continues here.")
                   .arg(session.module()->serialNumber);
    }
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    m_startOver->setVisible(session.otherModule().has_value());
}

void CommissioningWizard::refreshStepList()
{
    const commissioning::CommissioningSession& session = m_services.session;
    for (const Step step : commissioning::allSteps()) {
        QLabel* label = m_stepLabels[indexOf(step)];
        const bool current = step == session.step();
        const bool reached = step <= session.reached();
        const bool problems = commissioning::editsConfiguration(step) && !session.issuesOf(step).isEmpty();
        // A sign and the colour: the sign alone must say it.
        QString mark = QStringLiteral("  ");
        if (current)
            mark = QStringLiteral("\u25B6");
        else if (reached && problems)
            mark = QStringLiteral("\u26A0");
        else if (step < session.step() || (reached && session.blockerAt(step) == Blocker::None))
            mark = QStringLiteral("\u2714");
        label->setText(QStringLiteral("%1  %2. %3").arg(mark).arg(indexOf(step) + 1).arg(StepTexts::name(step)));
        QString style;
        if (current)
            style = QStringLiteral("background: #10243a; color: #ffffff; font-weight: bold; border-radius: 4px;");
        else if (!reached)
            style = QStringLiteral("color: #6b6b6b;");
        else if (problems)
            style = QStringLiteral("color: #b3261e;");
        if (label->styleSheet() != style)
            label->setStyleSheet(style);
    }
}

void CommissioningWizard::showStep(Step step)
{
    WizardPage* target = page(step);
    const bool hadFocus = isAncestorOf(focusWidget());
    m_pages->setCurrentWidget(target);
    refresh();
    if ((hadFocus || isVisible()) && !target->focusFirstField()) {
        // A page of results: Enter is Next, once it is possible (the wizard itself hears it).
        if (m_next->isEnabled())
            m_next->setFocus(Qt::TabFocusReason);
        else
            setFocus(Qt::OtherFocusReason);
    }
}

void CommissioningWizard::goNext()
{
    m_services.session.next();
}

void CommissioningWizard::goBack()
{
    m_services.session.back();
}

} // namespace iotpro::ui
