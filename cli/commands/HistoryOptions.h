#pragma once

#include "storage/TemplateStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace iotpro::cli {

/// The options of `history template|jobpack|export|tree` (docs/history.md), shared by the
/// sub-commands that take them.
class HistoryOptions
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::HistoryOptions)

public:
    static QCommandLineOption file();
    static QCommandLineOption session();
    static QCommandLineOption description();
    static QCommandLineOption replace();
    static QCommandLineOption site();
    static QCommandLineOption panel();
    static QCommandLineOption circuit();
    static QCommandLineOption csv();
    static QCommandLineOption tts();
    static QList<QCommandLineOption> all();

    /// --site, --panel, --circuit as given (empty when not).
    static storage::CircuitPlace place(const QCommandLineParser& parser);
};

} // namespace iotpro::cli
