#include "JobTreeModel.h"

#include "report/ReportTexts.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

namespace iotpro::ui {

using storage::SessionResult;

struct JobTreeModel::Node
{
    Level level = Level::Site;
    QString name; ///< site, panel, circuit or serial; empty on a session
    std::optional<storage::SessionSummary> session;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node& add(Level childLevel, const QString& childName)
    {
        auto child = std::make_unique<Node>();
        child->level = childLevel;
        child->name = childName;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return *children.back();
    }
};

namespace {

/// "✔ Passed", "⚠ Warnings", …: the sign says it without the colour.
QString resultText(SessionResult result)
{
    switch (result) {
    case SessionResult::Passed:
        return JobTreeModel::tr("\u2714 Passed");
    case SessionResult::Warnings:
        return JobTreeModel::tr("\u26A0 Warnings");
    case SessionResult::Failed:
        return JobTreeModel::tr("\u2716 Failed");
    case SessionResult::Incomplete:
        break;
    }
    return JobTreeModel::tr("\u2026 Incomplete");
}

} // namespace

JobTreeModel::JobTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

JobTreeModel::~JobTreeModel() = default;

void JobTreeModel::setTree(const QList<storage::SiteBranch>& sites)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const storage::SiteBranch& site : sites) {
        Node& siteNode = m_root->add(Level::Site, site.name);
        for (const storage::PanelBranch& panel : site.panels) {
            Node& panelNode = siteNode.add(Level::Panel, panel.name);
            for (const storage::CircuitBranch& circuit : panel.circuits) {
                Node& circuitNode = panelNode.add(Level::Circuit, circuit.name);
                for (const storage::ModuleBranch& module : circuit.modules) {
                    Node& moduleNode = circuitNode.add(Level::Module, module.serialNumber);
                    for (const storage::SessionSummary& session : module.sessions)
                        moduleNode.add(Level::Session, QString()).session = session;
                }
            }
        }
    }
    endResetModel();
}

std::optional<storage::SessionSummary> JobTreeModel::sessionAt(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    return node ? node->session : std::nullopt;
}

std::optional<storage::CircuitPlace> JobTreeModel::placeAt(const QModelIndex& index) const
{
    const Node* node = nodeOf(index);
    while (node && node->level > Level::Circuit)
        node = node->parent;
    if (!node || node->level != Level::Circuit)
        return std::nullopt;
    const Node* panel = node->parent;
    return storage::CircuitPlace { panel->parent->name, panel->name, node->name };
}

QModelIndex JobTreeModel::indexOfSession(qint64 id) const
{
    // Depth-first: a history of a few thousand sessions is searched in well under a millisecond.
    std::vector<Node*> pending { m_root.get() };
    while (!pending.empty()) {
        Node* node = pending.back();
        pending.pop_back();
        if (node->session && node->session->id == id)
            return createIndex(node->row, NameColumn, node);
        for (const auto& child : node->children)
            pending.push_back(child.get());
    }
    return {};
}

void JobTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

JobTreeModel::Node* JobTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

QModelIndex JobTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node* parentNode = parent.isValid() ? nodeOf(parent) : m_root.get();
    return createIndex(row, column, parentNode->children[std::size_t(row)].get());
}

QModelIndex JobTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, NameColumn, node->parent);
}

int JobTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    const Node* node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return int(node->children.size());
}

int JobTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString JobTreeModel::nameOf(const Node& node) const
{
    switch (node.level) {
    case Level::Site:
        return node.name.isEmpty() ? tr("(no site)") : node.name;
    case Level::Panel:
        return node.name.isEmpty() ? tr("(no panel)") : node.name;
    case Level::Circuit:
        return node.name.isEmpty() ? tr("(no circuit)") : node.name;
    case Level::Module:
        return node.name;
    case Level::Session:
        break;
    }
    return QLocale().toString(node.session->startedAt.toLocalTime(), QLocale::ShortFormat);
}

QVariant JobTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node)
        return {};
    if (role == SessionIdRole)
        return node->session ? QVariant(node->session->id) : QVariant();
    if (role == LevelRole)
        return int(node->level);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (index.column() == NameColumn)
            return nameOf(*node);
        if (!node->session)
            return {};
        switch (Column(index.column())) {
        case ResultColumn:
            return resultText(node->session->result);
        case OriginColumn:
            return report::texts::origin(node->session->origin);
        case TechnicianColumn:
            return node->session->technician;
        case NameColumn:
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && node->session) {
        switch (node->session->result) {
        case SessionResult::Passed:
            return QColor(0x1b, 0x7f, 0x3b);
        case SessionResult::Warnings:
            return QColor(0x9a, 0x5b, 0x00);
        case SessionResult::Failed:
            return QColor(0xb3, 0x26, 0x1e);
        case SessionResult::Incomplete:
            break;
        }
    }
    return {};
}

QVariant JobTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Site / panel / circuit / module / session");
    case ResultColumn:
        return tr("Result");
    case OriginColumn:
        return tr("Run from");
    case TechnicianColumn:
        return tr("Technician");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace iotpro::ui
