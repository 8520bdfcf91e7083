#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace iotpro::cli {

/// `iotpro-cli [--history FILE] report --session ID [--pdf FILE] [--json FILE]`: the commissioning
/// report of a recorded session as a PDF and/or in its JSON form (docs/report.md), both from one
/// model, each written whole or not at all; the JSON form is kept with the session too. (`--json` is the
/// global flag; here it is followed by the file it names.)
/// `iotpro-cli report verify FILE.json`: recomputes the content hash and checks the signed
/// configuration; exit 0 only when every check passes, else 1 naming the check that failed.
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::ReportCommand)

public:
    QString name() const override { return u"report"_qs; }
    QString summary() const override;
    QString positionalSyntax() const override { return u"[FILE.json] | verify FILE.json"_qs; }
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    int generate(CommandContext& context) const;
    int verify(CommandContext& context, const QString& path) const;
};

} // namespace iotpro::cli
