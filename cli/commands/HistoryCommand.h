#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace iotpro::cli {

/// `iotpro-cli [--history FILE] history list|profile|check`: the job history (docs/history.md).
/// `list [--search WORDS] [--serial SERIAL] [--result RESULT] [--limit N] [--json]` lists the
/// commissioning sessions, newest first; with --json an array of {"id", "module_serial", "time",
/// "result"}. `profile [--technician NAME] [--company NAME]` shows or sets who signs the reports.
/// `check` runs SQLite's integrity check. `template`, `jobpack`, `tree` and `export`: see
/// HistoryTemplates, HistoryJobPacks and HistoryExports.
class HistoryCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::HistoryCommand)

public:
    QString name() const override { return u"history"_qs; }
    QString summary() const override;
    QString positionalSyntax() const override { return u"list|profile|check|template ACTION|jobpack ACTION|tree|export"_qs; }
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    int execute(CommandContext& context) const;
};

} // namespace iotpro::cli
