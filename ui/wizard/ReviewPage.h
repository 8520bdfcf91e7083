#pragma once

#include "WizardPage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace iotpro::ui {

class ReviewChangesModel;

/// Step 9: every setting the write changes, against the configuration the module runs now
/// (secrets only as "a new one"), with a way back to the step of any setting; and any problem
/// left, which keeps the wizard here.
class ReviewPage : public WizardPage
{
    Q_OBJECT

public:
    ReviewPage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

protected:
    void retranslate() override;
    void refresh() override;

private:
    void openStepOfCurrentRow();

    QLabel* m_summary;
    ReviewChangesModel* m_changes;
    QTableView* m_table;
    QPushButton* m_open;
    QLabel* m_problems;
};

} // namespace iotpro::ui
