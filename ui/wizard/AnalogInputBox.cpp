#include "AnalogInputBox.h"

#include "FormRows.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

/// Engineering values span whatever the sensor measures; the validator holds the real rules.
constexpr double kValueRange = 1e9;

} // namespace

AnalogInputBox::AnalogInputBox(const config::Range& inputV, FieldIssues& issues, Editor edit, QWidget* parent)
    : QGroupBox(parent)
    , m_issues(issues)
    , m_edit(std::move(edit))
    , m_enabled(new QCheckBox(this))
    , m_fields(new QWidget(this))
    , m_nameLabel(new QLabel(m_fields))
    , m_name(new QLineEdit(m_fields))
    , m_unitLabel(new QLabel(m_fields))
    , m_unit(new QLineEdit(m_fields))
    , m_pointALabel(new QLabel(m_fields))
    , m_pointAVolts(new QDoubleSpinBox(m_fields))
    , m_pointAReads(new QLabel(m_fields))
    , m_pointAValue(newValueSpin(u"analogPointAValue"_qs))
    , m_pointBLabel(new QLabel(m_fields))
    , m_pointBVolts(new QDoubleSpinBox(m_fields))
    , m_pointBReads(new QLabel(m_fields))
    , m_pointBValue(newValueSpin(u"analogPointBValue"_qs))
    , m_alarmLowEnabled(new QCheckBox(m_fields))
    , m_alarmLow(newValueSpin(u"analogAlarmLow"_qs))
    , m_alarmHighEnabled(new QCheckBox(m_fields))
    , m_alarmHigh(newValueSpin(u"analogAlarmHigh"_qs))
    , m_live(new QLabel(this))
{
    setObjectName(QStringLiteral("analogInput"));
    m_enabled->setObjectName(QStringLiteral("analogEnabled"));
    m_name->setObjectName(QStringLiteral("analogName"));
    m_unit->setObjectName(QStringLiteral("analogUnit"));
    m_pointAVolts->setObjectName(QStringLiteral("analogPointAVolts"));
    m_pointBVolts->setObjectName(QStringLiteral("analogPointBVolts"));
    m_alarmLowEnabled->setObjectName(QStringLiteral("analogAlarmLowEnabled"));
    m_alarmHighEnabled->setObjectName(QStringLiteral("analogAlarmHighEnabled"));
    m_live->setObjectName(QStringLiteral("analogLive"));
    for (QDoubleSpinBox* volts : { m_pointAVolts, m_pointBVolts }) {
        volts->setRange(inputV.min, inputV.max);
        volts->setDecimals(2);
    }
    m_nameLabel->setBuddy(m_name);
    m_unitLabel->setBuddy(m_unit);
    m_pointALabel->setBuddy(m_pointAVolts);
    m_pointBLabel->setBuddy(m_pointBVolts);
    m_live->setStyleSheet(QStringLiteral("color: #10243a;"));
    m_live->setVisible(false);

    const auto pointRow = [this](QDoubleSpinBox* volts, QLabel* reads, QDoubleSpinBox* value, const QString& path) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(volts);
        row->addWidget(reads);
        row->addWidget(value);
        row->addStretch(1);
        auto* box = new QWidget(m_fields);
        box->setLayout(row);
        return fieldWithIssue(box, m_issues.add(path, m_fields));
    };
    const auto alarmRow = [this](QCheckBox* enabled, QDoubleSpinBox* limit, const QString& path) {
        auto* row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(enabled);
        row->addWidget(limit);
        row->addStretch(1);
        auto* box = new QWidget(m_fields);
        box->setLayout(row);
        return fieldWithIssue(box, m_issues.add(path, m_fields));
    };
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_nameLabel, fieldWithIssue(m_name, m_issues.add(u"inputs.analog_input.name"_qs, m_fields)));
    form->addRow(m_unitLabel, fieldWithIssue(m_unit, m_issues.add(u"inputs.analog_input.unit"_qs, m_fields)));
    form->addRow(m_pointALabel, pointRow(m_pointAVolts, m_pointAReads, m_pointAValue, u"inputs.analog_input.point_a"_qs));
    form->addRow(m_pointBLabel, pointRow(m_pointBVolts, m_pointBReads, m_pointBValue, u"inputs.analog_input.point_b"_qs));
    form->addRow(alarmRow(m_alarmLowEnabled, m_alarmLow, u"inputs.analog_input.alarm_low"_qs));
    form->addRow(alarmRow(m_alarmHighEnabled, m_alarmHigh, u"inputs.analog_input.alarm_high"_qs));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_fields);
    layout->addWidget(m_live);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        refreshEnabled();
        m_edit([&](config::AnalogInputConfig& analog) { analog.enabled = on; });
    });
    connect(m_name, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_edit([&](config::AnalogInputConfig& analog) { analog.name = text; }); });
    connect(m_unit, &QLineEdit::textEdited, this, [this](const QString& text) {
        showUnit(text);
        m_edit([&](config::AnalogInputConfig& analog) { analog.unit = text; });
    });
    const auto number = [this](QDoubleSpinBox* spin, double config::AnalogInputConfig::*field) {
        connect(spin, &QDoubleSpinBox::valueChanged, this,
            [this, field](double value) { m_edit([&](config::AnalogInputConfig& analog) { analog.*field = value; }); });
    };
    const auto pointNumber = [this](QDoubleSpinBox* spin, config::AnalogPoint config::AnalogInputConfig::*point,
                                 double config::AnalogPoint::*field) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, point, field](double value) {
            m_edit([&](config::AnalogInputConfig& analog) { (analog.*point).*field = value; });
        });
    };
    pointNumber(m_pointAVolts, &config::AnalogInputConfig::pointA, &config::AnalogPoint::inputV);
    pointNumber(m_pointAValue, &config::AnalogInputConfig::pointA, &config::AnalogPoint::value);
    pointNumber(m_pointBVolts, &config::AnalogInputConfig::pointB, &config::AnalogPoint::inputV);
    pointNumber(m_pointBValue, &config::AnalogInputConfig::pointB, &config::AnalogPoint::value);
    number(m_alarmLow, &config::AnalogInputConfig::alarmLow);
    number(m_alarmHigh, &config::AnalogInputConfig::alarmHigh);
    connect(m_alarmLowEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_alarmLow->setEnabled(on);
        m_edit([&](config::AnalogInputConfig& analog) { analog.alarmLowEnabled = on; });
    });
    connect(m_alarmHighEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_alarmHigh->setEnabled(on);
        m_edit([&](config::AnalogInputConfig& analog) { analog.alarmHighEnabled = on; });
    });
    retranslate();
}

