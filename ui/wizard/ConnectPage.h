#pragma once

#include "WizardPage.h"

class QLabel;

namespace iotpro::ui {

/// Step 1: which module is linked, or how to link one with the connection panel beside the
/// wizard; for the built-in virtual module, the code on its label.
class ConnectPage : public WizardPage
{
    Q_OBJECT

public:
    ConnectPage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

protected:
    void retranslate() override;
    void refresh() override;

private:
    QString moduleSummary() const;
    QString configurationSummary() const;

    QLabel* m_state;
    QLabel* m_details;
    QLabel* m_labelCode;
};

} // namespace iotpro::ui
