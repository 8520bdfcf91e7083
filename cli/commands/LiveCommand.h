#pragma once

#include "Command.h"
#include "device/DeviceClient.h"
#include "device/LinkKeeper.h"

#include <QCoreApplication>

#include <memory>

namespace iotpro::cli {

/// `iotpro-cli --device ADDR live [--rate HZ] [--count N] [--json]`: the live readings, one
/// line per snapshot. Gaps in the stream are reported on stderr and make the exit status 1.
/// A Bluetooth link that drops is brought back (LinkKeeper) and the stream subscribed again;
/// each attempt is one line on stderr.
class LiveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::LiveCommand)

public:
    QString name() const override { return u"live"_qs; }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    void run(CommandContext& context) override;

private:
    void onSnapshot(CommandContext& context, const LiveSnapshot& snapshot);
    void keepLink(CommandContext& context, quint32 rate);

    std::unique_ptr<DeviceClient> m_client;
    std::unique_ptr<LinkKeeper> m_keeper;
    quint64 m_wanted = 0;
    quint64 m_printed = 0;
    quint64 m_missing = 0;
};

/// One human-readable line for a snapshot.
QString describeSnapshot(const LiveSnapshot& snapshot);

} // namespace iotpro::cli
