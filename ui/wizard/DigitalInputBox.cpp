#include "DigitalInputBox.h"

#include "Ds18b20SensorModel.h"
#include "FormRows.h"
#include "LargeButtons.h"
#include "commissioning/CommissioningSession.h"
#include "commissioning/WarmSensorFinder.h"
#include "device/CheckRequests.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace iotpro::ui {

using config::DigitalInputMode;

namespace {

constexpr DigitalInputMode kModes[] = {
    DigitalInputMode::Off, DigitalInputMode::DryContact, DigitalInputMode::Pulse, DigitalInputMode::Ds18b20 };
constexpr config::ContactType kContacts[] = { config::ContactType::NormallyOpen, config::ContactType::NormallyClosed };
/// The largest pulse weight the spin box takes; the validator holds the real limit.
constexpr double kMaxPulseWeight = 1e9;

template <typename T, std::size_t N> int indexIn(const T (&values)[N], T value)
{
    return int(std::find(std::begin(values), std::end(values), value) - std::begin(values));
}

QFormLayout* newForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

} // namespace

DigitalInputBox::DigitalInputBox(
    std::size_t index, WizardServices& services, FieldIssues& issues, Editor edit, QWidget* parent)
    : QGroupBox(parent)
    , m_index(index)
    , m_services(services)
    , m_issues(issues)
    , m_edit(std::move(edit))
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_settings(new QStackedWidget(this))
    , m_offHint(newHint(m_settings))
    , m_sensors(new Ds18b20SensorModel(this))
    , m_finder(new commissioning::WarmSensorFinder(services.client, this))
    , m_live(new QLabel(this))
{
    const int number = static_cast<int>(index) + 1;
    setObjectName(QStringLiteral("digitalInput%1").arg(number));
    m_name->setObjectName(QStringLiteral("inputName%1").arg(number));
    m_mode->setObjectName(QStringLiteral("inputMode%1").arg(number));
    m_live->setObjectName(QStringLiteral("inputLive%1").arg(number));
    m_nameLabel->setBuddy(m_name);
    m_modeLabel->setBuddy(m_mode);
    for (std::size_t i = 0; i < std::size(kModes); ++i)
        m_mode->addItem(QString());
    m_live->setWordWrap(true);
    m_live->setStyleSheet(QStringLiteral("color: #10243a;"));
    m_live->setVisible(false);

    m_settings->addWidget(m_offHint);
    m_settings->addWidget(buildDryContact());
    m_settings->addWidget(buildPulse());
    m_settings->addWidget(buildDs18b20());

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, fieldWithIssue(m_name, m_issues.add(path(u"name"_qs), this)));
    form->addRow(m_modeLabel, m_mode);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_settings);
    layout->addWidget(m_live);

    connect(m_name, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_edit([&](config::DigitalInputConfig& input) { input.name = text; }); });
    connect(m_mode, &QComboBox::activated, this, [this](int chosen) {
        showSettings(chosen);
        if (kModes[chosen] != DigitalInputMode::Ds18b20)
            stopSearching();
        m_edit([&](config::DigitalInputConfig& input) { input.mode = kModes[chosen]; });
    });
    retranslate();
}

void DigitalInputBox::showSettings(int mode)
{
    // Only the shown settings take room: "off" is one line, not as tall as the sensor table.
    for (int i = 0; i < m_settings->count(); ++i)
        m_settings->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == mode ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_settings->setCurrentIndex(mode);
    m_settings->adjustSize();
}

QString DigitalInputBox::path(const QString& field) const
{
    return QStringLiteral("inputs.digital_inputs[%1].%2").arg(m_index).arg(field);
}

