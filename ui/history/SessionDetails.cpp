#include "SessionDetails.h"

#include "JobTreeModel.h"
#include "commissioning/NetworkCheckText.h"
#include "config/ConfigHash.h"
#include "report/CommissioningReport.h"
#include "report/ReportTexts.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

/// The rows, in the order shown; their labels are set in retranslate().
enum Row {
    ReportRow,
    StartedRow,
    OriginRow,
    ResultRow,
    ModuleRow,
    PlaceRow,
    PeopleRow,
    ConfigHashRow,
    CounterRow,
    SignerRow,
    LiveCheckRow,
    NetworkRow,
    ChecklistRow,
    RowCount
};

QString localTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::LongFormat);
}

QString liveCheckText(const storage::SessionRecord& session)
{
    if (!session.liveCheck)
        return SessionDetails::tr("not performed");
    const storage::LiveCheckRecord& check = *session.liveCheck;
    QStringList lines { check.acknowledgedWithoutPass
            ? SessionDetails::tr("%1, continued without PASS as the technician confirmed")
                  .arg(report::texts::verdict(check.verdict))
            : report::texts::verdict(check.verdict) };
    for (const storage::RecordedFinding& recorded : check.findings)
        lines.append(SessionDetails::tr("\u2022 %1 (%2)")
                         .arg(recorded.finding.message, report::texts::resolution(recorded.resolution)));
    return lines.join(u'\n');
}

QString networkText(const storage::SessionRecord& session)
{
    if (!session.networkCheckError.isEmpty())
        return SessionDetails::tr("did not complete: %1").arg(session.networkCheckError);
    if (!session.network)
        return SessionDetails::tr("not performed");
    QStringList lines;
    for (const commissioning::NetworkCheckLine& line : commissioning::describeNetworkCheck(*session.network))
        lines.append(SessionDetails::tr("%1: %2").arg(line.name, line.text));
    return lines.join(u'\n');
}

QString checklistText(const storage::SessionRecord& session)
{
    if (!session.checklist)
        return SessionDetails::tr("not performed");
    QStringList lines;
    for (storage::ChecklistItem item : storage::allChecklistItems) {
        lines.append(session.checklist->contains(item)
                ? SessionDetails::tr("\u2611 %1").arg(report::texts::checklistItem(item))
                : SessionDetails::tr("\u2610 %1: NOT confirmed").arg(report::texts::checklistItem(item)));
    }
    return lines.join(u'\n');
}

} // namespace

SessionDetails::SessionDetails(QWidget* parent)
    : QWidget(parent)
    , m_hint(new QLabel(this))
    , m_layout(new QFormLayout)
{
    setObjectName(QStringLiteral("sessionDetails"));
    m_hint->setWordWrap(true);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    static const char* const names[RowCount] = { "detailReport", "detailStarted", "detailOrigin",
        "detailResult", "detailModule", "detailPlace", "detailPeople", "detailConfigHash", "detailCounter",
        "detailSigner", "detailLiveCheck", "detailNetwork", "detailChecklist" };
    for (const char* name : names)
        m_values.append(addRow(QLatin1String(name)));
    // The form straight in this widget's layout (no widget of its own): the wrapped lines then
    // get their height in the scroll area.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addLayout(m_layout);
    layout->addStretch(1);
    retranslate();
}

QLabel* SessionDetails::addRow(const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addRow(new QLabel(this), value);
    return value;
}

void SessionDetails::showSession(const std::optional<storage::SessionRecord>& session)
{
    m_session = session;
    refresh();
}

void SessionDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SessionDetails::retranslate()
{
    const QStringList labels { tr("Report:"), tr("Started:"), tr("Run from:"), tr("Result:"), tr("Module:"),
        tr("Place:"), tr("Technician:"), tr("Configuration hash:"), tr("Configuration number:"),
        tr("Signed by key:"), tr("Live check:"), tr("Network check:"), tr("Safety checklist:") };
    for (int row = 0; row < RowCount; ++row) {
        auto* label = qobject_cast<QLabel*>(m_layout->itemAt(row, QFormLayout::LabelRole)->widget());
        label->setText(labels[row]);
    }
    m_hint->setText(tr("Choose a session in the list to see what was checked and written."));
    refresh();
}

void SessionDetails::refresh()
{
    m_hint->setVisible(!m_session);
    for (int row = 0; row < RowCount; ++row)
        m_layout->setRowVisible(row, m_session.has_value());
    if (!m_session)
        return;
    const storage::SessionRecord& session = *m_session;
    const config::InstallationConfig& place = session.config.installation;
    QStringList where;
    for (const QString& part : { place.site, place.panel, place.circuit }) {
        if (!part.isEmpty())
            where.append(part);
    }
    QString result = report::texts::result(session.result());
    if (session.writeFailure) {
        result += u'\n'
            + tr("The write failed at \"%1\": %2 %3")
                  .arg(commissioning::stepText(session.writeFailure->step), session.writeFailure->title,
                      session.writeFailure->detail);
    }
    const QByteArray hash
        = session.written ? session.written->configHash : config::configHash(session.config);
    QString people
        = session.technician.isEmpty() ? tr("not named (iotpro-cli history profile)") : session.technician;
    if (!session.company.isEmpty())
        people = tr("%1, %2").arg(people, session.company);

    m_values[ReportRow]->setText(report::reportIdOf(session.uuid));
    m_values[StartedRow]->setText(localTime(session.startedAt));
    m_values[OriginRow]->setText(
        tr("%1, %2").arg(report::texts::origin(session.origin), session.toolVersion));
    m_values[ResultRow]->setText(result);
    m_values[ModuleRow]->setText(tr("%1, hardware %2, firmware %3")
                                     .arg(session.module.serialNumber, session.module.hardwareRevision,
                                         session.module.firmwareVersion));
    m_values[PlaceRow]->setText(where.isEmpty() ? tr("not given") : where.join(QStringLiteral(" / ")));
    m_values[PeopleRow]->setText(people);
    m_values[ConfigHashRow]->setText(report::texts::groupedHex(hash));
    m_values[CounterRow]->setText(session.written ? tr("%1 (was %2), committed %3")
                                                        .arg(session.written->counter)
                                                        .arg(session.written->previousCounter)
                                                        .arg(localTime(session.written->committedAt))
                                                  : tr("not written"));
    m_values[SignerRow]->setText(
        session.written ? session.written->signerFingerprint : tr("nothing was signed"));
    m_values[LiveCheckRow]->setText(liveCheckText(session));
    m_values[NetworkRow]->setText(networkText(session));
    m_values[ChecklistRow]->setText(checklistText(session));
}

} // namespace iotpro::ui
