#pragma once

#include "config/DeviceConfig.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace iotpro::ui {

class JobHistory;
class JobTools;
class JobTreeModel;
class ReportExportButtons;
class SessionDetails;

/// The job history in the app: sites, panels, circuits, modules and their commissioning
/// sessions as a tree, a search that keeps the branches matching a serial number, site, panel
/// or circuit, the chosen session's details and its report. Read when shown and whenever a
/// session is recorded; "Reload" picks up what `iotpro-cli` wrote meanwhile. Below, the tools
/// for the next module and the office (JobTools: templates, job packs, exports). Keyboard:
/// the search (Alt+S mnemonic) moves down into the tree, arrows walk it, Tab reaches the tools
/// and the export; every button has a mnemonic.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(JobHistory& history, QWidget* parent = nullptr);

    /// Reads the history again, keeping the chosen session if it is still there.
    void reload();
    /// Chooses session `id` (and shows it); false if it is not in the list.
    bool selectSession(qint64 id);
    std::optional<qint64> selectedSession() const;
    /// Chooses the circuit at `place` (and shows it); false if it is not in the tree.
    bool selectCircuit(const QString& site, const QString& panel, const QString& circuit);
    JobTools& tools() const { return *m_tools; }

Q_SIGNALS:
    /// The wizard should start over with `draft` (a template, a planned circuit).
    void wizardRequested(const iotpro::config::DeviceConfig& draft);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void applySearch();
    void showSelected();

    JobHistory& m_history;
    JobTreeModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLabel* m_searchLabel;
    QLineEdit* m_search;
    QPushButton* m_reload;
    QLabel* m_problem;
    QTreeView* m_tree;
    QLabel* m_count;
    JobTools* m_tools;
    SessionDetails* m_details;
    ReportExportButtons* m_export;
    /// A session was recorded while hidden: read again when shown.
    bool m_stale = true;
};

} // namespace iotpro::ui