QWidget* DigitalInputBox::buildDryContact()
{
    auto* page = new QWidget(m_settings);
    m_contactLabel = new QLabel(page);
    m_contact = new QComboBox(page);
    m_contact->setObjectName(QStringLiteral("inputContact%1").arg(m_index + 1));
    for (std::size_t i = 0; i < std::size(kContacts); ++i)
        m_contact->addItem(QString());
    m_debounceLabel = new QLabel(page);
    m_debounce = new QSpinBox(page);
    m_debounce->setObjectName(QStringLiteral("inputDebounce%1").arg(m_index + 1));
    const config::Range& debounce = m_services.session.limits().inputs.dryContactDebounceMs;
    m_debounce->setRange(static_cast<int>(debounce.min), static_cast<int>(debounce.max));
    m_contactLabel->setBuddy(m_contact);
    m_debounceLabel->setBuddy(m_debounce);
    QFormLayout* form = newForm(page);
    form->addRow(m_contactLabel, m_contact);
    form->addRow(m_debounceLabel,
        fieldWithIssue(m_debounce, m_issues.add(path(u"dry_contact.debounce_ms"_qs), page)));
    connect(m_contact, &QComboBox::activated, this, [this](int chosen) {
        m_edit([&](config::DigitalInputConfig& input) { input.dryContact.contact = kContacts[chosen]; });
    });
    connect(m_debounce, &QSpinBox::valueChanged, this, [this](int ms) {
        m_edit([&](config::DigitalInputConfig& input) { input.dryContact.debounceMs = static_cast<quint32>(ms); });
    });
    return page;
}

QWidget* DigitalInputBox::buildPulse()
{
    auto* page = new QWidget(m_settings);
    m_weightLabel = new QLabel(page);
    m_weight = new QDoubleSpinBox(page);
    m_weight->setObjectName(QStringLiteral("inputPulseWeight%1").arg(m_index + 1));
    m_weight->setRange(0, kMaxPulseWeight);
    m_weight->setDecimals(4);
    m_unitLabel = new QLabel(page);
    m_unit = new QLineEdit(page);
    m_unit->setObjectName(QStringLiteral("inputPulseUnit%1").arg(m_index + 1));
    m_widthLabel = new QLabel(page);
    m_width = new QSpinBox(page);
    m_width->setObjectName(QStringLiteral("inputPulseWidth%1").arg(m_index + 1));
    const config::Range& width = m_services.session.limits().inputs.pulseMinWidthMs;
    m_width->setRange(static_cast<int>(width.min), static_cast<int>(width.max));
    m_weightLabel->setBuddy(m_weight);
    m_unitLabel->setBuddy(m_unit);
    m_widthLabel->setBuddy(m_width);
    QFormLayout* form = newForm(page);
    form->addRow(m_weightLabel, fieldWithIssue(m_weight, m_issues.add(path(u"pulse.weight"_qs), page)));
    form->addRow(m_unitLabel, fieldWithIssue(m_unit, m_issues.add(path(u"pulse.unit"_qs), page)));
    form->addRow(m_widthLabel, fieldWithIssue(m_width, m_issues.add(path(u"pulse.min_pulse_width_ms"_qs), page)));
    connect(m_weight, &QDoubleSpinBox::valueChanged, this,
        [this](double weight) { m_edit([&](config::DigitalInputConfig& input) { input.pulse.weight = weight; }); });
    connect(m_unit, &QLineEdit::textEdited, this,
        [this](const QString& unit) { m_edit([&](config::DigitalInputConfig& input) { input.pulse.unit = unit; }); });
    connect(m_width, &QSpinBox::valueChanged, this, [this](int ms) {
        m_edit([&](config::DigitalInputConfig& input) { input.pulse.minPulseWidthMs = static_cast<quint32>(ms); });
    });
    return page;
}

