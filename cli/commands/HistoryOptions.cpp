#include "HistoryOptions.h"

namespace iotpro::cli {

QCommandLineOption HistoryOptions::file()
{
    return { u"file"_qs, tr("template save: the configuration to keep (a config JSON file)."),
        tr("CONFIG.json") };
}

QCommandLineOption HistoryOptions::session()
{
    return { u"session"_qs, tr("template save: keep the configuration of this recorded session instead."),
        tr("ID") };
}

QCommandLineOption HistoryOptions::description()
{
    return { u"description"_qs, tr("template save: what the template is for."), tr("TEXT") };
}

QCommandLineOption HistoryOptions::replace()
{
    return { u"replace"_qs, tr("template save: replace a template of the same name.") };
}

QCommandLineOption HistoryOptions::site()
{
    return { u"site"_qs, tr("template show, jobpack show: the next module's site; export: only this site."),
        tr("NAME") };
}

QCommandLineOption HistoryOptions::panel()
{
    return { u"panel"_qs, tr("template show, jobpack show: the next module's panel."), tr("NAME") };
}

QCommandLineOption HistoryOptions::circuit()
{
    return { u"circuit"_qs, tr("template show, jobpack show: the next module's circuit."), tr("NAME") };
}

QCommandLineOption HistoryOptions::csv()
{
    return { u"csv"_qs, tr("export: the commissioned modules as CSV to FILE."), tr("FILE") };
}

QCommandLineOption HistoryOptions::tts()
{
    return { u"tts"_qs, tr("export: the LoRaWAN devices as a The Things Stack CSV import to FILE."),
        tr("FILE") };
}

QList<QCommandLineOption> HistoryOptions::all()
{
    return { file(), session(), description(), replace(), site(), panel(), circuit(), csv(), tts() };
}

storage::CircuitPlace HistoryOptions::place(const QCommandLineParser& parser)
{
    return { parser.value(site()), parser.value(panel()), parser.value(circuit()) };
}

} // namespace iotpro::cli
