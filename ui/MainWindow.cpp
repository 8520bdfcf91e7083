#include "MainWindow.h"

#include "BatchView.h"
#include "BenchController.h"
#include "BenchView.h"
#include "CommissioningWizard.h"
#include "ConnectionController.h"
#include "ConnectionPanel.h"
#include "HistoryView.h"
#include "IdentityPanel.h"
#include "JobHistory.h"
#include "LanguageMenu.h"
#include "LiveCheckView.h"
#include "ProblemBanner.h"
#include "WizardServices.h"
#include "commissioning/CommissioningSession.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace iotpro::ui {

namespace {

/// Link state colours; the text beside the dot says the same, the colour only speeds reading.
QString indicatorStyle(ConnectionPhase phase)
{
    const char* colour = "#7a7a7a";
    switch (phase) {
    case ConnectionPhase::Idle:
        break;
    case ConnectionPhase::StartingVirtualModule:
    case ConnectionPhase::Connecting:
        colour = "#c77700";
        break;
    case ConnectionPhase::Connected:
        colour = "#1b7f3b";
        break;
    }
    return QStringLiteral("background: %1; border-radius: 6px;").arg(QLatin1String(colour));
}

} // namespace

MainWindow::MainWindow(ConnectionController& controller, ConnectionListModel& connections,
    LanguageSwitcher& languages, WizardServices& wizard, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_tabs(new QTabWidget(this))
    , m_wizardTab(new CommissioningWizard(wizard, m_tabs))
    , m_identityTab(new IdentityPanel(m_controller, m_tabs))
    , m_liveCheckTab(new LiveCheckView(wizard.liveStream, wizard.liveCheck, m_tabs))
    , m_historyTab(new HistoryView(wizard.history, m_tabs))
    , m_bench(new BenchController(
          wizard.client, wizard.connection, wizard.liveStream, wizard.keys, wizard.history.path(), this))
    , m_benchTab(new BenchView(*m_bench, wizard.keys, wizard.settings, m_tabs))
    , m_batchTab(new BatchView(wizard.history.path(), m_tabs))
    , m_fileMenu(menuBar()->addMenu(QString()))
    , m_helpMenu(new QMenu(this))
    , m_quitAction(m_fileMenu->addAction(QString()))
    , m_aboutAction(m_helpMenu->addAction(QString()))
    , m_linkIndicator(new QLabel(this))
    , m_linkState(new QLabel(this))
    , m_roundTrip(new QLabel(this))
{
    menuBar()->addMenu(new LanguageMenu(languages, this));
    menuBar()->addMenu(m_helpMenu);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QMainWindow::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    auto* central = new QWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_wizardTab, QString());
    m_tabs->addTab(m_identityTab, QString());
    m_tabs->addTab(m_liveCheckTab, QString());
    m_tabs->addTab(m_historyTab, QString());
    m_tabs->addTab(m_benchTab, QString());
    m_tabs->addTab(m_batchTab, QString());
    connect(m_bench, &BenchController::recorded, m_batchTab, &BatchView::reload);
    connect(m_wizardTab, &CommissioningWizard::liveCheckViewRequested, this,
        [this] { m_tabs->setCurrentWidget(m_liveCheckTab); });
    // The history starts the wizard for the next module (from a template, a planned circuit).
    connect(m_historyTab, &HistoryView::wizardRequested, this,
        [this, &session = wizard.session](const config::DeviceConfig& draft) {
            if (!session.startFrom(draft)) {
                QMessageBox::information(this, tr("Commissioning wizard"),
                    tr("The wizard is writing a configuration; start the next module when it has finished."));
                return;
            }
            m_tabs->setCurrentWidget(m_wizardTab);
        });
    // The live check needs the width; the connection list can be narrowed.
    auto* panels = new QSplitter(Qt::Horizontal, central);
    panels->setChildrenCollapsible(false);
    panels->addWidget(new ConnectionPanel(m_controller, connections, panels));
    panels->addWidget(m_tabs);
    panels->setStretchFactor(0, 1);
    panels->setStretchFactor(1, 4);
    panels->setSizes({ 280, 1100 });
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(new ProblemBanner(m_controller, central));
    layout->addWidget(panels, 1);
    setCentralWidget(central);
    // Panel captions in bold: they name the two halves of the window.
    central->setStyleSheet(QStringLiteral("QGroupBox { font-weight: bold; }"));

    m_linkIndicator->setFixedSize(12, 12);
    m_linkState->setObjectName(QStringLiteral("linkStateLabel"));
    m_roundTrip->setObjectName(QStringLiteral("roundTripLabel"));
    statusBar()->addWidget(m_linkIndicator);
    statusBar()->addWidget(m_linkState, 1);
    statusBar()->addPermanentWidget(m_roundTrip);

    connect(&m_controller, &ConnectionController::stateChanged, this, &MainWindow::refreshLinkState);
    connect(&m_controller, &ConnectionController::stateChanged, this, &MainWindow::showLiveCheckOnConnect);
    connect(&m_controller, &ConnectionController::roundTripChanged, this, &MainWindow::refreshRoundTrip);
    retranslate();
    // Room for the live check, but never more than the screen has (field laptops are small).
    resize(QSize(1380, 900).boundedTo(screen()->availableSize() * 0.95));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About IoT Pro Commissioner"));
    m_tabs->setTabText(m_tabs->indexOf(m_wizardTab), tr("Commissioning &wizard"));
    m_tabs->setTabText(m_tabs->indexOf(m_identityTab), tr("&Module"));
    m_tabs->setTabText(m_tabs->indexOf(m_liveCheckTab), tr("&Live check"));
    m_tabs->setTabText(m_tabs->indexOf(m_historyTab), tr("&Job history"));
    m_tabs->setTabText(m_tabs->indexOf(m_benchTab), tr("Factor&y bench"));
    m_tabs->setTabText(m_tabs->indexOf(m_batchTab), tr("Batch &quality"));
    refreshLinkState();
    refreshRoundTrip();
}

