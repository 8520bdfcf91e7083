#include "LiveCommand.h"

#include "Console.h"
#include "GlobalOptions.h"
#include "ModuleConnection.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

namespace iotpro::cli {

namespace {

QCommandLineOption rateOption()
{
    return QCommandLineOption(u"rate"_qs, LiveCommand::tr("Snapshots per second, 1 to 20 (default 10)."),
        LiveCommand::tr("HZ"), u"10"_qs);
}

QCommandLineOption countOption()
{
    return QCommandLineOption(u"count"_qs,
        LiveCommand::tr("Stop after N snapshots (default: until interrupted)."), LiveCommand::tr("N"), u"0"_qs);
}

} // namespace

QString LiveCommand::summary() const
{
    return tr("Stream live per-phase readings: V, I, P, Q, S, PF, angles, THD, energy.");
}

QList<QCommandLineOption> LiveCommand::options() const
{
    return { rateOption(), countOption() };
}

void LiveCommand::run(CommandContext& context)
{
    bool rateOk = false;
    bool countOk = false;
    const uint rate = context.parser.value(rateOption()).toUInt(&rateOk);
    m_wanted = context.parser.value(countOption()).toULongLong(&countOk);
    if (!rateOk || rate < 1 || rate > 20) {
        context.console.error(tr("--rate must be a whole number from 1 to 20."));
        return context.finish(ExitUsage);
    }
    if (!countOk) {
        context.console.error(tr("--count must be a whole number (0 for no limit)."));
        return context.finish(ExitUsage);
    }
    m_client = std::make_unique<DeviceClient>();
    DeviceClient* client = m_client.get();
    QObject::connect(client, &DeviceClient::liveFailed, client, [&context](const Error& error) {
        context.console.error(error);
        context.finish(ExitFailure);
    });
    QObject::connect(client, &DeviceClient::liveGap, client, [this, &context](quint64 first, quint64 missing) {
        m_missing += missing;
        context.console.error(tr("gap in the live stream: %n snapshot(s) from #%1 on never arrived.", nullptr, int(missing))
                                  .arg(first));
    });
    QObject::connect(client, &DeviceClient::liveSnapshot, client,
        [this, &context](const LiveSnapshot& snapshot) { onSnapshot(context, snapshot); });
    const Result<DeviceAddress> address = DeviceAddress::parse(context.deviceAddress);
    const bool kept = address && LinkKeeper::keeps(address.value());
    if (kept)
        keepLink(context, rate);
    connectToModule(
        context, *client, [client, rate](const DeviceInfo&) { client->startLive(rate); },
        kept ? LinkLoss::HandledByCommand : LinkLoss::EndsCommand);
}

void LiveCommand::keepLink(CommandContext& context, quint32 rate)
{
    m_keeper = std::make_unique<LinkKeeper>(*m_client);
    LinkKeeper* keeper = m_keeper.get();
    QObject::connect(keeper, &LinkKeeper::waiting, keeper,
        [this, &context](int attempt, int attempts, std::chrono::milliseconds delay) {
            const std::optional<DeviceInfo>& info = m_client->deviceInfo();
            context.console.error(tr("Bluetooth link lost: reconnecting to %1 (attempt %2 of %3, next in %4 s) …")
                                      .arg(info ? info->bleName : context.deviceAddress)
                                      .arg(attempt)
                                      .arg(attempts)
                                      .arg(QLocale().toString(double(delay.count()) / 1000.0, 'g', 3)));
        });
    // The link is new: the module knows no stream on it, so the stream is subscribed again.
    QObject::connect(keeper, &LinkKeeper::reconnected, keeper, [this, &context, rate](const DeviceInfo& info) {
        context.console.error(tr("reconnected to %1; the live stream continues.").arg(info.bleName));
        m_client->startLive(rate);
    });
    QObject::connect(keeper, &LinkKeeper::gaveUp, keeper, [&context](const Error& error) {
        context.console.error(error);
        context.finish(ExitFailure);
    });
}

void LiveCommand::onSnapshot(CommandContext& context, const LiveSnapshot& snapshot)
{
    if (m_wanted != 0 && m_printed >= m_wanted)
        return; // the stop request is on its way
    if (context.parser.isSet(GlobalOptions::json()))
        context.console.json(QJsonDocument(toJson(snapshot)));
    else
        context.console.line(describeSnapshot(snapshot));
    if (++m_printed == m_wanted) {
        m_client->stopLive();
        context.finish(m_missing == 0 ? ExitOk : ExitFailure);
    }
}

QString describeSnapshot(const LiveSnapshot& snapshot)
{
    // People read this: numbers in their locale, fixed widths so columns line up.
    const QLocale locale;
    QString line = LiveCommand::tr("#%1  %2 Hz").arg(snapshot.sequence).arg(locale.toString(snapshot.frequency, 'f', 2));
    for (qsizetype k = 0; k < snapshot.elements.size(); ++k) {
        const LiveElement& e = snapshot.elements[k];
        line += LiveCommand::tr("  | %1: %2 V %3 A %4 kW PF %5 %6°")
                    .arg(k + 1)
                    .arg(locale.toString(e.voltage, 'f', 1), 6)
                    .arg(locale.toString(e.current, 'f', 1), 6)
                    .arg(locale.toString(e.activePower / 1000.0, 'f', 2), 7)
                    .arg(locale.toString(e.powerFactor, 'f', 2))
                    .arg(locale.toString(e.viAngle, 'f', 0), 4);
    }
    return line;
}

} // namespace iotpro::cli
