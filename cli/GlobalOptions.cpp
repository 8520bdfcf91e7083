#include "GlobalOptions.h"

#include "storage/HistoryDatabase.h"

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

QCommandLineOption GlobalOptions::history()
{
    return QCommandLineOption(u"history"_qs,
        tr("The job history database (default: history.sqlite in your data directory)."), tr("FILE"));
}

QString GlobalOptions::historyPath(const QCommandLineParser& parser)
{
    return parser.isSet(history()) ? parser.value(history()) : storage::HistoryDatabase::defaultPath();
}

QList<QCommandLineOption> GlobalOptions::all()
{
    return { device(), json(), history() };
}

} // namespace iotpro::cli
