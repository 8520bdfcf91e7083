#pragma once

#include "FieldIssues.h"
#include "WizardServices.h"
#include "config/DeviceConfig.h"
#include "device/IoState.h"

#include <QGroupBox>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace iotpro::commissioning {
class WarmSensorFinder;
}

namespace iotpro::ui {

class Ds18b20SensorModel;

/// One digital input of the Inputs page: its name and mode, the mode's settings, and what the
/// module reads on it now. In DS18B20 mode it scans the bus and finds a sensor by its warmth.
class DigitalInputBox : public QGroupBox
{
    Q_OBJECT

public:
    using Editor = std::function<void(const std::function<void(config::DigitalInputConfig&)>&)>;

    /// `index` 0 to 3; `edit` changes this input in the draft; the problem labels go to `issues`.
    DigitalInputBox(std::size_t index, WizardServices& services, FieldIssues& issues, Editor edit,
        QWidget* parent = nullptr);

    void load(const config::DigitalInputConfig& input);
    /// What the module reads on this input now, under its active configuration.
    void showState(const std::optional<DigitalInputState>& state, const std::optional<config::DigitalInputMode>& draftMode);
    /// Ends a running "warm the sensor" search (the page is left, or the link is gone).
    void stopSearching();
    void retranslate();

    /// The fields, first to last, for the page's tab order.
    QList<QWidget*> tabOrder() const;

private:
    QWidget* buildDryContact();
    QWidget* buildPulse();
    QWidget* buildDs18b20();
    /// Shows the settings of `mode` (index in the mode list).
    void showSettings(int mode);
    void scanBus();
    void findWarmSensor();
    void removeSensor();
    void setSensors(const QList<config::Ds18b20Sensor>& sensors);
    void onSensorFound(const QString& romCode);
    QString path(const QString& field) const;

    const std::size_t m_index;
    WizardServices& m_services;
    FieldIssues& m_issues;
    Editor m_edit;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_modeLabel;
    QComboBox* m_mode;
    QStackedWidget* m_settings;
    QLabel* m_offHint;
    // Dry contact
    QLabel* m_contactLabel;
    QComboBox* m_contact;
    QLabel* m_debounceLabel;
    QSpinBox* m_debounce;
    // Pulse
    QLabel* m_weightLabel;
    QDoubleSpinBox* m_weight;
    QLabel* m_unitLabel;
    QLineEdit* m_unit;
    QLabel* m_widthLabel;
    QSpinBox* m_width;
    // DS18B20
    Ds18b20SensorModel* m_sensors;
    QTableView* m_sensorTable;
    QPushButton* m_scan;
    QPushButton* m_warm;
    QPushButton* m_remove;
    QLabel* m_busState;
    commissioning::WarmSensorFinder* m_finder;
    QLabel* m_live;
};

} // namespace iotpro::ui
