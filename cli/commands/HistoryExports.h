#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace iotpro::storage {
class HistoryDatabase;
}

namespace iotpro::cli {

/// `history export [--csv FILE] [--tts FILE] [--site NAME]`: the commissioned modules as CSV, and
/// the LoRaWAN devices as a The Things Stack CSV import (docs/history.md, "Exports").
class HistoryExports
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::HistoryExports)

public:
    static int run(CommandContext& context, storage::HistoryDatabase& database);
};

} // namespace iotpro::cli
