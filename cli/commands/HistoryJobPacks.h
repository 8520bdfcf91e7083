#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace iotpro::storage {
class HistoryDatabase;
}

namespace iotpro::cli {

/// `history jobpack import FILE`, `history jobpack export FILE`, `history jobpack show --site S
/// --panel P --circuit C` (the planned circuit's configuration JSON) and `history tree [--json]`
/// (docs/history.md, "Job packs").
class HistoryJobPacks
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::HistoryJobPacks)

public:
    /// `context.arguments` starts with "jobpack".
    static int run(CommandContext& context, storage::HistoryDatabase& database);
    /// `context.arguments` is "tree".
    static int tree(CommandContext& context, storage::HistoryDatabase& database);
};

} // namespace iotpro::cli
