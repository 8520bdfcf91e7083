#pragma once

#include "ConnectionController.h"
#include "ConnectionListModel.h"
#include "JobHistory.h"
#include "LanguageSwitcher.h"
#include "LiveCheckController.h"
#include "LiveStreamController.h"
#include "MainWindow.h"
#include "RecentDevices.h"
#include "SimProcess.h"
#include "WizardModuleLink.h"
#include "WizardRecorder.h"
#include "WizardServices.h"
#include "commissioning/CommissioningSession.h"
#include "commissioning/ConfigWriter.h"
#include "commissioning/FollowWrites.h"
#include "device/DeviceClient.h"
#include "device/VirtualModuleLauncher.h"
#include "security/KeyStore.h"

#include <QSettings>
#include <QTemporaryDir>

/// The object graph main() builds, with the virtual module taken from the build tree and the
/// settings and the job history in a private directory.
struct Commissioner
{
    Commissioner()
        : settings(stateDir.filePath(u"settings.ini"_qs), QSettings::IniFormat)
        , languages(settings)
        , launcher(binaryPath(u"iotpro-sim"_qs), stateDir.filePath(u"virtual-module"_qs))
        , recent(settings)
        , controller(client, launcher, recent)
        , liveStream(client)
        , keys(stateDir.filePath(u"keys"_qs))
        , writer(client)
        , moduleLink(session, controller, client)
        , history(stateDir.filePath(u"history.sqlite"_qs))
        , recorder(session, writer, liveCheck, history)
        , wizard { session, writer, client, controller, liveStream, liveCheck, keys, launcher, history, recorder, settings }
        , window(controller, connections, languages, wizard)
    {
        iotpro::commissioning::followWrites(writer, session);
        connections.setRecentDevices(recent.devices());
        QObject::connect(&recent, &iotpro::ui::RecentDevices::changed, &connections,
            &iotpro::ui::ConnectionListModel::setRecentDevices);
        iotpro::ui::connectLiveCheck(liveStream, liveCheck);
    }

    template <typename T> T* find(const QString& name) const
    {
        T* widget = window.findChild<T*>(name);
        if (!widget)
            qFatal("no widget named %s", qPrintable(name));
        return widget;
    }

    QTemporaryDir stateDir;
    QSettings settings;
    iotpro::ui::LanguageSwitcher languages;
    iotpro::DeviceClient client;
    iotpro::VirtualModuleLauncher launcher;
    iotpro::ui::RecentDevices recent;
    iotpro::ui::ConnectionListModel connections;
    iotpro::ui::ConnectionController controller;
    iotpro::ui::LiveStreamController liveStream;
    iotpro::ui::LiveCheckController liveCheck;
    iotpro::security::KeyStore keys;
    iotpro::commissioning::CommissioningSession session;
    iotpro::commissioning::ConfigWriter writer;
    iotpro::ui::WizardModuleLink moduleLink;
    iotpro::ui::JobHistory history;
    iotpro::ui::WizardRecorder recorder;
    iotpro::ui::WizardServices wizard;
    iotpro::ui::MainWindow window;
};
