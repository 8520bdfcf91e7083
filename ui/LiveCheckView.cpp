#include "LiveCheckView.h"

#include "ClampMeterPanel.h"
#include "FindingsPanel.h"
#include "LargeButtons.h"
#include "LiveCheckController.h"
#include "LiveReadingsView.h"
#include "LiveStreamController.h"
#include "LoadGaugePanel.h"
#include "PhasorView.h"
#include "VerdictBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotpro::ui {

LiveCheckView::LiveCheckView(LiveStreamController& stream, LiveCheckController& check, QWidget* parent)
    : QWidget(parent)
    , m_stream(stream)
    , m_check(check)
    , m_banner(new VerdictBanner(this))
    , m_retry(new QPushButton(m_banner))
    , m_phasors(new PhasorView(this))
    , m_phasorLegend(new QLabel(this))
{
    setObjectName(QStringLiteral("liveCheckView"));
    m_retry->setObjectName(QStringLiteral("liveRetryButton"));
    makeLargeTarget(*m_retry);
    m_banner->layout()->addWidget(m_retry);
    m_phasors->setObjectName(QStringLiteral("phasorView"));
    m_phasorLegend->setWordWrap(true);

    auto* phasorColumn = new QVBoxLayout;
    phasorColumn->addWidget(m_phasors, 1);
    phasorColumn->addWidget(m_phasorLegend);

    auto* perPhase = new QHBoxLayout;
    perPhase->addWidget(new LoadGaugePanel(m_check, this), 3);
    perPhase->addWidget(new ClampMeterPanel(m_check, this), 2);
    auto* checkColumn = new QVBoxLayout;
    checkColumn->addWidget(new FindingsPanel(m_check, this), 1);
    checkColumn->addLayout(perPhase);

    auto* middle = new QHBoxLayout;
    middle->addLayout(phasorColumn, 1);
    middle->addLayout(checkColumn, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(middle, 1);
    layout->addWidget(new LiveReadingsView(m_stream, this));

    connect(m_retry, &QPushButton::clicked, &m_stream, &LiveStreamController::restart);
    connect(&m_stream, &LiveStreamController::stateChanged, this, &LiveCheckView::refreshSummary);
    connect(&m_check, &LiveCheckController::windowStateChanged, this, &LiveCheckView::refreshSummary);
    connect(&m_check, &LiveCheckController::diagnosisChanged, this, &LiveCheckView::refreshSummary);
    connect(&m_check, &LiveCheckController::readingsChanged, this, &LiveCheckView::refreshPhasors);
    retranslate();
    refreshPhasors();
}

void LiveCheckView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LiveCheckView::retranslate()
{
    m_retry->setText(tr("Try again"));
    m_phasors->setPlaceholderText(tr("The phasors appear here when live readings arrive."));
    m_phasorLegend->setText(
        tr("Black: voltages. Blue: currents. Shaded: where each current belongs "
           "(power factor 0.5 lagging to 0.8 leading). Red, dashed, with \u26A0: a current "
           "out of place. Grey: too little current to judge."));
    // The diagnosis' sentences were written in the old language: have them written again.
    m_check.refreshTexts();
    refreshSummary();
}

void LiveCheckView::refreshSummary()
{
    const LiveCheckSummary summary = summarizeLiveCheck(m_stream.state(), m_stream.error(), m_check);
    if (summary != m_banner->summary())
        m_banner->setSummary(summary);
    m_retry->setVisible(m_stream.state() == LiveStreamController::State::Failed);
}

void LiveCheckView::refreshPhasors()
{
    m_phasors->setDiagram(m_check.phasorDiagram());
}

} // namespace iotpro::ui
