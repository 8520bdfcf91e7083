#pragma once

#include "commissioning/CommissioningStep.h"
#include "config/ConfigDiff.h"

#include <QAbstractTableModel>

namespace iotpro::ui {

/// What a write changes on the module, one setting per row: the step that edits it, the setting,
/// its value on the module now and the new value. A secret shows only that it changes.
class ReviewChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, SettingColumn, NowColumn, NewColumn, ColumnCount };

    explicit ReviewChangesModel(QObject* parent = nullptr);

    void setChanges(const QList<config::ConfigChange>& changes);
    const QList<config::ConfigChange>& changes() const { return m_changes; }
    /// The step whose page edits the setting of `row`.
    commissioning::Step stepOf(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<config::ConfigChange> m_changes;
};

} // namespace iotpro::ui
