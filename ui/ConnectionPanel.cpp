#include "ConnectionPanel.h"

#include "ConnectionController.h"
#include "ConnectionListModel.h"
#include "LargeButtons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace iotpro::ui {

ConnectionPanel::ConnectionPanel(
    ConnectionController& controller, ConnectionListModel& model, QWidget* parent)
    : QGroupBox(parent)
    , m_controller(controller)
    , m_model(model)
    , m_listLabel(new QLabel(this))
    , m_list(new QListView(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_addressProblem(new QLabel(this))
    , m_connect(new QPushButton(this))
    , m_disconnect(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_addressProblem->setObjectName(QStringLiteral("addressProblemLabel"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));

    m_list->setModel(&m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSpacing(3);
    // Long lines (why Bluetooth cannot scan) wrap to the panel's width instead of being cut.
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The list is disabled while connected; its selection then marks the connected module and
    // must stay as legible as an active one.
    QPalette listPalette = m_list->palette();
    for (const QPalette::ColorRole role : { QPalette::Highlight, QPalette::HighlightedText })
        listPalette.setColor(QPalette::Disabled, role, listPalette.color(QPalette::Active, role));
    m_list->setPalette(listPalette);
    m_listLabel->setBuddy(m_list);
    m_addressLabel->setBuddy(m_address);
    m_address->setClearButtonEnabled(true);
    m_addressProblem->setWordWrap(true);
    m_addressProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_connect->setDefault(true);
    makeLargeTarget(*m_connect);
    makeLargeTarget(*m_disconnect);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_disconnect);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addSpacing(6);
    layout->addWidget(m_addressLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_addressProblem);
    layout->addSpacing(6);
    layout->addLayout(buttons);

    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConnectionPanel::onSelectionChanged);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        if (m_model.target(index))
            m_controller.connectToChosenTarget();
    });
    connect(m_address, &QLineEdit::textEdited, this, &ConnectionPanel::onAddressEdited);
    connect(
        m_address, &QLineEdit::returnPressed, &m_controller, &ConnectionController::connectToChosenTarget);
    connect(m_connect, &QPushButton::clicked, &m_controller, &ConnectionController::connectToChosenTarget);
    connect(m_disconnect, &QPushButton::clicked, &m_controller, &ConnectionController::disconnectFromDevice);
    connect(&m_controller, &ConnectionController::stateChanged, this, &ConnectionPanel::refresh);
    // A reset (the Bluetooth modules re-sorted by signal) drops the view's selection, not the choice.
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ConnectionPanel::showChosenTarget);

    retranslate();
    refresh();
}

void ConnectionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ConnectionPanel::retranslate()
{
    setTitle(tr("Connection"));
    m_listLabel->setText(tr("&Choose a port or device:"));
    m_addressLabel->setText(tr("Or type an &address:"));
    m_address->setPlaceholderText(tr("e.g. 192.168.1.20:5020 or serial:/dev/ttyUSB0"));
    m_connect->setText(tr("Co&nnect"));
    m_disconnect->setText(tr("&Disconnect"));
    m_model.retranslate();
    // The address problem is a translated text: parse again to have it in the new language.
    if (!m_addressProblem->text().isEmpty())
        m_controller.setAddressText(m_address->text());
}

void ConnectionPanel::refresh()
{
    const ConnectionActions actions = m_controller.actions();
    m_list->setEnabled(actions.canChooseTarget);
    m_address->setEnabled(actions.canChooseTarget);
    m_connect->setEnabled(actions.canConnect);
    m_disconnect->setEnabled(actions.canDisconnect);
    showChosenTarget();
    m_addressProblem->setText(m_controller.addressProblem());
    m_addressProblem->setVisible(!m_controller.addressProblem().isEmpty());
}

void ConnectionPanel::showChosenTarget()
{
    // What Connect acts on is always visible: a row of the list, or else the address field.
    const std::optional<ConnectionTarget>& chosen = m_controller.chosenTarget();
    if (m_updatingInputs || !chosen)
        return;
    const QScopedValueRollback updating(m_updatingInputs, true);
    const QModelIndex row = m_model.indexOf(*chosen);
    if (row.isValid()) {
        m_list->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect);
        m_address->clear();
    } else if (chosen->kind == ConnectionTarget::Kind::Device) {
        m_list->selectionModel()->clearSelection();
        m_address->setText(chosen->address.toString());
    }
}

void ConnectionPanel::onSelectionChanged()
{
    if (m_updatingInputs)
        return;
    const QScopedValueRollback updating(m_updatingInputs, true);
    const QModelIndexList selected = m_list->selectionModel()->selectedIndexes();
    const std::optional<ConnectionTarget> target
        = selected.isEmpty() ? std::nullopt : m_model.target(selected.constFirst());
    if (target)
        m_address->clear();
    m_controller.chooseTarget(target);
}

void ConnectionPanel::onAddressEdited(const QString& text)
{
    const QScopedValueRollback updating(m_updatingInputs, true);
    m_list->selectionModel()->clearSelection();
    m_controller.setAddressText(text);
}

} // namespace iotpro::ui
