#pragma once

#include "calibration/CalibrationSession.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace iotpro::ui {

/// The Bench mode's per-point progress: one row per point as it starts, filled in when it
/// finishes; the run it belongs to (as found, as left after an adjustment) in the first column.
class BenchPointModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RunColumn, PointColumn, TestColumn, ErrorColumn, LimitColumn, VerdictColumn, ColumnCount };
    /// The verdict's machine name (`pass`, `fail_guard_band`, `fail`) on every column; empty
    /// while the point runs.
    static constexpr int VerdictCodeRole = Qt::UserRole + 1;

    explicit BenchPointModel(QObject* parent = nullptr);

    void clear();
    void pointStarted(calibration::RunStage stage, const calibration::TestPoint& point);
    void pointFinished(calibration::RunStage stage, const calibration::PointResult& result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        calibration::RunStage stage;
        calibration::TestPoint point;
        std::optional<calibration::PointResult> result;
    };
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace iotpro::ui
