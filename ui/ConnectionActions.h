#pragma once

namespace iotpro::ui {

/// Where the connection stands, as the user sees it.
enum class ConnectionPhase {
    Idle, ///< no link; the user picks what to connect to
    StartingVirtualModule, ///< the built-in virtual module is being started
    Connecting, ///< opening the link and identifying the module
    Connected,
};

/// What the user may do in a given situation: the one place that decides what is enabled.
struct ConnectionActions
{
    bool canChooseTarget = false; ///< pick a port or type an address
    bool canConnect = false;
    bool canDisconnect = false; ///< also cancels a connection attempt
    bool canReconnect = false; ///< repeat the last connection attempt

    static ConnectionActions forState(ConnectionPhase phase, bool hasChosenTarget, bool hasLastTarget);

    friend bool operator==(const ConnectionActions&, const ConnectionActions&) = default;
};

} // namespace iotpro::ui
