#pragma once

#include "WizardPage.h"

class QLabel;
class QPushButton;

namespace iotpro::ui {

class ReportExportButtons;

/// Step 12: what was commissioned, in a few lines, its report, and the way to the next module.
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
    /// The report of the session the write was recorded as.
    ReportExportButtons* m_report;
    QPushButton* m_another;
};

} // namespace iotpro::ui
