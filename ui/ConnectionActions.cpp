#include "ConnectionActions.h"

namespace iotpro::ui {

ConnectionActions ConnectionActions::forState(ConnectionPhase phase, bool hasChosenTarget, bool hasLastTarget)
{
    // One link at a time: while a link is up or being set up, the choice of target is frozen
    // so that what the window shows is always what it is connected to.
    const bool idle = phase == ConnectionPhase::Idle;
    return ConnectionActions {
        .canChooseTarget = idle,
        .canConnect = idle && hasChosenTarget,
        .canDisconnect = !idle,
        .canReconnect = idle && hasLastTarget,
    };
}

} // namespace iotpro::ui
