#include "ClampMeterPanel.h"

#include "LiveCheckController.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

constexpr double kMaxClampAmps = 9999.9;

} // namespace

ClampMeterPanel::ClampMeterPanel(LiveCheckController& check, QWidget* parent)
    : QGroupBox(parent)
    , m_check(check)
    , m_hint(new QLabel(this))
{
    m_hint->setWordWrap(true);
    auto* form = new QFormLayout;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        Row& row = m_rows[i];
        row.label = new QLabel(this);
        row.amps = new QDoubleSpinBox(this);
        row.amps->setObjectName(QStringLiteral("clampMeter%1").arg(i + 1));
        // The spin box reads and shows the user's locale ("12,5" in German).
        row.amps->setRange(0.0, kMaxClampAmps);
        row.amps->setDecimals(1);
        row.amps->setSingleStep(0.1);
        row.amps->setAccelerated(true);
        row.label->setBuddy(row.amps);
        form->addRow(row.label, row.amps);
        connect(row.amps, &QDoubleSpinBox::valueChanged, this, &ClampMeterPanel::submit);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(&m_check, &LiveCheckController::readingsChanged, this, &ClampMeterPanel::refreshRows);
    retranslate();
}

void ClampMeterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ClampMeterPanel::retranslate()
{
    setTitle(tr("Clamp meter cross-check"));
    m_hint->setText(tr("Clamp each CT's conductor and type the current shown."));
    for (Row& row : m_rows) {
        row.amps->setSpecialValueText(tr("not measured"));
        row.amps->setSuffix(tr(" A"));
    }
    m_inputs = -1; // relabel
    refreshRows();
}

void ClampMeterPanel::refreshRows()
{
    const int inputs = m_check.inputCount();
    if (inputs == m_inputs)
        return;
    m_inputs = inputs;
    const electrical::Wiring wiring = m_check.installation().wiring;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const int input = int(i) + 1;
        // Without readings all three stay, so the panel does not jump when they arrive.
        const bool used = inputs == 0 || input <= inputs;
        row.label->setVisible(used);
        row.amps->setVisible(used);
        row.label->setText(tr("L%1 (input %2):").arg(electrical::declaredPhase(wiring, input)).arg(input));
    }
    submit(); // as many readings as the wiring has elements
}

void ClampMeterPanel::submit()
{
    electrical::ClampMeterReadings readings;
    for (const Row& row : m_rows) {
        // The lowest value is "not measured": a clamp meter on a live conductor never reads 0.0 A.
        readings.currentA.append(
            row.amps->value() > row.amps->minimum() ? std::optional(row.amps->value()) : std::nullopt);
    }
    // One reading per element of the wiring, as the diagnosis expects.
    const int inputs = m_check.inputCount();
    if (inputs > 0)
        readings.currentA.resize(inputs);
    m_check.setClampMeterReadings(readings);
}

} // namespace iotpro::ui
