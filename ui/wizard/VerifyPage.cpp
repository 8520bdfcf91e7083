#include "VerifyPage.h"

#include "LargeButtons.h"
#include "LiveVerdict.h"
#include "SignWritePage.h"
#include "VerdictBanner.h"
#include "WizardRecorder.h"
#include "commissioning/CommissioningSession.h"
#include "commissioning/ConfigWriter.h"
#include "commissioning/NetworkCheckText.h"
#include "device/CheckRequests.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

QString markOf(CheckState state)
{
    switch (state) {
    case CheckState::Passed:
        return QStringLiteral("\u2714");
    case CheckState::Failed:
        return QStringLiteral("\u2716");
    case CheckState::Disabled:
    case CheckState::NotFitted:
    case CheckState::Unknown:
        break;
    }
    return QStringLiteral("\u2013");
}

QString kilowattHours(quint64 wattHours)
{
    return QLocale().toString(static_cast<double>(wattHours) / 1000.0, 'f', 3);
}

QLabel* newSectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

VerifyPage::VerifyPage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::Verify, services, parent)
    , m_written(new QLabel(this))
    , m_details(new QLabel(this))
    , m_networkTitle(newSectionTitle(this))
    , m_network(new QLabel(this))
    , m_checkAgain(new QPushButton(this))
    , m_liveTitle(newSectionTitle(this))
    , m_banner(new VerdictBanner(this))
    , m_checklist(new QGroupBox(this))
    , m_checklistNote(new QLabel(m_checklist))
{
    using storage::ChecklistItem;
    const std::pair<ChecklistItem, QString> checks[]
        = { { ChecklistItem::CtSecondariesNeverOpen, QStringLiteral("checkCtSecondaries") },
              { ChecklistItem::VoltageTapsFused, QStringLiteral("checkVoltageTapsFused") },
              { ChecklistItem::EnclosureClosed, QStringLiteral("checkEnclosureClosed") } };
    auto* checklistLayout = new QVBoxLayout(m_checklist);
    for (const auto& [item, name] : checks) {
        auto* check = new QCheckBox(m_checklist);
        check->setObjectName(name);
        checklistLayout->addWidget(check);
        m_checks.insert(item, check);
        connect(check, &QCheckBox::toggled, this,
            [this, item = item](bool confirmed) { m_services.recorder.setConfirmed(item, confirmed); });
    }
    checklistLayout->addWidget(m_checklistNote);
    m_checklist->setObjectName(QStringLiteral("safetyChecklist"));
    m_checklistNote->setObjectName(QStringLiteral("safetyChecklistNote"));
    m_checklistNote->setWordWrap(true);

    m_written->setObjectName(QStringLiteral("verifyWritten"));
    m_details->setObjectName(QStringLiteral("verifyDetails"));
    m_network->setObjectName(QStringLiteral("verifyNetwork"));
    m_checkAgain->setObjectName(QStringLiteral("verifyNetworkAgain"));
    QFont writtenFont = m_written->font();
    writtenFont.setBold(true);
    writtenFont.setPointSizeF(writtenFont.pointSizeF() * 1.3);
    m_written->setFont(writtenFont);
    m_written->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_network->setWordWrap(true);
    m_network->setTextFormat(Qt::PlainText);
    m_checkAgain->setAutoDefault(true);
    makeLargeTarget(*m_checkAgain);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_written);
    layout->addWidget(m_details);
    layout->addSpacing(10);
    layout->addWidget(m_networkTitle);
    layout->addWidget(m_network);
    layout->addWidget(m_checkAgain, 0, Qt::AlignLeft);
    layout->addSpacing(10);
    layout->addWidget(m_liveTitle);
    layout->addWidget(m_banner);
    layout->addSpacing(10);
    layout->addWidget(m_checklist);
    layout->addStretch(1);

    followLiveVerdict(*m_banner, m_services.liveStream, m_services.liveCheck);
    commissioning::ConfigWriter& writer = m_services.writer;
    connect(&writer, &commissioning::ConfigWriter::stepStarted, this, [this](commissioning::WriteStep step) {
        if (step == commissioning::WriteStep::ReadState) {
            m_result.reset();
            m_report.reset();
            m_networkError.reset();
        }
        refresh();
    });
    connect(&writer, &commissioning::ConfigWriter::written, this, [this](const commissioning::ConfigWriteResult& result) {
        m_result = result;
        refresh();
    });
    connect(&writer, &commissioning::ConfigWriter::networkChecked, this, [this](const NetworkCheckReport& report) {
        m_report = report;
        refresh();
    });
    connect(&writer, &commissioning::ConfigWriter::networkCheckFailed, this, [this](const Error& error) {
        m_networkError = error;
        refresh();
    });
    connect(m_checkAgain, &QPushButton::clicked, this, &VerifyPage::runNetworkCheck);
    connect(&m_services.recorder, &WizardRecorder::changed, this, &VerifyPage::showChecklist);
    retranslate();
}

QString VerifyPage::title() const
{
    return tr("Verify");
}

QString VerifyPage::instructions() const
{
    return tr("The configuration is read back from the module and compared, then the module tries its "
              "networks and GPS with it.");
}

