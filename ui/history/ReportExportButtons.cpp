#include "ReportExportButtons.h"

#include "JobHistory.h"
#include "LargeButtons.h"
#include "report/CommissioningReport.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace iotpro::ui {

ReportExportButtons::ReportExportButtons(JobHistory& history, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_chooseFile([](QWidget* owner, const QString& title, const QString& suggested, const QString& filter) {
        return QFileDialog::getSaveFileName(owner, title, suggested, filter);
    })
    , m_pdf(new QPushButton(this))
    , m_json(new QPushButton(this))
    , m_outcome(new QLabel(this))
{
    m_pdf->setObjectName(QStringLiteral("exportReportPdf"));
    m_json->setObjectName(QStringLiteral("exportReportJson"));
    m_outcome->setObjectName(QStringLiteral("exportReportOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPushButton* button : { m_pdf, m_json }) {
        button->setAutoDefault(true);
        makeLargeTarget(*button);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_json);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(Form::Pdf); });
    connect(m_json, &QPushButton::clicked, this, [this] { exportAs(Form::Json); });
    retranslate();
    setSession(std::nullopt);
}

void ReportExportButtons::setSession(std::optional<qint64> sessionId)
{
    if (sessionId != m_session)
        m_outcome->clear();
    m_session = sessionId;
    m_pdf->setEnabled(m_session.has_value());
    m_json->setEnabled(m_session.has_value());
}

void ReportExportButtons::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

void ReportExportButtons::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportExportButtons::retranslate()
{
    m_pdf->setText(tr("&Export report (PDF)\u2026"));
    m_pdf->setToolTip(tr("The commissioning report to hand to the client."));
    m_json->setText(tr("Export report (JS&ON)\u2026"));
    m_json->setToolTip(tr("The commissioning report as data that iotpro-cli report verify checks."));
}

void ReportExportButtons::exportAs(Form form)
{
    if (!m_session)
        return;
    const Result<storage::SessionRecord> session = m_history.session(*m_session);
    if (!session) {
        m_outcome->setText(u"\u2716 "_qs + session.error().toString());
        return;
    }
    const bool pdf = form == Form::Pdf;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(report::reportIdOf(session->uuid) + (pdf ? u".pdf"_qs : u".json"_qs));
    const QString path = m_chooseFile(this, tr("Export the commissioning report"), suggested,
        pdf ? tr("PDF documents (*.pdf)") : tr("Report data (*.json)"));
    if (path.isEmpty())
        return;
    report::ReportTargets targets;
    (pdf ? targets.pdfPath : targets.jsonPath) = path;
    const Result<report::ExportedReport> written = m_history.exportReport(*m_session, targets);
    if (!written) {
        m_outcome->setText(u"\u2716 "_qs + written.error().toString());
        return;
    }
    QString text
        = tr("\u2714 Report %1 saved as %2 (content SHA-256 %3).")
              .arg(written->report.reportId, QDir::toNativeSeparators(path), written->report.contentSha256);
    if (written->notKept)
        text += u'\n' + tr("The job history could not keep its copy: %1").arg(written->notKept->toString());
    m_outcome->setText(text);
    Q_EMIT exported(path);
}

} // namespace iotpro::ui
