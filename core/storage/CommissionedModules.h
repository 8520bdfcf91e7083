#pragma once

#include "SessionRecord.h"
#include "common/Result.h"
#include "config/DeviceConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iotpro::storage {

class HistoryDatabase;

/// A module as its last written configuration left it: what the exports list.
struct CommissionedModule
{
    QString serialNumber;
    QString hardwareRevision;
    QString firmwareVersion;
    QString site;
    QString panel;
    QString circuit;
    config::InstallationPoint installationPoint = config::InstallationPoint::Unspecified;
    qint64 sessionId = 0;
    SessionResult result = SessionResult::Passed;
    QDateTime committedAt; ///< UTC, when the module made the configuration active
    QString configSha256; ///< hex, the configuration hash without secrets (config/ConfigHash)
    quint64 counter = 0;
    QString signerFingerprint;
    /// The LoRaWAN settings written; the AppKey is never in the history (empty here).
    config::LorawanConfig lorawan;

    friend bool operator==(const CommissionedModule&, const CommissionedModule&) = default;
};

/// The modules of the history that were written at least once, each with its latest written
/// session, by serial number; with `site` given, only those whose latest written session is there.
class CommissionedModules
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::storage::CommissionedModules)

public:
    static Result<QList<CommissionedModule>> find(HistoryDatabase& database, const QString& site = {});
};

} // namespace iotpro::storage
