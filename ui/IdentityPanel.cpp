#include "IdentityPanel.h"

#include "ConnectionController.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

QString hex4(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0')).toUpper();
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

IdentityPanel::IdentityPanel(ConnectionController& controller, QWidget* parent)
    : QGroupBox(parent)
    , m_controller(controller)
    , m_placeholder(new QLabel(this))
    , m_form(new QWidget(this))
{
    m_placeholder->setObjectName(QStringLiteral("identityPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto* form = new QFormLayout(m_form);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    for (int field = 0; field < FieldCount; ++field) {
        const auto i = static_cast<std::size_t>(field);
        m_names[i] = new QLabel(m_form);
        m_values[i] = new QLabel(m_form);
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values[i]->setWordWrap(true);
        form->addRow(m_names[i], m_values[i]);
    }
    // The serial number is what the technician checks against the label on the module.
    QFont serialFont = m_values[SerialNumber]->font();
    serialFont.setBold(true);
    serialFont.setPointSizeF(serialFont.pointSizeF() * 1.6);
    m_values[SerialNumber]->setFont(serialFont);
    m_values[SerialNumber]->setObjectName(QStringLiteral("serialNumberValue"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_form);
    layout->addStretch(0);

    m_clockTimer.setInterval(std::chrono::seconds(1));
    connect(&m_clockTimer, &QTimer::timeout, this, &IdentityPanel::refreshClock);
    connect(&m_controller, &ConnectionController::stateChanged, this, &IdentityPanel::onStateChanged);
    retranslate();
    showInfo(m_controller.deviceInfo());
}

void IdentityPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void IdentityPanel::onStateChanged()
{
    if (m_controller.deviceInfo() != m_info)
        showInfo(m_controller.deviceInfo());
}

void IdentityPanel::showInfo(const std::optional<DeviceInfo>& info)
{
    m_info = info;
    m_sinceClockReading.start();
    if (m_info)
        m_clockTimer.start();
    else
        m_clockTimer.stop();
    m_placeholder->setVisible(!m_info);
    m_form->setVisible(m_info.has_value());
    refreshValues();
}

void IdentityPanel::retranslate()
{
    setTitle(tr("Module"));
    m_placeholder->setText(tr("Connect to a module to see who it is."));
    for (int field = 0; field < FieldCount; ++field)
        m_names[static_cast<std::size_t>(field)]->setText(fieldName(static_cast<Field>(field)));
    refreshValues();
}

void IdentityPanel::refreshValues()
{
    for (int field = 0; field < FieldCount; ++field)
        m_values[static_cast<std::size_t>(field)]->setText(
            m_info ? fieldValue(static_cast<Field>(field), *m_info) : QString());
    refreshClock();
}

void IdentityPanel::refreshClock()
{
    if (!m_info)
        return;
    const QDateTime now = m_info->clock.addMSecs(m_sinceClockReading.elapsed());
    const QTimeZone zone(m_info->timeZone.toUtf8());
    const QDateTime local = zone.isValid() ? now.toTimeZone(zone) : now;
    // ISO order on purpose: unambiguous in every language, and what the module's logs use.
    const QString time = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QString zoneName = zone.isValid() ? m_info->timeZone : QStringLiteral("UTC");
    m_values[ModuleClock]->setText(m_info->clockSynchronized
            ? tr("%1 %2 (synchronized)").arg(time, zoneName)
            : tr("%1 %2 (not synchronized)").arg(time, zoneName));
}

QString IdentityPanel::fieldName(Field field)
{
    switch (field) {
    case SerialNumber:
        return tr("Serial number:");
    case HardwareRevision:
        return tr("Hardware revision:");
    case Firmware:
        return tr("Firmware:");
    case ProtocolVersion:
        return tr("Protocol version:");
    case MeteringEngine:
        return tr("Metering engine:");
    case FittedOptions:
        return tr("Fitted options:");
    case ConfigCounter:
        return tr("Configuration counter:");
    case ModuleClock:
        return tr("Module clock:");
    case UsbIdentity:
        return tr("USB identity:");
    case BleIdentity:
        return tr("Bluetooth identity:");
    case FieldCount:
        break;
    }
    return {};
}

QString IdentityPanel::fieldValue(Field field, const DeviceInfo& info)
{
    switch (field) {
    case SerialNumber:
        return orDash(info.serialNumber);
    case HardwareRevision:
        return orDash(info.hardwareRevision);
    case Firmware:
        return orDash(info.firmwareVersion);
    case ProtocolVersion:
        return tr("%1 (the module supports %2 to %3)")
            .arg(info.negotiatedProtocolVersion)
            .arg(info.minProtocolVersion)
            .arg(info.maxProtocolVersion);
    case MeteringEngine:
        if (info.meteringEngineModel.isEmpty())
            return orDash(QString());
        return info.meteringEngineFirmware.isEmpty()
            ? info.meteringEngineModel
            : tr("%1, firmware %2").arg(info.meteringEngineModel, info.meteringEngineFirmware);
    case FittedOptions: {
        QStringList fitted;
        if (info.options.wifi)
            fitted.append(tr("Wi-Fi"));
        if (info.options.lorawan)
            fitted.append(tr("LoRaWAN"));
        if (info.options.cellular)
            fitted.append(tr("Cellular"));
        if (info.options.gps)
            fitted.append(tr("GPS"));
        return fitted.isEmpty() ? tr("None") : fitted.join(QStringLiteral(", "));
    }
    case ConfigCounter:
        return QString::number(info.configCounter);
    case ModuleClock:
        return {}; // refreshClock() keeps it running
    case UsbIdentity:
        return tr("%1:%2 (vendor:product)").arg(hex4(info.usbVendorId), hex4(info.usbProductId));
    case BleIdentity:
        if (info.bleName.isEmpty() && info.bleAddress.isEmpty())
            return orDash(QString());
        return tr("%1, address %2").arg(orDash(info.bleName), orDash(info.bleAddress));
    case FieldCount:
        break;
    }
    return {};
}

} // namespace iotpro::ui
