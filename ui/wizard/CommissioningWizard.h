#pragma once

#include "WizardServices.h"
#include "commissioning/CommissioningStep.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace iotpro::ui {

class WizardPage;

/// The commissioning wizard: the steps on the left, the current step's page, and Back / Next.
/// The session decides where it stands and whether Next is available, and says why not beside
/// the button. Keyboard only: Tab through the page, Enter is Next (or the focused button), the
/// fields have mnemonics. A lost link keeps everything and says so; the same module connected
/// again continues on the same page.
class CommissioningWizard : public QWidget
{
    Q_OBJECT

public:
    explicit CommissioningWizard(WizardServices& services, QWidget* parent = nullptr);

    WizardPage* page(commissioning::Step step) const;
    WizardPage* currentPage() const;

Q_SIGNALS:
    /// The user asked for the whole live view (its own tab).
    void liveCheckViewRequested();

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void retranslate();
    void refresh();
    void refreshStepList();
    void refreshBanner();
    void showStep(commissioning::Step step);
    void goNext();
    void goBack();

    WizardServices& m_services;
    QList<QLabel*> m_stepLabels;
    QLabel* m_title;
    QLabel* m_position;
    QLabel* m_instructions;
    QLabel* m_banner;
    QPushButton* m_startOver;
    QStackedWidget* m_pages;
    QList<WizardPage*> m_pageList;
    QLabel* m_blocker = nullptr;
    QPushButton* m_retryRead = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace iotpro::ui
