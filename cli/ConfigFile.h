#pragma once

#include "common/Result.h"
#include "config/DeviceConfig.h"

#include <QCoreApplication>
#include <QString>

namespace iotpro::cli {

/// A configuration JSON file given on the command line (config apply --file, history template
/// save --file).
class ConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::ConfigFile)

public:
    /// A configuration file is a few kilobytes; anything much larger is the wrong file.
    static constexpr qint64 MaxSize = 1024 * 1024;

    /// The configuration in the file at `path`, or why not, naming the file and the field.
    static Result<config::DeviceConfig> read(const QString& path);
};

} // namespace iotpro::cli
