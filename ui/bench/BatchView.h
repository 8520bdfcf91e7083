#pragma once

#include "BatchTrendModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace iotpro::ui {

class BatchTrendChart;

/// The batch view (docs/calibration.md, "Batch view"): for a batch of the job history's
/// calibration records, its yield and each accuracy point's error across the modules in test
/// order (storage::batchTrends), as charts and as a table.
class BatchView : public QWidget
{
    Q_OBJECT

public:
    /// `historyPath`: the job history (the app's, shared with the CLI).
    explicit BatchView(QString historyPath, QWidget* parent = nullptr);

    /// Lists the batches again and shows `batch` (empty: keep the one shown, else the newest).
    void reload(const QString& batch = {});

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void showBatch();

    const QString m_historyPath;
    BatchTrendModel m_model;
    QLabel* m_batchLabel;
    QComboBox* m_batch;
    QLabel* m_yield;
    BatchTrendChart* m_chart;
    QTableView* m_table;
};

} // namespace iotpro::ui
