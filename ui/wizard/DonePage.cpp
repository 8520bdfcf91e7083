#include "DonePage.h"

#include "LargeButtons.h"
#include "ReportExportButtons.h"
#include "WizardRecorder.h"
#include "commissioning/CommissioningSession.h"
#include "report/ReportTexts.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotpro::ui {

DonePage::DonePage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::Done, services, parent)
    , m_summary(new QLabel(this))
    , m_report(new ReportExportButtons(services.history, this))
    , m_another(new QPushButton(this))
{
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_another->setObjectName(QStringLiteral("commissionAnother"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    m_summary->setFont(summaryFont);
    m_another->setAutoDefault(true);
    makeLargeTarget(*m_another);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_report);
    layout->addSpacing(12);
    layout->addWidget(m_another, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_another, &QPushButton::clicked, &m_services.session, &commissioning::CommissioningSession::startOver);
    connect(&m_services.recorder, &WizardRecorder::changed, this, &DonePage::refresh);
    retranslate();
}

QString DonePage::title() const
{
    return tr("Done");
}

QString DonePage::instructions() const
{
    return {};
}

void DonePage::retranslate()
{
    m_another->setText(tr("Commission the ne&xt module"));
    refresh();
}

void DonePage::refresh()
{
    const commissioning::CommissioningSession& session = m_services.session;
    const config::InstallationConfig& installation = draft().installation;
    QStringList place;
    for (const QString& part : { installation.site, installation.panel, installation.circuit }) {
        if (!part.isEmpty())
            place.append(part);
    }
    QStringList lines;
    lines.append(tr("\u2714 Module %1 is commissioned with configuration number %2.")
                     .arg(session.module() ? session.module()->serialNumber : QString())
                     .arg(session.written() ? session.written()->counter : 0));
    if (!place.isEmpty())
        lines.append(tr("Where: %1.").arg(place.join(QStringLiteral(" / "))));
    lines.append(session.isLiveCheckPassed() ? tr("Wiring check: PASS.")
                                             : tr("Wiring check: continued without PASS, as you confirmed."));
    const WizardRecorder& recorder = m_services.recorder;
    QStringList unconfirmed;
    for (storage::ChecklistItem item : storage::allChecklistItems) {
        if (!recorder.confirmed().contains(item))
            unconfirmed.append(report::texts::checklistItem(item));
    }
    lines.append(unconfirmed.isEmpty()
            ? tr("Safety checklist: every point confirmed.")
            : tr("\u2716 Safety checklist: NOT confirmed, and reported so: %1.")
                  .arg(unconfirmed.join(QStringLiteral("; "))));
    if (recorder.lastSession())
        lines.append(tr("Recorded in the job history as session %1.").arg(*recorder.lastSession()));
    if (recorder.lastSession() && recorder.recordError())
        lines.append(tr("\u2716 The job history could not be updated: %1").arg(recorder.recordError()->toString()));
    else if (recorder.recordError())
        lines.append(tr("\u2716 Not recorded in the job history: %1").arg(recorder.recordError()->toString()));
    lines.append(tr("Disconnect the module, close the panel, and connect the next module to commission it."));
    m_summary->setText(lines.join(u'\n'));
    m_report->setSession(recorder.lastSession());
}

} // namespace iotpro::ui