QDoubleSpinBox* AnalogInputBox::newValueSpin(const QString& name)
{
    auto* spin = new QDoubleSpinBox(m_fields);
    spin->setObjectName(name);
    spin->setRange(-kValueRange, kValueRange);
    spin->setDecimals(3);
    return spin;
}

QList<QWidget*> AnalogInputBox::tabOrder() const
{
    return { m_enabled, m_name, m_unit, m_pointAVolts, m_pointAValue, m_pointBVolts, m_pointBValue, m_alarmLowEnabled,
        m_alarmLow, m_alarmHighEnabled, m_alarmHigh };
}

void AnalogInputBox::retranslate()
{
    setTitle(tr("Analo&g input (0–30 V)"));
    m_enabled->setText(tr("In use"));
    m_nameLabel->setText(tr("Name:"));
    m_name->setPlaceholderText(tr("e.g. Tank pressure"));
    m_unitLabel->setText(tr("Unit:"));
    m_unit->setPlaceholderText(tr("e.g. bar, %, °C"));
    m_pointALabel->setText(tr("Scaling, first point:"));
    m_pointBLabel->setText(tr("Scaling, second point:"));
    for (QDoubleSpinBox* volts : { m_pointAVolts, m_pointBVolts })
        volts->setSuffix(tr(" V"));
    m_pointAReads->setText(tr("reads"));
    m_pointBReads->setText(tr("reads"));
    m_alarmLowEnabled->setText(tr("Alarm below"));
    m_alarmHighEnabled->setText(tr("Alarm above"));
}

void AnalogInputBox::load(const config::AnalogInputConfig& analog)
{
    m_enabled->setChecked(analog.enabled);
    if (m_name->text() != analog.name)
        m_name->setText(analog.name);
    if (m_unit->text() != analog.unit)
        m_unit->setText(analog.unit);
    m_pointAVolts->setValue(analog.pointA.inputV);
    m_pointAValue->setValue(analog.pointA.value);
    m_pointBVolts->setValue(analog.pointB.inputV);
    m_pointBValue->setValue(analog.pointB.value);
    m_alarmLowEnabled->setChecked(analog.alarmLowEnabled);
    m_alarmLow->setValue(analog.alarmLow);
    m_alarmHighEnabled->setChecked(analog.alarmHighEnabled);
    m_alarmHigh->setValue(analog.alarmHigh);
    showUnit(analog.unit);
    refreshEnabled();
}

void AnalogInputBox::showUnit(const QString& unit)
{
    for (QDoubleSpinBox* spin : { m_pointAValue, m_pointBValue, m_alarmLow, m_alarmHigh })
        spin->setSuffix(unit.isEmpty() ? QString() : u' ' + unit);
}

void AnalogInputBox::showState(const std::optional<AnalogInputState>& state)
{
    QString text;
    if (state && state->enabled) {
        const QLocale locale;
        text = tr("Now: %1 V, which reads %2.")
                   .arg(locale.toString(state->inputV, 'f', 2), locale.toString(state->value, 'g', 6));
        if (state->alarmLow)
            text += u' ' + tr("Low alarm on.");
        if (state->alarmHigh)
            text += u' ' + tr("High alarm on.");
    }
    m_live->setText(text);
    m_live->setVisible(!text.isEmpty());
}

void AnalogInputBox::refreshEnabled()
{
    m_fields->setEnabled(m_enabled->isChecked());
    m_alarmLow->setEnabled(m_alarmLowEnabled->isChecked());
    m_alarmHigh->setEnabled(m_alarmHighEnabled->isChecked());
}

} // namespace iotpro::ui
