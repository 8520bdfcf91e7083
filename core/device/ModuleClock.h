#pragma once

#include <QDateTime>
#include <QString>

namespace iotpro {

/// The module's wall clock, as SetClock reports it after setting.
struct ModuleClock
{
    QDateTime time; ///< UTC
    QString timeZone; ///< IANA name, e.g. "Europe/Berlin"
    bool synchronized = false; ///< set by a tool, the network or GPS since power-up

    friend bool operator==(const ModuleClock&, const ModuleClock&) = default;
};

} // namespace iotpro
