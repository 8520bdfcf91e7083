#pragma once

#include "JobPack.h"
#include "SessionStore.h"

#include <QList>
#include <QString>

/// The job history as the app browses it: sites, their panels, the circuits in each panel, the
/// modules commissioned on a circuit and their sessions (docs/history.md), built from the session
/// list and the places the history knows (a job pack's planned circuits, before any module).
namespace iotpro::storage {

struct ModuleBranch
{
    QString serialNumber;
    QList<SessionSummary> sessions; ///< newest first

    friend bool operator==(const ModuleBranch&, const ModuleBranch&) = default;
};

struct CircuitBranch
{
    QString name;
    QList<ModuleBranch> modules;

    friend bool operator==(const CircuitBranch&, const CircuitBranch&) = default;
};

struct PanelBranch
{
    QString name;
    QList<CircuitBranch> circuits;

    friend bool operator==(const PanelBranch&, const PanelBranch&) = default;
};

/// A site; sessions recorded without one (a module configured straight from production) are
/// gathered under a site with an empty name.
struct SiteBranch
{
    QString name;
    QList<PanelBranch> panels;

    friend bool operator==(const SiteBranch&, const SiteBranch&) = default;
};

/// Every place of `places` (JobPackStore::tree(); its circuits may have no session yet) and every
/// session, under its site, panel, circuit and module. Sites, panels, circuits and modules in
/// name order (any case; a site without a name last), sessions in the order given
/// (SessionStore::find: newest first).
QList<SiteBranch> jobHierarchy(const QList<SessionSummary>& sessions, const JobPack& places = {});

} // namespace iotpro::storage
