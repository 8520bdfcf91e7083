#include "LoadGaugePanel.h"

#include "LiveCheckController.h"
#include "SteadyLabel.h"

#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <cmath>

namespace iotpro::ui {

namespace {

constexpr int kBarSteps = 100;

QString barStyle(LoadGauge::Level level)
{
    const char* colour = "#0b4fa8";
    switch (level) {
    case LoadGauge::Level::Enough:
        colour = "#1b5e20";
        break;
    case LoadGauge::Level::OverRating:
        colour = "#b71c1c";
        break;
    case LoadGauge::Level::NoVoltage:
    case LoadGauge::Level::TooLittle:
        break;
    }
    return QStringLiteral(
        "QProgressBar { border: 1px solid #555555; border-radius: 3px; background: #ffffff; }"
        "QProgressBar::chunk { background: %1; }")
        .arg(QLatin1String(colour));
}

} // namespace

LoadGaugePanel::LoadGaugePanel(LiveCheckController& check, QWidget* parent)
    : QGroupBox(parent)
    , m_check(check)
    , m_placeholder(new QLabel(this))
{
    m_placeholder->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        row.bar = new QProgressBar(this);
        row.bar->setRange(0, kBarSteps);
        row.bar->setTextVisible(false);
        row.bar->setFixedHeight(10);
        row.text = new SteadyLabel(this);
        row.text->setObjectName(QStringLiteral("loadGauge%1").arg(i + 1));
        layout->addWidget(row.text, 0, Qt::AlignLeft);
        layout->addWidget(row.bar);
    }
    layout->addStretch(1);
    connect(&m_check, &LiveCheckController::readingsChanged, this, &LoadGaugePanel::refresh);
    retranslate();
}

void LoadGaugePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void LoadGaugePanel::retranslate()
{
    setTitle(tr("Load for a verdict"));
    m_placeholder->setText(tr("Each CT needs at least 10 % of its rated current."));
    m_shown.clear(); // the texts are in the old language
    for (const Row& row : m_rows)
        row.text->releaseSize();
    refresh();
}

void LoadGaugePanel::refresh()
{
    const QList<LoadGauge>& gauges = m_check.loadGauges();
    // Ten times a second: touch the widgets only where something changed.
    if (gauges == m_shown)
        return;
    m_placeholder->setVisible(gauges.isEmpty());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const auto index = qsizetype(i);
        const bool used = index < gauges.size();
        row.bar->setVisible(used);
        row.text->setVisible(used);
        if (!used)
            continue;
        const LoadGauge& gauge = gauges[index];
        if (index < m_shown.size() && m_shown[index] == gauge)
            continue;
        row.text->setSteadyText(gauge.text());
        if (index >= m_shown.size() || m_shown[index].level != gauge.level)
            row.bar->setStyleSheet(barStyle(gauge.level));
        row.bar->setValue(int(std::lround(gauge.progress() * kBarSteps)));
    }
    m_shown = gauges;
}

} // namespace iotpro::ui
