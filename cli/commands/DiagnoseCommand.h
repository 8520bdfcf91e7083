#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace iotpro::cli {

/// `iotpro-cli diagnose --input FILE|-`: the mis-wiring diagnosis of one recorded snapshot,
/// printed as one JSON object (docs/diagnosis.md). The live variant from --device comes later.
class DiagnoseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::DiagnoseCommand)

public:
    QString name() const override { return u"diagnose"_qs; }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;
};

} // namespace iotpro::cli
