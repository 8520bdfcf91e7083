#include "BleScanFeed.h"

#include "ConnectionController.h"
#include "ConnectionListModel.h"
#include "transport/BleModuleWatcher.h"

namespace iotpro::ui {

void connectBleScan(BleModuleWatcher& watcher, ConnectionController& controller, ConnectionListModel& list)
{
    QObject::connect(&watcher, &BleModuleWatcher::modulesChanged, &list, &ConnectionListModel::setBleModules);
    QObject::connect(&watcher, &BleModuleWatcher::unavailableChanged, &list, &ConnectionListModel::setBleUnavailable);
    const auto follow = [&watcher, &controller] { watcher.setActive(controller.phase() == ConnectionPhase::Idle); };
    QObject::connect(&controller, &ConnectionController::stateChanged, &watcher, follow);
    list.setBleModules(watcher.modules());
    list.setBleUnavailable(watcher.unavailable());
    follow();
}

} // namespace iotpro::ui
