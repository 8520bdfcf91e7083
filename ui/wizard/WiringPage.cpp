#include "WiringPage.h"

#include "FormRows.h"
#include "commissioning/CommissioningSession.h"
#include "commissioning/DraftEdits.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace iotpro::ui {

using config::Wiring;

namespace {

/// Fills `combo` with `values` (each shown by `text`) and selects `current`; nothing is selected
/// when `current` is not among them, and the validator says why.
void fillChoices(QComboBox& combo, const QList<quint32>& values, quint32 current,
    const std::function<QString(quint32)>& text)
{
    const QSignalBlocker blocker(combo);
    combo.clear();
    for (const quint32 value : values)
        combo.addItem(text(value), value);
    combo.setCurrentIndex(combo.findData(current));
}

} // namespace

WiringPage::WiringPage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::Wiring, services, parent)
    , m_wiringLabel(new QLabel(this))
    , m_wiring(new QButtonGroup(this))
    , m_threePhaseFourWire(new QRadioButton(this))
    , m_threePhaseThreeWire(new QRadioButton(this))
    , m_singlePhase(new QRadioButton(this))
    , m_voltageLabel(new QLabel(this))
    , m_voltage(new QComboBox(this))
    , m_frequencyLabel(new QLabel(this))
    , m_frequency(new QComboBox(this))
    , m_demandLabel(new QLabel(this))
    , m_demand(new QComboBox(this))
    , m_export(new QCheckBox(this))
    , m_exportHint(newHint(this))
{
    m_threePhaseFourWire->setObjectName(QStringLiteral("wiring3P4W"));
    m_threePhaseThreeWire->setObjectName(QStringLiteral("wiring3P3W"));
    m_singlePhase->setObjectName(QStringLiteral("wiring1P"));
    m_voltage->setObjectName(QStringLiteral("nominalVoltageCombo"));
    m_frequency->setObjectName(QStringLiteral("nominalFrequencyCombo"));
    m_demand->setObjectName(QStringLiteral("demandPeriodCombo"));
    m_export->setObjectName(QStringLiteral("exportPossibleCheck"));
    m_wiring->addButton(m_threePhaseFourWire, static_cast<int>(Wiring::ThreePhaseFourWire));
    m_wiring->addButton(m_threePhaseThreeWire, static_cast<int>(Wiring::ThreePhaseThreeWire));
    m_wiring->addButton(m_singlePhase, static_cast<int>(Wiring::SinglePhase));
    m_voltageLabel->setBuddy(m_voltage);
    m_frequencyLabel->setBuddy(m_frequency);
    m_demandLabel->setBuddy(m_demand);

    auto* wiringBox = new QWidget(this);
    auto* wiringColumn = new QVBoxLayout(wiringBox);
    wiringColumn->setContentsMargins(0, 0, 0, 0);
    for (QRadioButton* button : { m_threePhaseFourWire, m_threePhaseThreeWire, m_singlePhase }) {
        button->setParent(wiringBox);
        wiringColumn->addWidget(button);
    }
    wiringColumn->addWidget(m_issues.add(u"metering.wiring"_qs, wiringBox));

    auto* form = new QFormLayout;
    form->addRow(m_wiringLabel, wiringBox);
    form->addRow(m_voltageLabel, fieldWithIssue(m_voltage, m_issues.add(u"metering.nominal_voltage_v"_qs, this)));
    form->addRow(
        m_frequencyLabel, fieldWithIssue(m_frequency, m_issues.add(u"metering.nominal_frequency_hz"_qs, this)));
    form->addRow(m_demandLabel, fieldWithIssue(m_demand, m_issues.add(u"metering.demand_period_s"_qs, this)));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_export);
    layout->addWidget(m_exportHint);
    layout->addWidget(m_issues.addForPage(this));
    layout->addStretch(1);
    // Tab enters the wiring choice once; the arrow keys move between its buttons.
    setTabOrderChain({ m_threePhaseFourWire, m_threePhaseThreeWire, m_singlePhase, m_voltage, m_frequency,
        m_demand, m_export });

    connect(m_wiring, &QButtonGroup::idClicked, this, [this](int id) { chooseWiring(static_cast<Wiring>(id)); });
    connect(m_voltage, &QComboBox::activated, this, [this] {
        edit([&](config::DeviceConfig& c) { c.metering.nominalVoltageV = m_voltage->currentData().toUInt(); });
    });
    connect(m_frequency, &QComboBox::activated, this, [this] {
        edit([&](config::DeviceConfig& c) { c.metering.nominalFrequencyHz = m_frequency->currentData().toUInt(); });
    });
    connect(m_demand, &QComboBox::activated, this, [this] {
        edit([&](config::DeviceConfig& c) { c.metering.demandPeriodS = m_demand->currentData().toUInt(); });
    });
    connect(m_export, &QCheckBox::toggled, this,
        [this](bool on) { edit([&](config::DeviceConfig& c) { c.metering.exportPossible = on; }); });
    retranslate();
}

