#include "FindingsPanel.h"

#include "LargeButtons.h"
#include "LiveCheckController.h"
#include "LiveCheckSummary.h"
#include "commissioning/CtCorrection.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace iotpro::ui {

using namespace electrical;

namespace {

constexpr CtSecondary kSecondaries[]
    = { CtSecondary::Voltage333mV, CtSecondary::Current1A, CtSecondary::Current5A };

/// The severity in words and a colour with at least 7:1 contrast on white.
std::pair<QString, QLatin1String> severityLook(Severity severity)
{
    switch (severity) {
    case Severity::Fail:
        return { FindingsPanel::tr("FAIL"), QLatin1String("#b71c1c") };
    case Severity::Warn:
        return { FindingsPanel::tr("CHECK"), QLatin1String("#6b4e00") };
    case Severity::Info:
        break;
    }
    return { FindingsPanel::tr("NOTE"), QLatin1String("#1a1a1a") };
}

QString findingsHtml(const Diagnosis& diagnosis)
{
    if (diagnosis.findings.isEmpty())
        return u"<p>"_qs + FindingsPanel::tr("No problems found.").toHtmlEscaped() + u"</p>"_qs;
    QString html;
    for (const Finding& finding : diagnosis.findings) {
        const auto [word, colour] = severityLook(finding.severity);
        html += u"<p><b style=\"color:%1\">%2</b> <b>%3</b><br>%4</p>"_qs.arg(colour, word.toHtmlEscaped(),
            findingTitle(finding).toHtmlEscaped(), finding.message.toHtmlEscaped());
    }
    return html;
}

} // namespace

FindingsPanel::FindingsPanel(LiveCheckController& check, QWidget* parent)
    : QGroupBox(parent)
    , m_check(check)
    , m_findings(new QTextBrowser(this))
    , m_correctionNote(new QLabel(this))
    , m_secondaryLabel(new QLabel(this))
    , m_secondary(new QComboBox(this))
    , m_applyCorrection(new QPushButton(this))
    , m_correctionHelp(new QLabel(this))
{
    m_findings->setObjectName(QStringLiteral("findingsText"));
    m_findings->setOpenLinks(false);
    m_findings->setFrameShape(QFrame::NoFrame);
    QFont findingsFont = m_findings->font();
    findingsFont.setPointSizeF(findingsFont.pointSizeF() * 1.1);
    m_findings->setFont(findingsFont);
    m_correctionNote->setObjectName(QStringLiteral("softwareCorrectionNote"));
    m_correctionNote->setWordWrap(true);
    m_correctionNote->setVisible(false);
    m_secondary->setObjectName(QStringLiteral("ctSecondaryCombo"));
    m_secondaryLabel->setBuddy(m_secondary);
    for (int i = 0; i < int(std::size(kSecondaries)); ++i)
        m_secondary->addItem(QString());
    m_applyCorrection->setObjectName(QStringLiteral("applyCorrectionButton"));
    makeLargeTarget(*m_applyCorrection);
    m_correctionHelp->setObjectName(QStringLiteral("correctionHelp"));
    m_correctionHelp->setWordWrap(true);
    m_correctionHelp->setVisible(false);

    auto* secondary = new QHBoxLayout;
    secondary->addWidget(m_secondaryLabel);
    secondary->addWidget(m_secondary);
    secondary->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_applyCorrection, 0, Qt::AlignRight);
    layout->addWidget(m_correctionHelp);
    layout->addWidget(m_correctionNote);
    layout->addLayout(secondary);

    connect(m_secondary, &QComboBox::activated, this, &FindingsPanel::onSecondaryChosen);
    connect(m_applyCorrection, &QPushButton::clicked, this, &FindingsPanel::onApplyCorrection);
    connect(&m_check, &LiveCheckController::diagnosisChanged, this, &FindingsPanel::refresh);
    connect(&m_check, &LiveCheckController::windowStateChanged, this, &FindingsPanel::refresh);
    connect(&m_check, &LiveCheckController::readingsChanged, this, &FindingsPanel::refreshCorrectionNote);
    retranslate();
}

void FindingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void FindingsPanel::retranslate()
{
    setTitle(tr("Findings and fixes"));
    m_secondaryLabel->setText(tr("CT &secondary:"));
    m_secondary->setItemText(0, tr("333 mV (safe to disconnect)"));
    m_secondary->setItemText(1, tr("1 A (short before disconnecting)"));
    m_secondary->setItemText(2, tr("5 A (short before disconnecting)"));
    m_secondary->setToolTip(tr("What the CTs deliver. The fixes advised depend on it: an open 1 A or 5 A "
                               "secondary under load gives dangerous voltages."));
    m_correctionNote->setText(
        tr("The module already corrects its CT inputs in software (its configuration "
           "moves or inverts them): these readings and findings are after that correction."));
    m_applyCorrection->setText(tr("Apply software correction"));
    refresh();
}

void FindingsPanel::offerCorrection(const QString& unavailable)
{
    m_correctionOffered = true;
    m_correctionUnavailable = unavailable;
    refresh();
}

void FindingsPanel::refresh()
{
    const auto chosen = std::find(std::cbegin(kSecondaries), std::cend(kSecondaries), m_check.ctSecondary());
    m_secondary->setCurrentIndex(int(chosen - std::cbegin(kSecondaries)));
    const std::optional<Diagnosis>& diagnosis = m_check.diagnosis();
    refreshCorrectionAction(diagnosis);
    const QString html = diagnosis ? findingsHtml(*diagnosis)
                                   : u"<p style=\"color:#444444\">"_qs
            + tr("The findings appear here after %1 s of steady readings, each with its fix.")
                  .arg(std::chrono::duration_cast<std::chrono::seconds>(LiveCheckController::kWindowLength)
                           .count())
                  .toHtmlEscaped()
            + u"</p>"_qs;
    // Same text, no reset: the electrician may be scrolling through a long finding.
    if (html != m_shownHtml) {
        m_shownHtml = html;
        m_findings->setHtml(html);
    }
}

void FindingsPanel::refreshCorrectionNote()
{
    const std::optional<MeteringSetup>& setup = m_check.meteringSetup();
    const bool corrected = setup && setup->hasSoftwareCorrection();
    if (corrected != m_correctionNote->isVisibleTo(this))
        m_correctionNote->setVisible(corrected);
}

void FindingsPanel::refreshCorrectionAction(const std::optional<Diagnosis>& diagnosis)
{
    const std::optional<MeteringSetup>& setup = m_check.meteringSetup();
    const bool found = diagnosis && diagnosis->correction && setup;
    if (!found)
        m_explainCorrection = false;
    QString help;
    bool possible = false;
    if (found) {
        const auto arrangement = commissioning::correctedArrangement(*setup, *diagnosis->correction);
        if (const auto* refusal = std::get_if<commissioning::CorrectionRefusal>(&arrangement))
            help = commissioning::refusalText(*refusal);
        else if (m_correctionOffered)
            help = m_correctionUnavailable;
        else if (m_explainCorrection)
            help = tr("Applying the correction writes the module's configuration, signed with a key the module "
                      "trusts and paired with the code on its label. Open the commissioning wizard at its live "
                      "check (step 6) and apply it there: these readings then come right.");
        possible = std::holds_alternative<commissioning::CtArrangement>(arrangement)
            && (!m_correctionOffered || m_correctionUnavailable.isEmpty());
    }
    m_applyCorrection->setVisible(found);
    m_applyCorrection->setEnabled(possible);
    m_applyCorrection->setToolTip(m_correctionOffered
            ? tr("Writes the CT remap and inversion the findings call for to the module, signed with your key, "
                 "so that its readings come right.")
            : tr("Correcting the inputs in software changes the module's configuration, which needs its signed "
                 "configuration write: use the commissioning wizard."));
    m_correctionHelp->setText(help);
    m_correctionHelp->setVisible(found && !help.isEmpty());
}

void FindingsPanel::onApplyCorrection()
{
    if (m_correctionOffered) {
        Q_EMIT applyCorrectionRequested();
        return;
    }
    m_explainCorrection = true;
    refresh();
}

void FindingsPanel::onSecondaryChosen(int index)
{
    if (index >= 0 && index < int(std::size(kSecondaries)))
        m_check.setCtSecondary(kSecondaries[index]);
}

} // namespace iotpro::ui
