#include "ConfigOutput.h"

#include "TextRows.h"
#include "commissioning/CommissioningJson.h"
#include "commissioning/NetworkCheckText.h"
#include "config/ConfigDiff.h"
#include "config/ConfigHash.h"

namespace iotpro::cli {

namespace {

/// The labels of `config apply` come in groups printed as the write goes; they line up.
constexpr qsizetype ApplyLabelWidth = 15;

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString slotName(quint32 slot)
{
    switch (slot) {
    case 0:
        return ConfigOutput::tr("factory default");
    case 1:
        return ConfigOutput::tr("slot A");
    case 2:
        return ConfigOutput::tr("slot B");
    default:
        return ConfigOutput::tr("slot %1").arg(slot);
    }
}

} // namespace

QStringList ConfigOutput::configState(const ConfigState& state, const DeviceInfo& info)
{
    QList<std::pair<QString, QString>> rows { { tr("Module"), info.serialNumber } };
    if (state.isFactoryDefault()) {
        rows.append({ tr("Configuration"), tr("factory default, never configured (counter 0)") });
    } else {
        rows.append({ tr("Configuration"),
            tr("counter %1, %2, committed %3").arg(state.counter).arg(slotName(state.activeSlot), utcText(state.committedAt)) });
        rows.append({ tr("Signed by"), tr("%1 at %2").arg(state.signerFingerprint, utcText(state.signedAt)) });
        rows.append({ tr("Payload SHA-256"), hex(state.payloadSha256) });
    }
    rows.append({ tr("Config hash"), hex(config::configHash(state.config)) });
    QStringList lines = alignedRows(rows);
    lines.append(QString());
    QList<std::pair<QString, QString>> fields;
    for (const config::ConfigField& field : config::listFields(state.config))
        fields.append({ field.fieldPath, field.value });
    lines.append(alignedRows(fields));
    return lines;
}

QStringList ConfigOutput::opening(
    const DeviceInfo& info, quint64 counter, const commissioning::OpeningReadings& readings)
{
    const EnergyRegisters& energy = readings.energy;
    const QString offset = QString::number(double(std::abs(readings.clockOffsetMs)) / 1000.0, 'f', 1);
    QString clock = tr("%1 (%2, %3), %4")
                        .arg(utcText(readings.moduleClock),
                            readings.timeZone.isEmpty() ? tr("no time zone") : readings.timeZone,
                            readings.clockSynchronized ? tr("synchronised") : tr("not synchronised"),
                            offset == u"0.0" ? tr("in step with this computer")
                                : readings.clockOffsetMs > 0 ? tr("%1 s ahead of this computer").arg(offset)
                                                             : tr("%1 s behind this computer").arg(offset));
    if (readings.clockSet) {
        clock += readings.timeZoneSetTo.isEmpty()
            ? tr("; set to %1").arg(utcText(readings.clockSetTo))
            : tr("; set to %1, zone %2").arg(utcText(readings.clockSetTo), readings.timeZoneSetTo);
    }
    return alignedRows({
        { tr("Module"), tr("%1 (configuration counter %2)").arg(info.serialNumber).arg(counter) },
        { tr("Opening energy"),
            tr("import %1 Wh, export %2 Wh, reactive import %3 varh, reactive export %4 varh")
                .arg(energy.activeImportWh)
                .arg(energy.activeExportWh)
                .arg(energy.reactiveImportVarh)
                .arg(energy.reactiveExportVarh) },
        { tr("Module clock"), clock },
    }, ApplyLabelWidth);
}

QStringList ConfigOutput::written(const commissioning::ConfigWriteResult& result)
{
    QStringList lines = alignedRows({ { tr("Changes"),
        result.changes.isEmpty() ? tr("none (the same configuration, signed anew)") : QString::number(result.changes.size()) } },
        ApplyLabelWidth);
    for (const config::ConfigChange& change : result.changes)
        lines.append(u"  " + change.toString());
    lines.append(alignedRows({
        { tr("Written"),
            tr("counter %1 in %2, committed %3").arg(result.counter).arg(slotName(result.slot), utcText(result.committedAt)) },
        { tr("Verified"), tr("read back: payload SHA-256 %1").arg(hex(result.payloadSha256)) },
        { tr("Config hash"), hex(result.configHash) },
        { tr("Signed by"), result.signerFingerprint },
    }, ApplyLabelWidth));
    if (result.recoveredAfterLinkLoss)
        lines.append(tr("The link broke during the write; after reconnecting, the module runs the new configuration."));
    return lines;
}

QStringList ConfigOutput::networkCheck(const NetworkCheckReport& report)
{
    QList<std::pair<QString, QString>> rows;
    for (const commissioning::NetworkCheckLine& line : commissioning::describeNetworkCheck(report))
        rows.append({ u"  " + line.name, line.text });
    QStringList lines = alignedRows(rows);
    lines.append(tr("  (checked in %1 s)").arg(QString::number(double(report.durationMs) / 1000.0, 'f', 1)));
    return lines;
}

QStringList ConfigOutput::trustStore(const TrustStore& store)
{
    QStringList lines { store.factoryMode ? tr("Factory mode: yes, trusted keys can be added and removed")
                                          : tr("Factory mode: no, trusted keys can be listed, not changed") };
    if (store.keys.isEmpty())
        lines.append(tr("No trusted keys."));
    QList<std::pair<QString, QString>> rows;
    for (const TrustedKey& key : store.keys) {
        rows.append({ key.fingerprint,
            tr("%1  %2  added %3")
                .arg(commissioning::roleName(key.role).leftJustified(13),
                    key.label.isEmpty() ? tr("(no label)") : u'"' + key.label + u'"', utcText(key.added)) });
    }
    lines.append(alignedRows(rows));
    return lines;
}

} // namespace iotpro::cli
