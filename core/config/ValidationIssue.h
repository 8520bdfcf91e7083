#pragma once

#include <QString>

namespace iotpro::config {

/// One problem with one field of a configuration, for the person who can fix it.
struct ValidationIssue
{
    /// The field, as a path into the JSON form of the configuration: proto field names joined by
    /// dots, 0-based indices in brackets, e.g. "network.wifi.ssid" or "metering.ct_inputs[0].rating_a"
    /// (so the path is also a jq filter on the JSON). A problem that spans fields names the
    /// message that holds them; a problem with the whole document has an empty path.
    QString fieldPath;
    /// What is wrong and what to do about it, translated, e.g. "The Wi-Fi name is 40 bytes long;
    /// a Wi-Fi name has at most 32 bytes."
    QString message;

    /// "path: message", or the message alone for a problem with the whole document.
    QString toString() const
    {
        return fieldPath.isEmpty() ? message : fieldPath + QStringLiteral(": ") + message;
    }

    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

} // namespace iotpro::config
