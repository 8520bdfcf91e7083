#include "ConnectPage.h"

#include "ConnectionController.h"
#include "commissioning/CommissioningSession.h"
#include "device/VirtualModuleLauncher.h"

#include <QLabel>
#include <QVBoxLayout>

namespace iotpro::ui {

ConnectPage::ConnectPage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::Connect, services, parent)
    , m_state(new QLabel(this))
    , m_details(new QLabel(this))
    , m_labelCode(new QLabel(this))
{
    m_state->setObjectName(QStringLiteral("connectState"));
    m_labelCode->setObjectName(QStringLiteral("virtualLabelCode"));
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    stateFont.setPointSizeF(stateFont.pointSizeF() * 1.4);
    m_state->setFont(stateFont);
    m_state->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_labelCode->setWordWrap(true);
    m_labelCode->setStyleSheet(QStringLiteral("background: #eef3f8; color: #10243a; padding: 8px; border-radius: 4px;"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_details);
    layout->addWidget(m_labelCode);
    layout->addStretch(1);

    connect(&m_services.connection, &ConnectionController::stateChanged, this, &ConnectPage::refresh);
    retranslate();
}

QString ConnectPage::title() const
{
    return tr("Connect to the module");
}

QString ConnectPage::instructions() const
{
    return tr("Plug the module's USB cable in, choose it in the Connection list on the left and press "
              "Connect. With the keyboard: Alt+C, the arrow keys, then Enter.");
}

void ConnectPage::retranslate()
{
    refresh();
}

void ConnectPage::refresh()
{
    const ConnectionController& connection = m_services.connection;
    const commissioning::CommissioningSession& session = m_services.session;
    const bool isVirtual = connection.activeTarget()
        && connection.activeTarget()->kind == ConnectionTarget::Kind::VirtualModule;
    QString state;
    switch (connection.phase()) {
    case ConnectionPhase::Idle:
        state = tr("Not connected.");
        break;
    case ConnectionPhase::StartingVirtualModule:
        state = tr("Starting the virtual module…");
        break;
    case ConnectionPhase::Connecting:
        state = tr("Connecting…");
        break;
    case ConnectionPhase::Connected:
        state = connection.deviceInfo() ? tr("Connected to module %1.").arg(connection.deviceInfo()->serialNumber)
                                        : tr("Connected.");
        break;
    }
    m_state->setText(state);
    const bool connected = connection.phase() == ConnectionPhase::Connected && session.isLinkUp();
    m_details->setText(connected ? moduleSummary() : QString());
    m_details->setVisible(connected);
    m_labelCode->setText(
        tr("This is the virtual module built into the app. Its label code is %1 — a real module has "
           "its code printed on its label. You will need it to write the configuration.")
            .arg(m_services.virtualModule.labelCode()));
    m_labelCode->setVisible(isVirtual);
}

QString ConnectPage::moduleSummary() const
{
    const DeviceInfo& info = *m_services.connection.deviceInfo();
    QStringList fitted;
    if (info.options.wifi)
        fitted.append(tr("Wi-Fi"));
    if (info.options.lorawan)
        fitted.append(tr("LoRaWAN"));
    if (info.options.cellular)
        fitted.append(tr("cellular"));
    if (info.options.gps)
        fitted.append(tr("GPS"));
    return tr("Firmware %1, hardware %2. Fitted options: %3.\n%4")
        .arg(info.firmwareVersion, info.hardwareRevision,
            fitted.isEmpty() ? tr("none") : fitted.join(QStringLiteral(", ")), configurationSummary());
}

QString ConnectPage::configurationSummary() const
{
    const commissioning::CommissioningSession& session = m_services.session;
    if (session.readError())
        return tr("Its configuration could not be read.");
    if (!session.moduleState() || session.blocker() == commissioning::Blocker::ReadingModule)
        return tr("Reading its configuration…");
    const ConfigState& state = *session.moduleState();
    if (state.isFactoryDefault())
        return tr("Configuration: factory default — this module was never configured.");
    return tr("Configuration: number %1, signed by key %2 on %3.")
        .arg(state.counter)
        .arg(state.signerFingerprint, QLocale().toString(state.signedAt.toLocalTime(), QLocale::ShortFormat));
}

} // namespace iotpro::ui
