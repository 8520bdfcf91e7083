#include "JobHierarchy.h"

#include <algorithm>

namespace iotpro::storage {

namespace {

/// The branch whose `key` is `name` in `branches`, appended when it is not there yet.
template <typename Branch>
Branch& branchNamed(QList<Branch>& branches, const QString& name, QString Branch::*key)
{
    const auto found = std::find_if(
        branches.begin(), branches.end(), [&](const Branch& branch) { return branch.*key == name; });
    if (found != branches.end())
        return *found;
    Branch branch;
    branch.*key = name;
    branches.append(branch);
    return branches.last();
}

/// Name order as people read it; an empty name (no site) after every named one.
bool namedBefore(const QString& a, const QString& b)
{
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    return QString::compare(a, b, Qt::CaseInsensitive) < 0;
}

template <typename Branch> void sortByName(QList<Branch>& branches, QString Branch::*key)
{
    std::stable_sort(branches.begin(), branches.end(),
        [key](const Branch& a, const Branch& b) { return namedBefore(a.*key, b.*key); });
}

} // namespace

QList<SiteBranch> jobHierarchy(const QList<SessionSummary>& sessions, const JobPack& places)
{
    QList<SiteBranch> sites;
    for (const JobSite& site : places.sites) {
        SiteBranch& siteBranch = branchNamed(sites, site.name, &SiteBranch::name);
        for (const JobPanel& panel : site.panels) {
            PanelBranch& panelBranch = branchNamed(siteBranch.panels, panel.name, &PanelBranch::name);
            for (const JobCircuit& circuit : panel.circuits)
                branchNamed(panelBranch.circuits, circuit.name, &CircuitBranch::name);
        }
    }
    for (const SessionSummary& session : sessions) {
        SiteBranch& site = branchNamed(sites, session.site, &SiteBranch::name);
        PanelBranch& panel = branchNamed(site.panels, session.panel, &PanelBranch::name);
        CircuitBranch& circuit = branchNamed(panel.circuits, session.circuit, &CircuitBranch::name);
        branchNamed(circuit.modules, session.moduleSerial, &ModuleBranch::serialNumber)
            .sessions.append(session);
    }
    sortByName(sites, &SiteBranch::name);
    for (SiteBranch& site : sites) {
        sortByName(site.panels, &PanelBranch::name);
        for (PanelBranch& panel : site.panels) {
            sortByName(panel.circuits, &CircuitBranch::name);
            for (CircuitBranch& circuit : panel.circuits)
                sortByName(circuit.modules, &ModuleBranch::serialNumber);
        }
    }
    return sites;
}

} // namespace iotpro::storage
