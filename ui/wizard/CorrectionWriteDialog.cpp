#include "CorrectionWriteDialog.h"

#include "ConnectionController.h"
#include "KeyChooser.h"
#include "LabelCodeBox.h"
#include "LargeButtons.h"
#include "commissioning/CommissioningSession.h"
#include "commissioning/ConfigWriter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotpro::ui {

CorrectionWriteDialog::CorrectionWriteDialog(WizardServices& services, const MeteringSetup& measuredWith,
    commissioning::CtArrangement arrangement, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_arrangement(std::move(arrangement))
    , m_writer(new commissioning::ConfigWriter(services.client, this))
    , m_changes(new QLabel(this))
    , m_keys(new KeyChooser(services, this))
    , m_code(new LabelCodeBox(services.virtualModule, this))
    , m_write(new QPushButton(this))
    , m_progress(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("correctionWriteDialog"));
    setWindowTitle(tr("Apply the software correction"));
    m_write->setObjectName(QStringLiteral("writeCorrectionButton"));
    m_outcome->setObjectName(QStringLiteral("correctionWriteOutcome"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_write->setAutoDefault(true);
    makeLargeTarget(*m_write);

    QStringList lines { tr("The module's present configuration is written again with only these CT settings "
                           "changed:") };
    for (const QString& change : commissioning::arrangementChanges(measuredWith, m_arrangement))
        lines.append(u"\u2022 "_qs + change);
    lines.append(tr("It is signed with your key and written as one transaction; the live check then starts "
                    "over with the corrected readings. Your other settings are written at step 10, with this "
                    "correction in them, and the report flags it as a software correction."));
    m_changes->setText(lines.join(u'\n'));
    m_write->setText(tr("&Write the correction"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_changes);
    layout->addWidget(m_keys);
    layout->addWidget(m_code);
    layout->addWidget(m_write, 0, Qt::AlignLeft);
    layout->addWidget(m_progress);
    layout->addWidget(m_outcome);
    layout->addWidget(m_buttons);

    connect(m_keys, &KeyChooser::readinessChanged, this, &CorrectionWriteDialog::refresh);
    connect(m_code, &LabelCodeBox::codeChanged, this, &CorrectionWriteDialog::refresh);
    connect(&m_services.session, &commissioning::CommissioningSession::changed, this, &CorrectionWriteDialog::refresh);
    connect(m_write, &QPushButton::clicked, this, &CorrectionWriteDialog::write);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CorrectionWriteDialog::reject);
    connect(m_writer, &commissioning::ConfigWriter::stepStarted, this, [this](commissioning::WriteStep step) {
        m_progress->setText(u"\u25B6 "_qs + commissioning::stepText(step));
        m_outcome->clear();
    });
    connect(m_writer, &commissioning::ConfigWriter::written, this,
        [this](const commissioning::ConfigWriteResult& result) { onWritten(result.counter); });
    connect(m_writer, &commissioning::ConfigWriter::failed, this, &CorrectionWriteDialog::onFailed);
    connect(m_writer, &commissioning::ConfigWriter::finished, this, &CorrectionWriteDialog::refresh);

    m_code->setVirtualModule(isVirtualModule());
    m_code->fillInVirtualCode();
    m_keys->retranslate();
    m_keys->refresh();
    refresh();
}

CorrectionWriteDialog::~CorrectionWriteDialog() = default;

void CorrectionWriteDialog::reject()
{
    // A write under way is finished first: the outcome must be known before the dialog goes.
    if (!m_writer->isRunning())
        QDialog::reject();
}

bool CorrectionWriteDialog::isVirtualModule() const
{
    const std::optional<ConnectionTarget>& target = m_services.connection.activeTarget();
    return target && target->kind == ConnectionTarget::Kind::VirtualModule;
}

void CorrectionWriteDialog::refresh()
{
    const commissioning::CommissioningSession& session = m_services.session;
    const bool running = m_writer->isRunning();
    const bool linked = session.isLinkUp() && !session.otherModule() && session.moduleState();
    m_write->setEnabled(linked && !running && m_keys->isReady() && !m_code->code().isEmpty());
    m_keys->setEnabled(!running);
    m_code->setEnabled(!running);
    m_buttons->setEnabled(!running);
}

void CorrectionWriteDialog::write()
{
    const std::optional<ConfigState>& active = m_services.session.moduleState();
    if (!active)
        return;
    Result<security::SigningKey> key = m_keys->loadKey();
    if (!key) {
        m_outcome->setText(u"\u2716 "_qs + key.error().toString());
        return;
    }
    commissioning::ConfigWriteRequest request;
    request.config = active->config; // secrets empty: the module keeps its own
    request.config.metering = commissioning::withCtArrangement(active->config.metering, m_arrangement);
    request.labelCode = m_code->code();
    request.runNetworkCheck = false; // only the metering changes
    m_writer->start(std::move(request), std::move(key.value()));
    refresh();
}

void CorrectionWriteDialog::onWritten(quint64 counter)
{
    // The module runs it: the draft follows, so that the wizard's own write keeps the correction.
    m_services.session.editDraft([this](config::DeviceConfig& draft) {
        draft.metering = commissioning::withCtArrangement(draft.metering, m_arrangement);
    });
    m_services.session.retryModuleState(); // Review compares with what the module runs now
    Q_EMIT corrected(counter);
    accept();
}

void CorrectionWriteDialog::onFailed(const commissioning::ConfigWriteFailure& failure)
{
    m_outcome->setText(u"\u2716 "_qs + commissioning::failureLines(failure).join(u'\n'));
    refresh();
}

} // namespace iotpro::ui
