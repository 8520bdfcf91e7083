#include "InputsPage.h"

#include "AnalogInputBox.h"
#include "DigitalInputBox.h"
#include "WizardRecorder.h"
#include "commissioning/CommissioningSession.h"
#include "commissioning/IoMonitor.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace iotpro::ui {

InputsPage::InputsPage(WizardServices& services, QWidget* parent)
    : WizardPage(commissioning::Step::Inputs, services, parent)
    , m_monitor(new commissioning::IoMonitor(services.client, this))
{
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    for (std::size_t i = 0; i < m_digital.size(); ++i) {
        m_digital[i] = new DigitalInputBox(i, m_services, m_issues,
            [this, i](const std::function<void(config::DigitalInputConfig&)>& change) {
                edit([&](config::DeviceConfig& c) { change(c.inputs.digitalInputs[i]); });
            },
            content);
        grid->addWidget(m_digital[i], static_cast<int>(i / 2), static_cast<int>(i % 2));
    }
    m_analog = new AnalogInputBox(m_services.session.limits().inputs.analogInputV, m_issues,
        [this](const std::function<void(config::AnalogInputConfig&)>& change) {
            edit([&](config::DeviceConfig& c) { change(c.inputs.analogInput); });
        },
        content);
    grid->addWidget(m_analog, 2, 0, 1, 2);
    grid->addWidget(m_issues.addForPage(content), 3, 0, 1, 2);
    grid->setRowStretch(4, 1);

    // Tab goes input by input, the analog input last.
    QWidget* previous = nullptr;
    for (DigitalInputBox* box : m_digital) {
        for (QWidget* field : box->tabOrder()) {
            if (previous)
                setTabOrder(previous, field);
            previous = field;
        }
    }
    for (QWidget* field : m_analog->tabOrder()) {
        setTabOrder(previous, field);
        previous = field;
    }

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("inputsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_monitor, &commissioning::IoMonitor::ioState, this, [this](const IoState& state) { showIoState(state); });
    // The I/O check of the commissioning record: the inputs as last read here.
    connect(m_monitor, &commissioning::IoMonitor::ioState, &m_services.recorder, &WizardRecorder::setIoState);
    connect(m_monitor, &commissioning::IoMonitor::failed, this, [this] { showIoState(std::nullopt); });
    retranslate();
}

QString InputsPage::title() const
{
    return tr("Inputs");
}

QString InputsPage::instructions() const
{
    return tr("What is wired to the four digital inputs and the analog input. Operate a contact, send a "
              "pulse or warm a sensor: the module's reading shows under each input.");
}

void InputsPage::retranslate()
{
    for (DigitalInputBox* box : m_digital)
        box->retranslate();
    m_analog->retranslate();
}

void InputsPage::loadDraft()
{
    const config::InputsConfig& inputs = draft().inputs;
    for (std::size_t i = 0; i < m_digital.size(); ++i)
        m_digital[i]->load(inputs.digitalInputs[i]);
    m_analog->load(inputs.analogInput);
}

void InputsPage::refresh()
{
    // Polls only while someone looks, and only over a link to the module being commissioned.
    const commissioning::CommissioningSession& session = m_services.session;
    const bool poll = isVisible() && session.isLinkUp() && !session.otherModule();
    if (poll && !m_monitor->isRunning())
        m_monitor->start();
    else if (!poll && m_monitor->isRunning())
        m_monitor->stop();
    if (!poll)
        showIoState(std::nullopt);
}

void InputsPage::hideEvent(QHideEvent* event)
{
    m_monitor->stop();
    for (DigitalInputBox* box : m_digital)
        box->stopSearching();
    WizardPage::hideEvent(event);
}

void InputsPage::showIoState(const std::optional<IoState>& state)
{
    const config::InputsConfig& inputs = draft().inputs;
    for (std::size_t i = 0; i < m_digital.size(); ++i) {
        const qsizetype index = static_cast<qsizetype>(i);
        m_digital[i]->showState(state && index < state->digitalInputs.size()
                ? std::optional(state->digitalInputs[index])
                : std::nullopt,
            inputs.digitalInputs[i].mode);
    }
    m_analog->showState(state ? std::optional(state->analogInput) : std::nullopt);
}

} // namespace iotpro::ui
