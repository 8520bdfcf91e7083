#pragma once

#include <QCoreApplication>
#include <QString>

namespace iotpro::modbus {

/// Texts for the Modbus failures a technician meets.
class ModbusErrors
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::modbus::ModbusErrors)

public:
    /// What exception `code` means and what to do, e.g. for 02 "illegal data address: the
    /// device has no such register; check the register profile".
    static QString exceptionMeaning(int code);
};

} // namespace iotpro::modbus
