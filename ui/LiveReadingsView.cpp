#include "LiveReadingsView.h"

#include "LiveReadingsModel.h"
#include "LiveStreamController.h"
#include "ReadingFormat.h"
#include "SteadyLabel.h"
#include "device/LiveSnapshot.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QTableView>
#include <algorithm>

namespace iotpro::ui {

LiveReadingsView::LiveReadingsView(LiveStreamController& stream, QWidget* parent)
    : QWidget(parent)
    , m_model(new LiveReadingsModel(this))
    , m_table(new QTableView(this))
    , m_totals(new SteadyLabel(this))
{
    m_table->setObjectName(QStringLiteral("liveReadingsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setAlternatingRowColors(true);
    // Every cell in view at once: the columns share the width, the rows are all shown.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Numbers a little larger than the body text: read at arm's length.
    QFont tableFont = m_table->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.15);
    m_table->setFont(tableFont);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(tableFont).height() + 10);
    QFont headerFont = font();
    headerFont.setBold(true);
    m_table->horizontalHeader()->setFont(headerFont);
    m_table->verticalHeader()->setFont(headerFont);

    m_totals->setObjectName(QStringLiteral("liveTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totals, 0, Qt::AlignLeft | Qt::AlignTop);

    connect(&stream, &LiveStreamController::snapshotReceived, this, &LiveReadingsView::showSnapshot);
    connect(&stream, &LiveStreamController::stopped, this, &LiveReadingsView::clear);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LiveReadingsView::fitTableHeight);
    fitTableHeight();
    refreshTotals();
}

void LiveReadingsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        m_totals->releaseSize();
        refreshTotals();
    }
    QWidget::changeEvent(event);
}

void LiveReadingsView::showSnapshot(const LiveSnapshot& snapshot)
{
    m_model->setSnapshot(snapshot);
    refreshTotals();
}

void LiveReadingsView::clear()
{
    m_model->clear();
    refreshTotals();
}

void LiveReadingsView::fitTableHeight()
{
    // Every row visible without scrolling; before the first readings, room for three phases
    // and the total.
    const int rows = m_model->rowCount() > 0 ? m_model->rowCount() : 4;
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    m_table->setFixedHeight(
        m_table->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * m_table->frameWidth());
}

void LiveReadingsView::refreshTotals()
{
    const std::optional<LiveSnapshot>& snapshot = m_model->snapshot();
    if (!snapshot) {
        m_totals->setSteadyText(tr("No readings."));
        return;
    }
    const QLocale locale;
    const EnergyRegisters& energy = snapshot->energy;
    const DemandReading& demand = snapshot->demand;
    const QString text
        = tr("Frequency: %1 Hz\n"
             "Energy imported: %2 kWh\n"
             "Energy exported: %3 kWh\n"
             "Demand (%4 min): %5 kW\n"
             "Maximum demand: %6 kW")
              .arg(locale.toString(snapshot->frequency, 'f', 2), formatKiloFromUnits(energy.activeImportWh),
                  formatKiloFromUnits(energy.activeExportWh), locale.toString(demand.periodS / 60.0, 'g', 3),
                  locale.toString(demand.activePower / 1000.0, 'f', 2),
                  locale.toString(demand.maxActivePower / 1000.0, 'f', 2));
    m_totals->setSteadyText(text);
}

} // namespace iotpro::ui
