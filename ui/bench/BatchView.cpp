#include "BatchView.h"

#include "BatchTrendChart.h"
#include "BenchController.h"
#include "storage/HistoryDatabase.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

struct BatchData
{
    QStringList batches;
    QList<storage::CalibrationRecord> latest;
};

/// The batches of the history, and the latest records of `batch` (when it is one of them).
Result<BatchData> readHistory(const QString& path, const QString& batch)
{
    Result<std::unique_ptr<storage::HistoryDatabase>> database = storage::HistoryDatabase::open(path);
    if (!database)
        return database.error();
    storage::CalibrationRecords records(*database.value());
    Result<QStringList> batches = records.batches();
    if (!batches)
        return batches.error();
    BatchData data { batches.value(), {} };
    if (batch.isEmpty() || !data.batches.contains(batch))
        return data;
    Result<QList<storage::CalibrationRecord>> latest = records.latestInBatch(batch);
    if (!latest)
        return latest.error();
    data.latest = latest.value();
    return data;
}

} // namespace

BatchView::BatchView(QString historyPath, QWidget* parent)
    : QWidget(parent)
    , m_historyPath(std::move(historyPath))
    , m_batchLabel(new QLabel(this))
    , m_batch(new QComboBox(this))
    , m_yield(new QLabel(this))
    , m_chart(new BatchTrendChart(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"batchView"_qs);
    m_batch->setObjectName(u"batchChoice"_qs);
    m_yield->setObjectName(u"batchYield"_qs);
    m_table->setObjectName(u"batchTrendTable"_qs);
    m_batchLabel->setBuddy(m_batch);
    m_batch->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QFont yieldFont = m_yield->font();
    yieldFont.setBold(true);
    yieldFont.setPointSizeF(yieldFont.pointSizeF() * 1.5);
    m_yield->setFont(yieldFont);
    m_yield->setWordWrap(true);
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_batch, &QComboBox::currentTextChanged, this, &BatchView::showBatch);

    auto* charts = new QScrollArea(this);
    charts->setWidget(m_chart);
    charts->setWidgetResizable(true);
    charts->setFrameShape(QFrame::NoFrame);
    auto* top = new QHBoxLayout;
    top->addWidget(m_batchLabel);
    top->addWidget(m_batch);
    top->addWidget(m_yield, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(charts, 3);
    layout->addWidget(m_table, 2);
    retranslate();
}

void BatchView::reload(const QString& batch)
{
    const QString wanted = batch.isEmpty() ? m_batch->currentText() : batch;
    const Result<BatchData> history = readHistory(m_historyPath, QString());
    const QSignalBlocker quiet(m_batch);
    m_batch->clear();
    if (!history) {
        m_yield->setText(tr("The job history cannot be read: %1").arg(history.error().toString()));
        m_model.setTrends({});
        m_chart->setTrends({});
        return;
    }
    m_batch->addItems(history.value().batches);
    const int index = m_batch->findText(wanted);
    m_batch->setCurrentIndex(index >= 0 ? index : 0);
    showBatch();
}

void BatchView::showBatch()
{
    const QString batch = m_batch->currentText();
    if (batch.isEmpty()) {
        m_yield->setText(tr("No batch yet: calibrate modules in the Bench mode with a batch name."));
        m_model.setTrends({});
        m_chart->setTrends({});
        return;
    }
    const Result<BatchData> history = readHistory(m_historyPath, batch);
    if (!history) {
        m_yield->setText(tr("The job history cannot be read: %1").arg(history.error().toString()));
        return;
    }
    const storage::BatchTrends trends = storage::batchTrends(history.value().latest);
    const QLocale locale;
    m_yield->setText(tr("Yield %1 %: %2 of %3 modules passed, %4 after adjustment.")
                         .arg(locale.toString(trends.yield.yieldPct(), 'f', 1))
                         .arg(trends.yield.passed)
                         .arg(trends.yield.modules)
                         .arg(trends.yield.adjusted));
    m_model.setTrends(trends);
    m_chart->setTrends(trends);
}

void BatchView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BatchView::showEvent(QShowEvent* event)
{
    reload(); // the CLI may have calibrated modules meanwhile
    QWidget::showEvent(event);
}

void BatchView::retranslate()
{
    m_batchLabel->setText(tr("&Batch:"));
    if (isVisible())
        showBatch();
}

} // namespace iotpro::ui
