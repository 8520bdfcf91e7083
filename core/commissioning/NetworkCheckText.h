#pragma once

#include "device/NetworkCheckReport.h"

#include <QList>
#include <QString>

namespace iotpro::commissioning {

/// One line of a network check for people: what was checked, how it went, and on a failure what
/// to do about it. The CLI prints them, the wizard shows them as rows.
struct NetworkCheckLine
{
    QString name; ///< "Wi-Fi", "LoRaWAN", "Cellular", "GPS"
    CheckState state = CheckState::Unknown;
    QString text; ///< "connected to "Plant-IoT" (…)", "FAILED: the access point refused the passphrase: …"

    friend bool operator==(const NetworkCheckLine&, const NetworkCheckLine&) = default;
};

QList<NetworkCheckLine> describeNetworkCheck(const NetworkCheckReport& report);

} // namespace iotpro::commissioning
