#pragma once

#include "config/DeviceConfig.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace iotpro {

/// One DS18B20 as the module read it.
struct Ds18b20Reading
{
    QString romCode; ///< 16 hex digits, upper case, bus order
    double temperatureC = 0;
    /// It answered on the last conversion; false for a configured sensor not found.
    bool present = false;

    friend bool operator==(const Ds18b20Reading&, const Ds18b20Reading&) = default;
};

/// Live state of one digital input, interpreted by the mode the active configuration sets.
struct DigitalInputState
{
    std::optional<config::DigitalInputMode> mode; ///< empty when the module reports a mode this tool does not know
    bool contactClosed = false; ///< dry contact: raw level
    bool active = false; ///< dry contact: the event is on (closed for NO, open for NC)
    quint64 pulseCount = 0; ///< pulse: since power-up
    double pulseTotal = 0; ///< pulse: count × weight, in the configured unit
    QList<Ds18b20Reading> sensors; ///< DS18B20: the configured sensors, in configuration order

    friend bool operator==(const DigitalInputState&, const DigitalInputState&) = default;
};

struct AnalogInputState
{
    bool enabled = false;
    double inputV = 0;
    double value = 0; ///< in the engineering unit
    bool alarmLow = false;
    bool alarmHigh = false;

    friend bool operator==(const AnalogInputState&, const AnalogInputState&) = default;
};

/// Live state of the inputs (IoRead's reply).
struct IoState
{
    QList<DigitalInputState> digitalInputs; ///< inputs 1 to 4
    AnalogInputState analogInput;
    qint64 timestampUs = 0; ///< module clock, Unix µs

    friend bool operator==(const IoState&, const IoState&) = default;
};

/// The sensors found on one input's 1-Wire bus (Ds18b20Scan's reply), in ROM code order.
struct Ds18b20ScanResult
{
    quint32 input = 0; ///< 1 to 4
    QList<Ds18b20Reading> sensors;

    friend bool operator==(const Ds18b20ScanResult&, const Ds18b20ScanResult&) = default;
};

} // namespace iotpro
