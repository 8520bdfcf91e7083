#include "ReviewChangesModel.h"

#include "StepTexts.h"

namespace iotpro::ui {

ReviewChangesModel::ReviewChangesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ReviewChangesModel::setChanges(const QList<config::ConfigChange>& changes)
{
    if (changes == m_changes)
        return;
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

commissioning::Step ReviewChangesModel::stepOf(int row) const
{
    return commissioning::stepOfField(m_changes.value(row).fieldPath);
}

int ReviewChangesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_changes.size());
}

int ReviewChangesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewChangesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const config::ConfigChange& change = m_changes[index.row()];
    if (role == Qt::ToolTipRole && change.secret)
        return tr("Secrets are never shown: only that a new one will be stored.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StepColumn:
        return StepTexts::name(stepOf(index.row()));
    case SettingColumn:
        return change.fieldPath;
    case NowColumn:
        return change.secret ? tr("(hidden)") : change.oldValue;
    case NewColumn:
        return change.secret ? tr("a new one (hidden)") : change.newValue;
    default:
        return {};
    }
}

QVariant ReviewChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StepColumn:
        return tr("Step");
    case SettingColumn:
        return tr("Setting");
    case NowColumn:
        return tr("On the module now");
    case NewColumn:
        return tr("New");
    default:
        return {};
    }
}

} // namespace iotpro::ui
