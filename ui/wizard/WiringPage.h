#pragma once

#include "WizardPage.h"

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;

namespace iotpro::ui {

/// Step 4: how the module is connected to the supply: wiring type, nominal voltage and
/// frequency, the demand period, and whether the circuit can export.
class WiringPage : public WizardPage
{
    Q_OBJECT

public:
    WiringPage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

protected:
    void retranslate() override;
    void loadDraft() override;

private:
    void chooseWiring(config::Wiring wiring);
    void fillVoltages();

    QLabel* m_wiringLabel;
    QButtonGroup* m_wiring;
    QRadioButton* m_threePhaseFourWire;
    QRadioButton* m_threePhaseThreeWire;
    QRadioButton* m_singlePhase;
    QLabel* m_voltageLabel;
    QComboBox* m_voltage;
    QLabel* m_frequencyLabel;
    QComboBox* m_frequency;
    QLabel* m_demandLabel;
    QComboBox* m_demand;
    QCheckBox* m_export;
    QLabel* m_exportHint;
};

} // namespace iotpro::ui
