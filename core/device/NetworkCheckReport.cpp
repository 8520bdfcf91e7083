#include "NetworkCheckReport.h"

namespace iotpro {

namespace {

/// Disabled and not fitted are not failures: the check had nothing to do there.
bool failed(CheckState state)
{
    return state == CheckState::Failed || state == CheckState::Unknown;
}

} // namespace

bool NetworkCheckReport::anyFailed() const
{
    return failed(wifi.state) || failed(lorawan.state) || failed(cellular.state) || failed(gps.state);
}

bool NetworkCheckReport::anyNetworkPassed() const
{
    return wifi.state == CheckState::Passed || lorawan.state == CheckState::Passed
        || cellular.state == CheckState::Passed;
}

} // namespace iotpro
