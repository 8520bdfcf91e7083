#include "ConfigFile.h"

#include "config/ConfigJson.h"

#include <QFile>

namespace iotpro::cli {

Result<config::DeviceConfig> ConfigFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Errors::make(
            ErrorKind::InvalidConfiguration, tr("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxSize)
        return Errors::make(ErrorKind::InvalidConfiguration,
            tr("%1 is larger than a configuration can be: is it the right file?").arg(path));
    const config::ReadResult<config::DeviceConfig> config = config::fromJson(file.readAll());
    if (!config)
        return Errors::make(ErrorKind::InvalidConfiguration, path + u": " + config.problem().toString());
    return config.value();
}

} // namespace iotpro::cli
