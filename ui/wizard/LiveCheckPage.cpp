#include "LiveCheckPage.h"

#include "CorrectionWriteDialog.h"
#include "FindingsPanel.h"
#include "LargeButtons.h"
#include "LiveCheckController.h"
#include "LiveVerdict.h"
#include "LoadGaugePanel.h"
#include "PhasorView.h"
#include "VerdictBanner.h"
#include "commissioning/CommissioningSession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

QString wiringName(electrical::Wiring wiring)
{
    switch (wiring) {
    case electrical::Wiring::ThreePhaseFourWire:
        return QStringLiteral("3P4W");
    case electrical::Wiring::ThreePhaseThreeWire:
        return QStringLiteral("3P3W");
    case electrical::Wiring::SinglePhase:
        return QStringLiteral("1P");
    }
    return {};
}

/// Whether the module meters as `metering` says (the part of it the live check depends on).
bool metersAs(const MeteringSetup& setup, const config::MeteringConfig& metering)
{
    const int inputs = electrical::ctInputCount(metering.wiring);
    if (setup.wiring != metering.wiring || setup.ctPrimaryA.size() < inputs || setup.ctPhase.size() < inputs
        || setup.ctInverted.size() < inputs)
        return false;
    for (int k = 0; k < inputs; ++k) {
        const config::CtInputConfig& input = metering.ctInputs[static_cast<std::size_t>(k)];
        // The module folds the mounting direction into its inversion.
        const bool inverted = input.inverted != (input.direction == config::CtDirection::TowardsSupply);
        if (setup.ctPrimaryA[k] != input.ratingA || setup.ctPhase[k] != static_cast<int>(input.phase)
            || setup.ctInverted[k] != inverted)
            return false;
    }
    return true;
}

} // namespace

LiveCheckPage::LiveCheckPage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::LiveCheck, services, parent)
    , m_banner(new VerdictBanner(this))
    , m_setupNote(new QLabel(this))
    , m_phasors(new PhasorView(this))
    , m_findings(new FindingsPanel(m_services.liveCheck, this))
    , m_correctionNote(new QLabel(this))
    , m_acknowledge(new QCheckBox(this))
    , m_fullView(new QPushButton(this))
{
    m_setupNote->setObjectName(QStringLiteral("liveSetupNote"));
    m_correctionNote->setObjectName(QStringLiteral("liveCorrectionNote"));
    m_correctionNote->setWordWrap(true);
    m_correctionNote->setVisible(false);
    m_acknowledge->setObjectName(QStringLiteral("liveCheckAcknowledge"));
    m_fullView->setObjectName(QStringLiteral("openFullLiveCheck"));
    m_setupNote->setWordWrap(true);
    m_setupNote->setStyleSheet(QStringLiteral("background: #eef3f8; color: #10243a; padding: 6px; border-radius: 4px;"));
    m_fullView->setAutoDefault(true);
    makeLargeTarget(*m_fullView);

    auto* checkColumn = new QVBoxLayout;
    checkColumn->addWidget(m_findings, 1);
    checkColumn->addWidget(new LoadGaugePanel(m_services.liveCheck, this));
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_phasors, 1);
    middle->addLayout(checkColumn, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_acknowledge);
    bottom->addStretch(1);
    bottom->addWidget(m_fullView);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_setupNote);
    layout->addWidget(m_correctionNote);
    layout->addLayout(middle, 1);
    layout->addLayout(bottom);

    followLiveVerdict(*m_banner, m_services.liveStream, m_services.liveCheck);
    connect(&m_services.liveCheck, &LiveCheckController::diagnosisChanged, this, &LiveCheckPage::onVerdictChanged);
    connect(&m_services.liveCheck, &LiveCheckController::diagnosisChanged, this, [this] {
        const std::optional<electrical::Diagnosis>& diagnosis = m_services.liveCheck.diagnosis();
        if (diagnosis && diagnosis->correction)
            m_correctionNote->setVisible(false); // a new finding: the last correction is not the news
        m_findings->offerCorrection(correctionUnavailable());
    });
    connect(m_findings, &FindingsPanel::applyCorrectionRequested, this, &LiveCheckPage::applyCorrection);
    connect(&m_services.liveCheck, &LiveCheckController::readingsChanged, this, [this] {
        if (isVisible())
            m_phasors->setDiagram(m_services.liveCheck.phasorDiagram());
    });
    connect(m_acknowledge, &QCheckBox::toggled, &m_services.session,
        &commissioning::CommissioningSession::setLiveCheckAcknowledged);
    connect(m_fullView, &QPushButton::clicked, this, &LiveCheckPage::fullViewRequested);
    retranslate();
    onVerdictChanged();
}

