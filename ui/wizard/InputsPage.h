#pragma once

#include "WizardPage.h"
#include "device/IoState.h"

#include <array>
#include <optional>

namespace iotpro::commissioning {
class IoMonitor;
}

namespace iotpro::ui {

class AnalogInputBox;
class DigitalInputBox;

/// Step 7: the four digital inputs and the analog input, each with what the module reads on it
/// now (polled while the page is shown), so the technician can operate a contact, send a pulse or
/// warm a sensor and see it arrive.
class InputsPage : public WizardPage
{
    Q_OBJECT

public:
    InputsPage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

protected:
    void retranslate() override;
    void loadDraft() override;
    void refresh() override;
    void hideEvent(QHideEvent* event) override;

private:
    void showIoState(const std::optional<IoState>& state);

    std::array<DigitalInputBox*, config::DigitalInputCount> m_digital {};
    AnalogInputBox* m_analog = nullptr;
    commissioning::IoMonitor* m_monitor;
};

} // namespace iotpro::ui
