#pragma once

#include "JobPack.h"
#include "TemplateStore.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace iotpro::storage {

class HistoryDatabase;

/// The job tree of the history (sites, panels, circuits, with what was planned for them and what
/// was installed), job packs in and out, and a planned circuit's configuration for the field.
class JobPackStore
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::storage::JobPackStore)

public:
    explicit JobPackStore(HistoryDatabase& database);

    /// Adds the pack's sites, panels and circuits, or updates them (a plan in the pack replaces
    /// the stored one; nothing is deleted), all in one transaction: all or nothing.
    Result<void> importPack(const JobPack& pack);

    /// Every site, panel and circuit of the history by name, with its plan and, for circuits,
    /// the module there now and the result of the latest session.
    Result<JobPack> tree();

    /// The configuration the planned circuit at `place` starts from (jobpack::plannedConfig).
    Result<config::DeviceConfig> plannedConfig(const CircuitPlace& place);

private:
    HistoryDatabase& m_database;
};

} // namespace iotpro::storage
