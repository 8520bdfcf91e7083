#include "SignWritePage.h"

#include "ConnectionController.h"
#include "FieldIssues.h"
#include "FormRows.h"
#include "KeyChooser.h"
#include "LabelCodeBox.h"
#include "LargeButtons.h"
#include "commissioning/CommissioningSession.h"
#include "commissioning/ConfigWriter.h"
#include "device/VirtualModuleLauncher.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotpro::ui {

using commissioning::WriteStep;

namespace {

bool anyNetworkEnabled(const config::DeviceConfig& config)
{
    return config.network.wifi.enabled || config.network.lorawan.enabled || config.network.cellular.enabled
        || config.gps.enabled;
}

} // namespace

SignWritePage::SignWritePage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::SignAndWrite, services, parent)
    , m_keys(new KeyChooser(services, this))
    , m_code(new LabelCodeBox(services.virtualModule, this))
    , m_write(new QPushButton(this))
    , m_steps(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_goToField(new QPushButton(this))
{
    m_write->setObjectName(QStringLiteral("signAndWriteButton"));
    m_steps->setObjectName(QStringLiteral("writeSteps"));
    m_outcome->setObjectName(QStringLiteral("writeOutcome"));
    m_goToField->setObjectName(QStringLiteral("goToRefusedField"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setTextFormat(Qt::PlainText);
    QFont writeFont = m_write->font();
    writeFont.setBold(true);
    m_write->setFont(writeFont);
    for (QPushButton* button : { m_write, m_goToField }) {
        button->setAutoDefault(true);
        makeLargeTarget(*button);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_keys);
    layout->addWidget(m_code);
    layout->addWidget(m_write, 0, Qt::AlignLeft);
    layout->addWidget(m_steps);
    layout->addWidget(m_outcome);
    layout->addWidget(m_goToField, 0, Qt::AlignLeft);
    layout->addStretch(1);
    setTabOrderChain({ m_code->field(), m_write, m_goToField });

    commissioning::ConfigWriter& writer = m_services.writer;
    connect(m_keys, &KeyChooser::readinessChanged, this, &SignWritePage::refresh);
    connect(m_code, &LabelCodeBox::codeChanged, this, &SignWritePage::refresh);
    connect(m_write, &QPushButton::clicked, this, &SignWritePage::write);
    connect(m_goToField, &QPushButton::clicked, this, &SignWritePage::goToRefusedField);
    connect(&writer, &commissioning::ConfigWriter::stepStarted, this, [this](WriteStep step) {
        showSteps(step, false);
        m_outcome->clear();
    });
    connect(&writer, &commissioning::ConfigWriter::reconnecting, this, [this](WriteStep step, const Error& cause) {
        m_outcome->setText(tr("The link broke while %1 (%2). Reconnecting to find out which configuration the "
                              "module has…")
                               .arg(commissioning::stepText(step).toLower(), cause.detail));
    });
    connect(&writer, &commissioning::ConfigWriter::written, this, [this](const commissioning::ConfigWriteResult& result) {
        showSteps(WriteStep::NetworkCheck, false);
        m_outcome->setText(tr("\u2714 Written and verified: the module runs configuration number %1.").arg(result.counter));
    });
    connect(&writer, &commissioning::ConfigWriter::failed, this, &SignWritePage::onFailed);
    connect(&writer, &commissioning::ConfigWriter::finished, this, &SignWritePage::refresh);
    retranslate();
}

QString SignWritePage::title() const
{
    return tr("Sign and write");
}

QString SignWritePage::instructions() const
{
    return tr("The module only accepts a configuration signed with a key it trusts, and only from someone "
              "who knows the code on its label. Nothing changes on the module unless all of it is written.");
}

bool SignWritePage::isVirtualModule() const
{
    const std::optional<ConnectionTarget>& target = m_services.connection.activeTarget();
    return target && target->kind == ConnectionTarget::Kind::VirtualModule;
}

void SignWritePage::retranslate()
{
    m_keys->retranslate();
    m_code->retranslate();
    m_write->setText(tr("&Sign and write"));
    m_goToField->setText(tr("&Go to the setting"));
    refresh();
}

void SignWritePage::loadDraft()
{
    m_code->setVirtualModule(isVirtualModule());
    m_code->fillInVirtualCode();
    m_keys->refresh();
}

void SignWritePage::refresh()
{
    const commissioning::CommissioningSession& session = m_services.session;
    const bool linked = session.isLinkUp() && !session.otherModule();
    if (linked && !m_wasLinked && isVisible())
        loadDraft(); // back after a lost link, or the virtual module restarted: ask about the key again
    m_wasLinked = linked;
    m_code->setVirtualModule(isVirtualModule());
    const bool running = m_services.writer.isRunning();
    m_write->setEnabled(linked && !running && session.issues().isEmpty() && m_keys->isReady()
        && !m_code->code().isEmpty());
    m_write->setText(session.written() ? tr("&Sign and write again") : tr("&Sign and write"));
    m_keys->setEnabled(!running);
    m_code->setEnabled(!running);
    m_goToField->setVisible(!running && !m_refusedField.isEmpty());
}

void SignWritePage::write()
{
    const config::DeviceConfig& config = draft();
    commissioning::ConfigWriteRequest request;
    request.config = config; // new secrets included; an empty one keeps the module's
    request.labelCode = m_code->code();
    request.runNetworkCheck = anyNetworkEnabled(config);
    request.networkCheckTimeoutS = kNetworkCheckTimeoutS;
    m_refusedField.clear();
    Result<security::SigningKey> key = m_keys->loadKey();
    if (!key) {
        m_outcome->setText(u"\u2716 "_qs + key.error().toString());
        refresh();
        return;
    }
    m_plannedSteps = { WriteStep::ReadState, WriteStep::Validate, WriteStep::OpeningReadings, WriteStep::Pair,
        WriteStep::Sign, WriteStep::Upload, WriteStep::Commit, WriteStep::Verify };
    if (request.runNetworkCheck)
        m_plannedSteps.append(WriteStep::NetworkCheck);
    m_services.writer.start(std::move(request), std::move(key.value()));
    refresh();
}

void SignWritePage::showSteps(WriteStep current, bool failed)
{
    QStringList lines;
    bool reached = false;
    for (const WriteStep step : std::as_const(m_plannedSteps)) {
        QString mark = QStringLiteral("\u2714");
        if (step == current) {
            reached = true;
            mark = failed ? QStringLiteral("\u2716") : QStringLiteral("\u25B6");
        } else if (reached) {
            mark = QStringLiteral("\u00B7");
        }
        lines.append(QStringLiteral("%1  %2").arg(mark, commissioning::stepText(step)));
    }
    m_steps->setText(lines.join(u'\n'));
}

void SignWritePage::onFailed(const commissioning::ConfigWriteFailure& failure)
{
    showSteps(failure.step, true);
    m_outcome->setText(u"\u2716 "_qs + commissioning::failureLines(failure).join(u'\n'));
    m_refusedField = !failure.issues.isEmpty() ? failure.issues.constFirst().fieldPath : failure.error.field;
    refresh();
    // The button that had the keyboard was locked during the write: give it back.
    if (isVisible())
        (m_goToField->isVisible() ? m_goToField : m_write)->setFocus(Qt::OtherFocusReason);
}

void SignWritePage::goToRefusedField()
{
    m_services.session.goTo(commissioning::stepOfField(m_refusedField));
}

} // namespace iotpro::ui
