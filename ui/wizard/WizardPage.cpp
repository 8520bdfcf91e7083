#include "WizardPage.h"

#include "commissioning/CommissioningSession.h"

#include <QEvent>
#include <QPushButton>
#include <QScopedValueRollback>

namespace iotpro::ui {

WizardPage::WizardPage(commissioning::Step step, WizardServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_step(step)
{
    connect(&m_services.session, &commissioning::CommissioningSession::draftReplaced, this, &WizardPage::reload);
    connect(&m_services.session, &commissioning::CommissioningSession::changed, this,
        &WizardPage::onSessionChanged);
}

bool WizardPage::focusFirstField()
{
    for (QWidget* widget = nextInFocusChain(); widget && widget != this; widget = widget->nextInFocusChain()) {
        if (!isAncestorOf(widget))
            continue;
        if (widget->isVisibleTo(this) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !qobject_cast<QPushButton*>(widget)) {
            widget->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

void WizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WizardPage::showEvent(QShowEvent* event)
{
    // Another page may have changed what this one shows (the wiring decides the CT inputs).
    reload();
    onSessionChanged();
    QWidget::showEvent(event);
}

void WizardPage::edit(const std::function<void(config::DeviceConfig&)>& change)
{
    if (!m_loading)
        m_services.session.editDraft(change);
}

const config::DeviceConfig& WizardPage::draft() const
{
    return m_services.session.draft();
}

void WizardPage::reload()
{
    const QScopedValueRollback loading(m_loading, true);
    loadDraft();
}

void WizardPage::onSessionChanged()
{
    if (!isVisible())
        return; // a hidden page catches up when shown
    m_issues.show(m_services.session.issuesOf(m_step));
    refresh();
}

} // namespace iotpro::ui