QWidget* DigitalInputBox::buildDs18b20()
{
    auto* page = new QWidget(m_settings);
    m_sensorTable = new QTableView(page);
    m_sensorTable->setObjectName(QStringLiteral("inputSensors%1").arg(m_index + 1));
    m_sensorTable->setModel(m_sensors);
    // Tab leaves the table; the arrow keys move in it, F2 or typing edits a name.
    m_sensorTable->setTabKeyNavigation(false);
    m_sensorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sensorTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sensorTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_sensorTable->verticalHeader()->setVisible(false);
    m_sensorTable->horizontalHeader()->setSectionResizeMode(Ds18b20SensorModel::NameColumn, QHeaderView::Stretch);
    m_sensorTable->horizontalHeader()->setSectionResizeMode(Ds18b20SensorModel::RomCodeColumn, QHeaderView::ResizeToContents);
    m_sensorTable->setMinimumHeight(m_sensorTable->fontMetrics().height() * 7);
    m_scan = new QPushButton(page);
    m_scan->setObjectName(QStringLiteral("inputScan%1").arg(m_index + 1));
    m_warm = new QPushButton(page);
    m_warm->setObjectName(QStringLiteral("inputWarm%1").arg(m_index + 1));
    m_remove = new QPushButton(page);
    m_remove->setObjectName(QStringLiteral("inputRemoveSensor%1").arg(m_index + 1));
    for (QPushButton* button : { m_scan, m_warm, m_remove })
        button->setAutoDefault(true);
    m_busState = new QLabel(page);
    m_busState->setObjectName(QStringLiteral("inputBusState%1").arg(m_index + 1));
    m_busState->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_scan);
    buttons->addWidget(m_warm);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_sensorTable);
    layout->addWidget(m_busState);
    layout->addWidget(m_issues.add(path(u"ds18b20"_qs), page));

    connect(m_sensors, &Ds18b20SensorModel::sensorsEdited, this, &DigitalInputBox::setSensors);
    connect(m_scan, &QPushButton::clicked, this, &DigitalInputBox::scanBus);
    connect(m_warm, &QPushButton::clicked, this, &DigitalInputBox::findWarmSensor);
    connect(m_remove, &QPushButton::clicked, this, &DigitalInputBox::removeSensor);
    connect(m_finder, &commissioning::WarmSensorFinder::scanned, this,
        [this](const QList<Ds18b20Reading>& sensors, const QMap<QString, double>& rises) {
            m_sensors->setReadings(sensors);
            double warmest = 0;
            for (const double rise : rises)
                warmest = std::max(warmest, rise);
            m_busState->setText(tr("Hold one sensor firmly in your hand. Warmest so far: +%1 °C.")
                                    .arg(QLocale().toString(warmest, 'f', 1)));
        });
    connect(m_finder, &commissioning::WarmSensorFinder::found, this, &DigitalInputBox::onSensorFound);
    connect(m_finder, &commissioning::WarmSensorFinder::ambiguous, this, [this](const QStringList& romCodes) {
        m_busState->setText(tr("Several sensors are getting warmer (%1): hold only one of them.").arg(romCodes.size()));
    });
    connect(m_finder, &commissioning::WarmSensorFinder::failed, this, [this](const Error& error) {
        m_busState->setText(tr("The search stopped: %1").arg(error.toString()));
        retranslate();
    });
    return page;
}

QList<QWidget*> DigitalInputBox::tabOrder() const
{
    return { m_name, m_mode, m_contact, m_debounce, m_weight, m_unit, m_width, m_scan, m_warm, m_remove,
        m_sensorTable };
}

void DigitalInputBox::retranslate()
{
    setTitle(tr("Digital input &%1").arg(m_index + 1));
    m_nameLabel->setText(tr("Name:"));
    m_name->setPlaceholderText(tr("e.g. Door contact, Water meter"));
    m_modeLabel->setText(tr("Used for:"));
    const QString modes[] = { tr("Nothing (off)"), tr("Dry contact"), tr("Pulse counter (S0)"),
        tr("DS18B20 temperature sensors") };
    for (int i = 0; i < m_mode->count(); ++i)
        m_mode->setItemText(i, modes[i]);
    m_offHint->setText(tr("This input is not used."));
    m_contactLabel->setText(tr("Contact:"));
    m_contact->setItemText(0, tr("Normally open (closes on the event)"));
    m_contact->setItemText(1, tr("Normally closed (opens on the event)"));
    m_debounceLabel->setText(tr("Debounce:"));
    m_debounce->setSuffix(tr(" ms"));
    m_weightLabel->setText(tr("One pulse is:"));
    m_unitLabel->setText(tr("Unit:"));
    m_unit->setPlaceholderText(tr("e.g. Wh, L, m³"));
    m_widthLabel->setText(tr("Shortest pulse:"));
    m_width->setSuffix(tr(" ms"));
    m_scan->setText(tr("Scan the bus"));
    m_scan->setToolTip(tr("Lists every sensor on this input's cable; new ones are added without a name."));
    m_warm->setText(m_finder->isRunning() ? tr("Stop searching") : tr("Find by warming…"));
    m_warm->setToolTip(tr("Hold one sensor in your hand: the one that gets warmer is selected for naming."));
    m_remove->setText(tr("Remove"));
}

void DigitalInputBox::load(const config::DigitalInputConfig& input)
{
    if (m_name->text() != input.name)
        m_name->setText(input.name);
    const int mode = indexIn(kModes, input.mode);
    m_mode->setCurrentIndex(mode);
    showSettings(mode);
    m_contact->setCurrentIndex(indexIn(kContacts, input.dryContact.contact));
    m_debounce->setValue(static_cast<int>(input.dryContact.debounceMs));
    m_weight->setValue(input.pulse.weight);
    if (m_unit->text() != input.pulse.unit)
        m_unit->setText(input.pulse.unit);
    m_width->setValue(static_cast<int>(input.pulse.minPulseWidthMs));
    m_sensors->setSensors(input.ds18b20.sensors);
}

