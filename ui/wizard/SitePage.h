#pragma once

#include "WizardPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace iotpro::ui {

/// Step 3: where the module measures: site, panel, circuit, the kind of installation point, notes.
class SitePage : public WizardPage
{
    Q_OBJECT

public:
    SitePage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

protected:
    void retranslate() override;
    void loadDraft() override;

private:
    QLabel* m_siteLabel;
    QLineEdit* m_site;
    QLabel* m_panelLabel;
    QLineEdit* m_panel;
    QLabel* m_circuitLabel;
    QLineEdit* m_circuit;
    QLabel* m_pointLabel;
    QComboBox* m_point;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
};

} // namespace iotpro::ui
