#pragma once

#include "FieldIssues.h"
#include "config/ConfigLimits.h"
#include "config/DeviceConfig.h"
#include "device/IoState.h"

#include <QGroupBox>
#include <functional>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace iotpro::ui {

/// The 0–30 V analog input: on or off, its name and unit, the two points of its linear scaling
/// and its alarm limits, and the value the module reads now.
class AnalogInputBox : public QGroupBox
{
    Q_OBJECT

public:
    using Editor = std::function<void(const std::function<void(config::AnalogInputConfig&)>&)>;

    AnalogInputBox(const config::Range& inputV, FieldIssues& issues, Editor edit, QWidget* parent = nullptr);

    void load(const config::AnalogInputConfig& analog);
    void showState(const std::optional<AnalogInputState>& state);
    void retranslate();
    QList<QWidget*> tabOrder() const;

private:
    QDoubleSpinBox* newValueSpin(const QString& name);
    void refreshEnabled();
    void showUnit(const QString& unit);

    FieldIssues& m_issues;
    Editor m_edit;
    QCheckBox* m_enabled;
    QWidget* m_fields;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_unitLabel;
    QLineEdit* m_unit;
    QLabel* m_pointALabel;
    QDoubleSpinBox* m_pointAVolts;
    QLabel* m_pointAReads;
    QDoubleSpinBox* m_pointAValue;
    QLabel* m_pointBLabel;
    QDoubleSpinBox* m_pointBVolts;
    QLabel* m_pointBReads;
    QDoubleSpinBox* m_pointBValue;
    QCheckBox* m_alarmLowEnabled;
    QDoubleSpinBox* m_alarmLow;
    QCheckBox* m_alarmHighEnabled;
    QDoubleSpinBox* m_alarmHigh;
    QLabel* m_live;
};

} // namespace iotpro::ui
