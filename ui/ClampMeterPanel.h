#pragma once

#include <QGroupBox>
#include <array>

class QDoubleSpinBox;
class QLabel;

namespace iotpro::ui {

class LiveCheckController;

/// Where the electrician types what a clamp meter reads on each CT's conductor: the only way
/// to catch a CT of the wrong size. Empty (the lowest value) means not measured.
class ClampMeterPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ClampMeterPanel(LiveCheckController& check, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QLabel* label = nullptr;
        QDoubleSpinBox* amps = nullptr;
    };

    void retranslate();
    /// Shows one row per CT input of the connected module's wiring.
    void refreshRows();
    void submit();

    LiveCheckController& m_check;
    QLabel* m_hint;
    std::array<Row, 3> m_rows;
    int m_inputs = -1;
};

} // namespace iotpro::ui
