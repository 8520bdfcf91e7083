#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace iotpro::ui {

class BatchView;
class BenchController;
class CommissioningWizard;
class ConnectionController;
class ConnectionListModel;
class HistoryView;
class LanguageSwitcher;
struct WizardServices;

/// The commissioner's window: problem banner on top, connection on the left; on the right the
/// commissioning wizard, the module's identity, the live wiring check, the job history, the
/// production Bench mode and its batch view as tabs; link state and round-trip time in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The live stream and check are the wizard's (`wizard.liveStream`, `wizard.liveCheck`), and
    /// so is the job history the history tab shows (`wizard.history`).
    MainWindow(ConnectionController& controller, ConnectionListModel& connections,
        LanguageSwitcher& languages, WizardServices& wizard, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshLinkState();
    /// A new connection opens on the live check (checking the wiring is what one connects for),
    /// unless the wizard is in front: it leads the way itself.
    void showLiveCheckOnConnect();
    void refreshRoundTrip();
    void showAbout();

    ConnectionController& m_controller;
    QTabWidget* m_tabs;
    CommissioningWizard* m_wizardTab;
    QWidget* m_identityTab;
    QWidget* m_liveCheckTab;
    HistoryView* m_historyTab;
    BenchController* m_bench;
    QWidget* m_benchTab;
    BatchView* m_batchTab;
    bool m_wasConnected = false;
    QMenu* m_fileMenu;
    QMenu* m_helpMenu;
    QAction* m_quitAction;
    QAction* m_aboutAction;
    QLabel* m_linkIndicator;
    QLabel* m_linkState;
    QLabel* m_roundTrip;
};

} // namespace iotpro::ui