QString WiringPage::title() const
{
    return tr("Wiring type");
}

QString WiringPage::instructions() const
{
    return tr("How is the module connected to the supply? The live check and the readings depend on it.");
}

void WiringPage::retranslate()
{
    m_wiringLabel->setText(tr("Wiring:"));
    m_threePhaseFourWire->setText(tr("Three-phase, fo&ur wire: L1, L2, L3 and N; 3 CTs (3P4W)"));
    m_threePhaseThreeWire->setText(tr("Three-phase, thr&ee wire: no neutral; 2 CTs on L1 and L3 (3P3W)"));
    m_singlePhase->setText(tr("Sin&gle-phase: L and N; 1 CT (1P)"));
    m_voltageLabel->setText(tr("Nominal &voltage:"));
    m_frequencyLabel->setText(tr("Fre&quency:"));
    m_demandLabel->setText(tr("Demand &period:"));
    m_export->setText(tr("Power can flow bac&k: PV, a generator or a battery is on this circuit"));
    m_exportHint->setText(tr("Without export a negative power means a CT faces the wrong way; with it, "
                             "the live check cannot tell the two apart on its own."));
    reload();
}

void WiringPage::loadDraft()
{
    const config::MeteringConfig& metering = draft().metering;
    if (QAbstractButton* button = m_wiring->button(static_cast<int>(metering.wiring)))
        button->setChecked(true);
    fillVoltages();
    const config::ConfigLimits::Metering& limits = m_services.session.limits().metering;
    fillChoices(*m_frequency, limits.nominalFrequenciesHz, metering.nominalFrequencyHz,
        [](quint32 hz) { return tr("%1 Hz").arg(hz); });
    fillChoices(*m_demand, limits.demandPeriodsS, metering.demandPeriodS, [](quint32 seconds) {
        return seconds % 60 == 0 ? tr("%1 min").arg(seconds / 60) : tr("%1 s").arg(seconds);
    });
    m_export->setChecked(metering.exportPossible);
}

void WiringPage::fillVoltages()
{
    const config::MeteringConfig& metering = draft().metering;
    const bool lineToLine = metering.wiring == Wiring::ThreePhaseThreeWire;
    fillChoices(*m_voltage, m_services.session.limits().metering.nominalVoltagesV.value(metering.wiring),
        metering.nominalVoltageV, [lineToLine](quint32 volts) {
            return lineToLine ? tr("%1 V line to line").arg(volts) : tr("%1 V line to neutral").arg(volts);
        });
}

void WiringPage::chooseWiring(Wiring wiring)
{
    edit([&](config::DeviceConfig& c) {
        c.metering = commissioning::withWiring(c.metering, wiring, m_services.session.limits().metering);
    });
    fillVoltages(); // the choices depend on the wiring
}

} // namespace iotpro::ui