QString LiveCheckPage::title() const
{
    return tr("Live wiring check");
}

QString LiveCheckPage::instructions() const
{
    return tr("With load on the circuit, the module's readings show whether each CT is on its phase and "
              "faces the right way. Fix what the findings say until the check shows PASS.");
}

void LiveCheckPage::retranslate()
{
    m_phasors->setPlaceholderText(tr("The phasors appear here when live readings arrive."));
    m_acknowledge->setText(tr("Go &on without PASS (this is recorded)"));
    m_fullView->setText(tr("Readings and clamp me&ter…"));
    m_fullView->setToolTip(tr("Opens the full live check: the readings table and the clamp-meter cross-check."));
    refresh();
}

void LiveCheckPage::refresh()
{
    const commissioning::CommissioningSession& session = m_services.session;
    m_acknowledge->setChecked(session.isLiveCheckAcknowledged());
    m_acknowledge->setVisible(!session.isLiveCheckPassed() || session.isLiveCheckAcknowledged());
    const QString difference = setupDifference();
    m_setupNote->setText(difference);
    m_setupNote->setVisible(!difference.isEmpty());
    m_phasors->setDiagram(m_services.liveCheck.phasorDiagram());
    m_findings->offerCorrection(correctionUnavailable());
}

void LiveCheckPage::onVerdictChanged()
{
    const std::optional<electrical::Diagnosis>& diagnosis = m_services.liveCheck.diagnosis();
    m_services.session.setLiveCheckPassed(diagnosis && diagnosis->verdict == electrical::Verdict::Pass);
}

QString LiveCheckPage::setupDifference() const
{
    const std::optional<MeteringSetup>& setup = m_services.liveCheck.meteringSetup();
    const config::MeteringConfig& metering = draft().metering;
    if (!setup || metersAs(*setup, metering))
        return {};
    QStringList ratings;
    for (const double rating : setup->ctPrimaryA)
        ratings.append(QLocale().toString(rating, 'f', 0));
    return tr("The module still measures with its present settings (%1, CTs of %2 A): this check uses "
              "them. Your settings take effect when you write them (step 10); the Verify step shows this "
              "check again with them.")
        .arg(wiringName(setup->wiring), ratings.join(QStringLiteral(" / ")));
}

QString LiveCheckPage::correctionUnavailable() const
{
    const commissioning::CommissioningSession& session = m_services.session;
    if (!session.isLinkUp() || session.otherModule())
        return tr("Connect the module again to write the correction.");
    const commissioning::Blocker blocker = session.blockerAt(commissioning::Step::LiveCheck);
    if (!session.moduleState() || blocker == commissioning::Blocker::ReadingModule
        || blocker == commissioning::Blocker::ReadFailed)
        return tr("The correction can be written once the module's configuration is read.");
    if (session.isWriteInProgress())
        return tr("A configuration is being written; the correction can be written after it.");
    const std::optional<MeteringSetup>& setup = m_services.liveCheck.meteringSetup();
    if (setup && setup->wiring != draft().metering.wiring) {
        return tr("The module measures as %1 and your settings say %2: this correction belongs to the wiring the "
                  "module measures now. Write your settings first (step 10), then come back to this step.")
            .arg(wiringName(setup->wiring), wiringName(draft().metering.wiring));
    }
    return {};
}

void LiveCheckPage::applyCorrection()
{
    const std::optional<electrical::Diagnosis>& diagnosis = m_services.liveCheck.diagnosis();
    const std::optional<MeteringSetup>& setup = m_services.liveCheck.meteringSetup();
    if (!diagnosis || !diagnosis->correction || !setup || !correctionUnavailable().isEmpty())
        return;
    const auto arrangement = commissioning::correctedArrangement(*setup, *diagnosis->correction);
    if (!std::holds_alternative<commissioning::CtArrangement>(arrangement))
        return; // the panel says why
    auto* dialog
        = new CorrectionWriteDialog(m_services, *setup, std::get<commissioning::CtArrangement>(arrangement), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CorrectionWriteDialog::corrected, this, [this](quint64 counter) {
        m_correctionNote->setText(tr("\u2714 The correction is written: the module runs configuration number %1 and "
                                     "corrects its CT inputs in software. The check starts over with the corrected "
                                     "readings.")
                                      .arg(counter));
        m_correctionNote->setVisible(true);
    });
    dialog->open();
}

} // namespace iotpro::ui
