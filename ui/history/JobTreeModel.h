#pragma once

#include "storage/JobHierarchy.h"
#include "storage/TemplateStore.h"

#include <QAbstractItemModel>
#include <memory>
#include <optional>
#include <vector>

namespace iotpro::ui {

/// The job history as a tree: sites, panels, circuits (planned ones too), modules (by serial
/// number) and their commissioning sessions (storage::jobHierarchy). Column 0 names the node (a session by
/// its start, local time), so filtering column 0 (HistoryView's search) finds a site, a circuit or a serial
/// number; the session columns say how it ended and which face ran it.
class JobTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ResultColumn, OriginColumn, TechnicianColumn, ColumnCount };
    enum class Level { Site, Panel, Circuit, Module, Session };
    enum Role {
        SessionIdRole = Qt::UserRole + 1, ///< qint64 on a session row; invalid elsewhere
        LevelRole, ///< Level, as int
    };

    explicit JobTreeModel(QObject* parent = nullptr);
    ~JobTreeModel() override;

    /// Shows this tree (JobHistory::jobTree()).
    void setTree(const QList<storage::SiteBranch>& sites);
    /// The session on `index`'s row; none on the other levels.
    std::optional<storage::SessionSummary> sessionAt(const QModelIndex& index) const;
    /// The circuit of `index`'s row: the circuit itself, or the circuit a module or session row
    /// is under; none on a site or panel row.
    std::optional<storage::CircuitPlace> placeAt(const QModelIndex& index) const;
    /// The row of session `id`; invalid if it is not shown.
    QModelIndex indexOfSession(qint64 id) const;
    /// The texts in the UI's language now.
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;

    Node* nodeOf(const QModelIndex& index) const;
    QString nameOf(const Node& node) const;

    std::unique_ptr<Node> m_root;
};

} // namespace iotpro::ui
