#pragma once

#include "WizardPage.h"

class QLabel;
class QPushButton;

namespace iotpro::ui {

/// Step 12: what was commissioned, in a few lines, and the way to the next module.
class DonePage : public WizardPage
{
    Q_OBJECT

public:
    DonePage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

protected:
    void retranslate() override;
    void refresh() override;

private:
    QLabel* m_summary;
    QPushButton* m_another;
};

} // namespace iotpro::ui
