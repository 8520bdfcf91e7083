#pragma once

#include "FieldIssues.h"
#include "WizardServices.h"
#include "commissioning/CommissioningStep.h"
#include "config/DeviceConfig.h"

#include <QWidget>
#include <functional>

namespace iotpro::ui {

/// One step of the commissioning wizard. Editing pages load their form from the session's draft
/// when it is replaced, push every edit back at once, and show the session's problems of their
/// fields beside them (FieldIssues); the session decides whether the wizard may go on.
class WizardPage : public QWidget
{
    Q_OBJECT

public:
    WizardPage(commissioning::Step step, WizardServices& services, QWidget* parent = nullptr);

    commissioning::Step step() const { return m_step; }
    /// What the page is about, in a few words, above it.
    virtual QString title() const = 0;
    /// One or two sentences under the title: what to do on this page.
    virtual QString instructions() const = 0;
    /// Gives the keyboard focus to the first field one can use (not a button: Enter on a focused
    /// button presses it, and Enter should go on). False when the page has none.
    bool focusFirstField();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

    /// Sets every text again (on construction and when the language changes).
    virtual void retranslate() = 0;
    /// Fills the form from the draft; edits made meanwhile are not pushed back.
    virtual void loadDraft() { }
    /// The session changed: link, module, confirmations, problems.
    virtual void refresh() { }

    /// Changes the draft, unless the form is being loaded from it.
    void edit(const std::function<void(config::DeviceConfig&)>& change);
    const config::DeviceConfig& draft() const;
    /// Loads the draft without echoing the form's signals back.
    void reload();

    WizardServices& m_services;
    FieldIssues m_issues;

private:
    void onSessionChanged();

    const commissioning::Step m_step;
    bool m_loading = false;
};

} // namespace iotpro::ui
