#include "IdentifyPage.h"

#include "ConnectionController.h"
#include "LargeButtons.h"
#include "commissioning/CommissioningSession.h"
#include "device/ModuleRequests.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotpro::ui {

IdentifyPage::IdentifyPage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::Identify, services, parent)
    , m_serialCaption(new QLabel(this))
    , m_serial(new QLabel(this))
    , m_blink(new QPushButton(this))
    , m_blinkState(new QLabel(this))
    , m_confirm(new QCheckBox(this))
{
    m_serial->setObjectName(QStringLiteral("identifySerial"));
    m_blink->setObjectName(QStringLiteral("identifyBlink"));
    m_blinkState->setObjectName(QStringLiteral("identifyBlinkState"));
    m_confirm->setObjectName(QStringLiteral("identifyConfirm"));
    QFont serialFont = m_serial->font();
    serialFont.setBold(true);
    serialFont.setPointSizeF(serialFont.pointSizeF() * 2.0);
    m_serial->setFont(serialFont);
    m_serial->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blinkState->setWordWrap(true);
    makeLargeTarget(*m_blink);
    m_blink->setAutoDefault(true);

    auto* blinkRow = new QHBoxLayout;
    blinkRow->addWidget(m_blink);
    blinkRow->addWidget(m_blinkState, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_serialCaption);
    layout->addWidget(m_serial);
    layout->addSpacing(12);
    layout->addLayout(blinkRow);
    layout->addSpacing(12);
    layout->addWidget(m_confirm);
    layout->addStretch(1);

    connect(m_blink, &QPushButton::clicked, this, &IdentifyPage::blink);
    connect(m_confirm, &QCheckBox::toggled, &m_services.session,
        &commissioning::CommissioningSession::setModuleIdentified);
    retranslate();
}

QString IdentifyPage::title() const
{
    return tr("Identify the module");
}

QString IdentifyPage::instructions() const
{
    return tr("Make sure you configure the module in front of you: compare the serial number with its "
              "label, or make its LED blink.");
}

void IdentifyPage::retranslate()
{
    m_serialCaption->setText(tr("Serial number of the connected module:"));
    m_blink->setText(tr("Blink &the LED"));
    m_confirm->setText(tr("This &is the module in front of me"));
    m_blinkState->clear();
    refresh();
}

void IdentifyPage::refresh()
{
    const commissioning::CommissioningSession& session = m_services.session;
    m_serial->setText(session.module() ? session.module()->serialNumber : QStringLiteral("—"));
    m_blink->setEnabled(session.isLinkUp() && !session.otherModule());
    m_confirm->setChecked(session.isModuleIdentified());
    m_confirm->setEnabled(session.isLinkUp() && !session.otherModule());
}

void IdentifyPage::blink()
{
    const quint64 request = ++m_request;
    m_blinkState->setText(tr("Asking the module to blink…"));
    ModuleRequests(m_services.client).identify(kBlinkSeconds, this, [this, request](Result<quint32> seconds) {
        if (request != m_request)
            return;
        if (!seconds) {
            m_blinkState->setText(tr("The module did not blink: %1").arg(seconds.error().toString()));
            return;
        }
        const bool isVirtual = m_services.connection.activeTarget()
            && m_services.connection.activeTarget()->kind == ConnectionTarget::Kind::VirtualModule;
        m_blinkState->setText(isVirtual
                ? tr("The virtual module answered that it blinks for %1 s (it has no LED to see).").arg(seconds.value())
                : tr("Its status LED blinks for %1 s now.").arg(seconds.value()));
    });
}

} // namespace iotpro::ui