void VerifyPage::retranslate()
{
    m_networkTitle->setText(tr("Networks and GPS"));
    m_checkAgain->setText(tr("Check the networks a&gain"));
    m_liveTitle->setText(tr("Live wiring check with the new settings"));
    m_checklist->setTitle(tr("Safety checklist: before you leave the panel"));
    m_checks[storage::ChecklistItem::CtSecondariesNeverOpen]->setText(
        tr("C&T secondaries were never open-circuited (shorted before any was disconnected)"));
    m_checks[storage::ChecklistItem::VoltageTapsFused]->setText(tr("&Voltage taps are fused"));
    m_checks[storage::ChecklistItem::EnclosureClosed]->setText(tr("The &enclosure and the panel are closed"));
    m_checklistNote->setText(tr("Tick only what you have checked. Each point is recorded in the job history "
                                "as you tick it; one left unticked is reported as NOT confirmed."));
    refresh();
}

void VerifyPage::refresh()
{
    m_written->setText(writtenText());
    const QString opening = openingText();
    m_details->setText(opening);
    m_details->setVisible(!opening.isEmpty());
    showNetwork();
    showChecklist();
}

void VerifyPage::showChecklist()
{
    const QList<storage::ChecklistItem>& confirmed = m_services.recorder.confirmed();
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const QSignalBlocker quiet(it.value());
        it.value()->setChecked(confirmed.contains(it.key()));
    }
}

QString VerifyPage::writtenText() const
{
    const commissioning::CommissioningSession& session = m_services.session;
    if (!session.written())
        return tr("The configuration is not written yet.");
    const QString module = session.module() ? session.module()->serialNumber : QString();
    QString text = tr("\u2714 Module %1 runs configuration number %2: read back and identical to what was signed.")
                       .arg(module)
                       .arg(session.written()->counter);
    if (!m_result)
        text += u'\n' + tr("The link broke during the write; reading the module afterwards showed the new configuration active.");
    return text;
}

QString VerifyPage::openingText() const
{
    if (!m_result)
        return {};
    const commissioning::ConfigWriteResult& result = *m_result;
    const commissioning::OpeningReadings& opening = result.opening;
    QStringList lines;
    lines.append(tr("Signed with key %1. Settings changed: %2. Fingerprint of the configuration: %3.")
                     .arg(result.signerFingerprint)
                     .arg(result.changes.size())
                     .arg(QString::fromLatin1(result.configHash.toHex().left(16))));
    lines.append(tr("Energy registers before the write: %1 kWh imported, %2 kWh exported.")
                     .arg(kilowattHours(opening.energy.activeImportWh), kilowattHours(opening.energy.activeExportWh)));
    if (opening.clockSet && !opening.clockSynchronized) {
        lines.append(tr("The module's clock had not been set since it started; it was set to this computer's time."));
    } else if (opening.clockSet) {
        lines.append(tr("The module's clock was %1 s off; it was set to this computer's time.")
                         .arg(QLocale().toString(static_cast<double>(opening.clockOffsetMs) / 1000.0, 'f', 1)));
    } else {
        lines.append(tr("The module's clock is right (time zone %1).").arg(opening.timeZone));
    }
    if (result.recoveredAfterLinkLoss)
        lines.append(tr("The link broke after the upload; reconnecting showed the new configuration active."));
    return lines.join(u'\n');
}

void VerifyPage::showNetwork()
{
    const commissioning::CommissioningSession& session = m_services.session;
    QString text;
    if (session.isNetworkCheckRunning()) {
        text = tr("The module is trying its networks and GPS… (up to %1 s)").arg(SignWritePage::kNetworkCheckTimeoutS);
    } else if (m_networkError) {
        text = tr("\u2716 The network check did not complete: %1").arg(m_networkError->toString());
    } else if (m_report) {
        QStringList lines;
        for (const commissioning::NetworkCheckLine& line : commissioning::describeNetworkCheck(*m_report))
            lines.append(QStringLiteral("%1  %2: %3").arg(markOf(line.state), line.name, line.text));
        text = lines.join(u'\n');
    } else {
        text = tr("No network check has run. Networks and GPS are off, or the check was not run yet.");
    }
    m_network->setText(text);
    m_checkAgain->setEnabled(session.isLinkUp() && !session.otherModule() && session.written()
        && !session.isNetworkCheckRunning() && !m_services.writer.isRunning());
}

void VerifyPage::runNetworkCheck()
{
    const quint64 check = ++m_networkCheck;
    m_networkError.reset();
    m_report.reset();
    m_services.session.setNetworkCheckRunning(true);
    CheckRequests(m_services.client)
        .networkCheck(SignWritePage::kNetworkCheckTimeoutS, this, [this, check](Result<NetworkCheckReport> report) {
            if (check != m_networkCheck)
                return;
            if (report)
                m_report = report.value();
            else
                m_networkError = report.error();
            m_services.recorder.networkCheckedAgain(report);
            m_services.session.setNetworkCheckRunning(false);
        });
}

} // namespace iotpro::ui
