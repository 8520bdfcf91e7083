#pragma once

#include "WizardPage.h"
#include "commissioning/ConfigWrite.h"

#include <QList>

class QLabel;
class QPushButton;

namespace iotpro::ui {

class KeyChooser;
class LabelCodeBox;

/// Step 10: signs the configuration with the user's key, pairs with the code on the module's
/// label and writes it as one transaction (commissioning::ConfigWriter), showing each step. A
/// refusal says what to do, and takes the user to the field concerned.
class SignWritePage : public WizardPage
{
    Q_OBJECT

public:
    SignWritePage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

    /// How long the module may try its networks after the write.
    static constexpr quint32 kNetworkCheckTimeoutS = 60;

protected:
    void retranslate() override;
    void loadDraft() override;
    void refresh() override;

private:
    void write();
    void showSteps(commissioning::WriteStep current, bool failed);
    void onFailed(const commissioning::ConfigWriteFailure& failure);
    void goToRefusedField();
    bool isVirtualModule() const;

    KeyChooser* m_keys;
    LabelCodeBox* m_code;
    QPushButton* m_write;
    QLabel* m_steps;
    QLabel* m_outcome;
    QPushButton* m_goToField;
    QList<commissioning::WriteStep> m_plannedSteps;
    QString m_refusedField;
    bool m_wasLinked = false;
};

} // namespace iotpro::ui
