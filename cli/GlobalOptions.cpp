#include "GlobalOptions.h"

namespace iotpro::cli {

QCommandLineOption GlobalOptions::device()
{
    return QCommandLineOption(QStringList { u"d"_qs, u"device"_qs },
        tr("The module: serial:/dev/ttyACM0, tcp:HOST:PORT or ble:AA:BB:CC:DD:EE:FF."), tr("ADDRESS"));
}

QCommandLineOption GlobalOptions::json()
{
    return QCommandLineOption(u"json"_qs, tr("Print machine-readable JSON instead of text."));
}

QList<QCommandLineOption> GlobalOptions::all()
{
    return { device(), json() };
}

} // namespace iotpro::cli
