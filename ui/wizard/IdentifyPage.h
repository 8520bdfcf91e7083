#pragma once

#include "WizardPage.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace iotpro::ui {

/// Step 2: makes sure the linked module is the one in front of the technician: its serial
/// number against the label, and its LED blinking on request.
class IdentifyPage : public WizardPage
{
    Q_OBJECT

public:
    IdentifyPage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

    /// How long the LED blinks.
    static constexpr quint32 kBlinkSeconds = 10;

protected:
    void retranslate() override;
    void refresh() override;

private:
    void blink();

    QLabel* m_serialCaption;
    QLabel* m_serial;
    QPushButton* m_blink;
    QLabel* m_blinkState;
    QCheckBox* m_confirm;
    /// Counts blink requests: only the latest one's answer is shown.
    quint64 m_request = 0;
};

} // namespace iotpro::ui