void DigitalInputBox::showState(
    const std::optional<DigitalInputState>& state, const std::optional<config::DigitalInputMode>& draftMode)
{
    QString text;
    if (state && state->mode && draftMode && *state->mode != *draftMode) {
        text = tr("The module uses this input as “%1” until you write the new configuration.")
                   .arg(m_mode->itemText(indexIn(kModes, *state->mode)));
    } else if (state && state->mode) {
        switch (*state->mode) {
        case DigitalInputMode::Off:
            break;
        case DigitalInputMode::DryContact:
            text = state->contactClosed ? tr("Now: contact closed, the event is %1.").arg(state->active ? tr("on") : tr("off"))
                                        : tr("Now: contact open, the event is %1.").arg(state->active ? tr("on") : tr("off"));
            break;
        case DigitalInputMode::Pulse:
            text = tr("Pulses counted since the module started: %1.").arg(state->pulseCount);
            break;
        case DigitalInputMode::Ds18b20:
            m_sensors->setReadings(state->sensors);
            break;
        }
    }
    m_live->setText(text);
    m_live->setVisible(!text.isEmpty());
}

void DigitalInputBox::stopSearching()
{
    if (!m_finder->isRunning())
        return;
    m_finder->stop();
    m_busState->clear();
    retranslate();
}

void DigitalInputBox::scanBus()
{
    m_busState->setText(tr("Scanning the bus…"));
    CheckRequests(m_services.client)
        .ds18b20Scan(static_cast<quint32>(m_index + 1), this, [this](Result<Ds18b20ScanResult> result) {
            if (!result) {
                m_busState->setText(tr("The scan failed: %1").arg(result.error().toString()));
                return;
            }
            QList<config::Ds18b20Sensor> sensors = m_sensors->sensors();
            int added = 0;
            for (const Ds18b20Reading& found : result->sensors) {
                if (m_sensors->rowOf(found.romCode) < 0) {
                    sensors.append({ found.romCode.toUpper(), QString() });
                    ++added;
                }
            }
            setSensors(sensors);
            m_sensors->setReadings(result->sensors);
            m_busState->setText(result->sensors.isEmpty()
                    ? tr("No sensor answers on this input: check the cable and the pull-up.")
                    : tr("Sensors on the bus: %1, new: %2. Give each a name, or find which is which by warming it.")
                          .arg(result->sensors.size())
                          .arg(added));
        });
}

void DigitalInputBox::findWarmSensor()
{
    if (m_finder->isRunning()) {
        stopSearching();
        return;
    }
    m_finder->start(static_cast<quint32>(m_index + 1));
    m_busState->setText(tr("Hold one sensor firmly in your hand…"));
    retranslate();
}

void DigitalInputBox::onSensorFound(const QString& romCode)
{
    QList<config::Ds18b20Sensor> sensors = m_sensors->sensors();
    if (m_sensors->rowOf(romCode) < 0) {
        sensors.append({ romCode.toUpper(), QString() });
        setSensors(sensors);
    }
    const QModelIndex name = m_sensors->index(m_sensors->rowOf(romCode), Ds18b20SensorModel::NameColumn);
    m_sensorTable->setCurrentIndex(name);
    m_sensorTable->setFocus(Qt::OtherFocusReason);
    m_sensorTable->edit(name);
    m_busState->setText(tr("Found it: sensor %1 is in your hand. Type its name.").arg(romCode));
    retranslate();
}

void DigitalInputBox::removeSensor()
{
    const QModelIndex current = m_sensorTable->currentIndex();
    if (!current.isValid())
        return;
    QList<config::Ds18b20Sensor> sensors = m_sensors->sensors();
    sensors.removeAt(current.row());
    setSensors(sensors);
}

void DigitalInputBox::setSensors(const QList<config::Ds18b20Sensor>& sensors)
{
    m_sensors->setSensors(sensors);
    m_edit([&](config::DigitalInputConfig& input) { input.ds18b20.sensors = sensors; });
}

} // namespace iotpro::ui
