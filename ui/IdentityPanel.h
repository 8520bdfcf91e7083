#pragma once

#include "device/DeviceInfo.h"

#include <QElapsedTimer>
#include <QGroupBox>
#include <QTimer>
#include <array>
#include <optional>

class QLabel;
class QWidget;

namespace iotpro::ui {

class ConnectionController;

/// Who the connected module is: serial number first and largest, then what a technician or
/// support needs to identify hardware, firmware and fitted options.
class IdentityPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit IdentityPanel(ConnectionController& controller, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Field {
        SerialNumber,
        HardwareRevision,
        Firmware,
        ProtocolVersion,
        MeteringEngine,
        FittedOptions,
        ConfigCounter,
        ModuleClock,
        UsbIdentity,
        BleIdentity,
        FieldCount
    };

    void onStateChanged();
    void showInfo(const std::optional<DeviceInfo>& info);
    void retranslate();
    void refreshValues();
    void refreshClock();
    static QString fieldName(Field field);
    static QString fieldValue(Field field, const DeviceInfo& info);

    ConnectionController& m_controller;
    std::optional<DeviceInfo> m_info;
    /// The module's clock is shown running on from its reading at connect.
    QElapsedTimer m_sinceClockReading;
    QTimer m_clockTimer;
    QLabel* m_placeholder;
    QWidget* m_form;
    std::array<QLabel*, FieldCount> m_names {};
    std::array<QLabel*, FieldCount> m_values {};
};

} // namespace iotpro::ui
