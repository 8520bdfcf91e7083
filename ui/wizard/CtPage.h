#pragma once

#include "WizardPage.h"

#include <array>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace iotpro::ui {

/// Step 5: the CT on each input the wiring uses: its rating (with a helper that sizes it from
/// the breaker or conductor rating), its secondary, which way it is mounted, and the software
/// remap and inversion; beside them, a picture of the right way to mount a CT.
class CtPage : public WizardPage
{
    Q_OBJECT

public:
    CtPage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

protected:
    void retranslate() override;
    void loadDraft() override;

private:
    struct InputRow
    {
        QGroupBox* box = nullptr;
        QLabel* ratingLabel = nullptr;
        QComboBox* rating = nullptr;
        QLabel* secondaryLabel = nullptr;
        QComboBox* secondary = nullptr;
        QLabel* directionLabel = nullptr;
        QButtonGroup* direction = nullptr;
        QRadioButton* towardsLoad = nullptr;
        QRadioButton* towardsSupply = nullptr;
        QLabel* correctionLabel = nullptr;
        QComboBox* phase = nullptr;
        QCheckBox* inverted = nullptr;
    };

    InputRow buildRow(std::size_t index);
    void refreshSuggestion();
    void useSuggestionEverywhere();
    void retitleRows();

    QGroupBox* m_helper;
    QLabel* m_helperLabel;
    QSpinBox* m_circuitRating;
    QLabel* m_suggestion;
    QPushButton* m_useSuggestion;
    std::array<InputRow, config::CtInputCount> m_rows;
    QLabel* m_safetyHint;
};

} // namespace iotpro::ui
