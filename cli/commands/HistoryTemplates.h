#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace iotpro::storage {
class HistoryDatabase;
}

namespace iotpro::cli {

/// `history template save NAME (--file CONFIG.json | --session ID) [--description TEXT] [--replace]`,
/// `history template list [--json]`, `history template show NAME [--site S] [--panel P]
/// [--circuit C]` (prints a configuration JSON for `config apply --file`), `history template
/// delete NAME` (docs/history.md, "Templates").
class HistoryTemplates
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::HistoryTemplates)

public:
    /// `context.arguments` starts with "template".
    static int run(CommandContext& context, storage::HistoryDatabase& database);
};

} // namespace iotpro::cli