void MainWindow::refreshLinkState()
{
    const std::optional<ConnectionTarget>& target = m_controller.activeTarget();
    const std::optional<DeviceAddress>& address = m_controller.activeAddress();
    const bool isVirtual = target && target->kind == ConnectionTarget::Kind::VirtualModule;
    const QString where = !address ? QString()
        : isVirtual                ? tr("the virtual module (%1)").arg(address->toString())
                                   : address->toString();
    QString state;
    switch (m_controller.phase()) {
    case ConnectionPhase::Idle:
        state = tr("Disconnected");
        break;
    case ConnectionPhase::StartingVirtualModule:
        state = tr("Starting the virtual module…");
        break;
    case ConnectionPhase::Connecting:
        if (const std::optional<ReconnectStatus>& reconnect = m_controller.reconnectStatus()) {
            state = tr("Reconnecting to %1 (attempt %2 of %3, next in %4 s)…")
                        .arg(reconnect->module)
                        .arg(reconnect->attempt)
                        .arg(reconnect->attempts)
                        .arg(QLocale().toString(double(reconnect->nextIn.count()) / 1000.0, 'g', 3));
        } else {
            state = tr("Connecting to %1…").arg(where);
        }
        break;
    case ConnectionPhase::Connected:
        state = tr("Connected to %1").arg(where);
        break;
    }
    m_linkState->setText(state);
    m_linkIndicator->setStyleSheet(indicatorStyle(m_controller.phase()));

    const QString application = tr("IoT Pro Commissioner");
    const std::optional<DeviceInfo>& info = m_controller.deviceInfo();
    setWindowTitle(info ? tr("%1 — %2").arg(info->serialNumber, application) : application);
}

void MainWindow::showLiveCheckOnConnect()
{
    const bool connected = m_controller.phase() == ConnectionPhase::Connected;
    if (connected && !m_wasConnected && m_tabs->currentWidget() != m_wizardTab)
        m_tabs->setCurrentWidget(m_liveCheckTab);
    m_wasConnected = connected;
}

void MainWindow::refreshRoundTrip()
{
    const std::optional<std::chrono::microseconds>& roundTrip = m_controller.roundTripTime();
    if (roundTrip) {
        const double milliseconds = static_cast<double>(roundTrip->count()) / 1000.0;
        m_roundTrip->setText(tr("RTT %1 ms").arg(QLocale().toString(milliseconds, 'f', 1)));
    } else if (m_controller.pingUnanswered()) {
        m_roundTrip->setText(tr("RTT: no reply"));
    } else {
        m_roundTrip->clear();
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About IoT Pro Commissioner"),
        tr("<h3>IoT Pro Commissioner %1</h3><p>Commissioning tool for the IoT Pro Energy Module.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace iotpro::ui
