#pragma once

#include "commissioning/ConfigWrite.h"
#include "device/ConfigState.h"
#include "device/DeviceInfo.h"
#include "device/NetworkCheckReport.h"
#include "device/TrustStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace iotpro::cli {

/// The text forms of `config get`, `config apply` and `trust` for people. None of the values
/// shown can hold a secret: the types carry none (secrets show as their `*_set` flags).
class ConfigOutput
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::ConfigOutput)

public:
    /// Which configuration the module runs, then every field with its value.
    static QStringList configState(const ConfigState& state, const DeviceInfo& info);
    /// The module, its energy registers and its clock before the write.
    static QStringList opening(const DeviceInfo& info, quint64 counter, const commissioning::OpeningReadings& readings);
    /// The changes, what was written and what proves it.
    static QStringList written(const commissioning::ConfigWriteResult& result);
    /// One line per network and GPS, indented.
    static QStringList networkCheck(const NetworkCheckReport& report);
    static QStringList trustStore(const TrustStore& store);
};

} // namespace iotpro::cli
