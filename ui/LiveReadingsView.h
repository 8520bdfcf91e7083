#pragma once

#include <QWidget>

class QTableView;

namespace iotpro {
struct LiveSnapshot;
}

namespace iotpro::ui {

class LiveReadingsModel;
class LiveStreamController;
class SteadyLabel;

/// The live readings: the per-element table, and beside it frequency, energy registers and
/// demand of the latest snapshot.
class LiveReadingsView : public QWidget
{
    Q_OBJECT

public:
    explicit LiveReadingsView(LiveStreamController& stream, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showSnapshot(const iotpro::LiveSnapshot& snapshot);
    void clear();
    void refreshTotals();
    void fitTableHeight();

    LiveReadingsModel* m_model;
    QTableView* m_table;
    SteadyLabel* m_totals;
};

} // namespace iotpro::ui
