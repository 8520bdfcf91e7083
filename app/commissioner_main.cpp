// iotpro-commissioner: answers --help/--version without a display, then builds the object
// graph of the desktop app and runs it.

#include "ApplicationIdentity.h"
#include "BleScanFeed.h"
#include "ConnectionController.h"
#include "ConnectionListModel.h"
#include "JobHistory.h"
#include "LanguageSwitcher.h"
#include "LiveCheckController.h"
#include "LiveStreamController.h"
#include "MainWindow.h"
#include "RecentDevices.h"
#include "StartupOptions.h"
#include "VirtualModuleTrust.h"
#include "WizardRecorder.h"
#include "WizardModuleLink.h"
#include "WizardServices.h"
#include "commissioning/CommissioningSession.h"
#include "commissioning/ConfigWriter.h"
#include "commissioning/FollowWrites.h"
#include "device/DeviceClient.h"
#include "device/VirtualModuleLauncher.h"
#include "security/KeyStore.h"
#include "storage/HistoryDatabase.h"
#include "transport/BleModuleWatcher.h"
#include "transport/SerialPortScanner.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QSettings>
#include <variant>

int main(int argc, char* argv[])
{
    using namespace iotpro;
    // Debug output only on request (QT_LOGGING_RULES="iotpro.*.debug=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("iotpro.*.debug=false"));

    // A QCoreApplication first: --help, --version and bad arguments are answered without a
    // display (QApplication would abort without one).
    ui::StartupOptions options;
    {
        QCoreApplication commandLineApp(argc, argv);
        ui::setApplicationIdentity();
        QSettings settings;
        const ui::LanguageSwitcher languages(settings); // --help in the user's language
        std::variant<ui::StartupOptions, int> parsed = ui::CommandLine::parse(QCoreApplication::arguments());
        if (const int* exitCode = std::get_if<int>(&parsed))
            return *exitCode;
        options = std::get<ui::StartupOptions>(std::move(parsed));
    }

    QApplication app(argc, argv);
    ui::setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/iotpro-commissioner.svg")));

    QSettings settings;
    ui::LanguageSwitcher languages(settings);
    DeviceClient client;
    VirtualModuleLauncher virtualModule(
        VirtualModuleLauncher::bundledProgram(), VirtualModuleLauncher::defaultStateDirectory());
    virtualModule.setExtraArguments(options.virtualModuleArguments);
    security::KeyStore keys(security::KeyStore::defaultDirectory());
    ui::trustKeyStoreKeys(virtualModule, keys);
    SerialPortWatcher serialPorts;
    ui::RecentDevices recentDevices(settings);
    ui::ConnectionListModel connections;
    ui::ConnectionController controller(client, virtualModule, recentDevices);
    ui::LiveStreamController liveStream(client);
    ui::LiveCheckController liveCheck;
    ui::connectLiveCheck(liveStream, liveCheck);
    commissioning::CommissioningSession session;
    commissioning::ConfigWriter writer(client);
    commissioning::followWrites(writer, session);
    ui::WizardModuleLink moduleLink(session, controller, client);
    ui::JobHistory history(storage::HistoryDatabase::defaultPath()); // the CLI's too
    ui::WizardRecorder recorder(session, writer, liveCheck, history);
    ui::WizardServices wizard { session, writer, client, controller, liveStream, liveCheck, keys, virtualModule,
        history, recorder, settings };

    QObject::connect(&serialPorts, &SerialPortWatcher::portsChanged, &connections,
        &ui::ConnectionListModel::setSerialPorts);
    QObject::connect(&recentDevices, &ui::RecentDevices::changed, &connections,
        &ui::ConnectionListModel::setRecentDevices);
    connections.setRecentDevices(recentDevices.devices());
    serialPorts.start();
    BleModuleWatcher bleModules;
    ui::connectBleScan(bleModules, controller, connections);

    ui::MainWindow window(controller, connections, languages, wizard);
    window.show();
    if (options.connectTo)
        controller.connectTo(*options.connectTo);
    return QApplication::exec();
}
