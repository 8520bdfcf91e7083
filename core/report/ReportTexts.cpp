#include "ReportTexts.h"

#include <QStringList>

namespace iotpro::report::texts {

QString origin(storage::SessionOrigin origin)
{
    switch (origin) {
    case storage::SessionOrigin::Wizard:
        return Context::tr("commissioning wizard");
    case storage::SessionOrigin::CliApply:
        return Context::tr("command line (config apply)");
    }
    return {};
}

QString result(storage::SessionResult result)
{
    switch (result) {
    case storage::SessionResult::Passed:
        return Context::tr(
            "Passed: the configuration is written and verified, and every check that ran passed");
    case storage::SessionResult::Warnings:
        return Context::tr(
            "Passed with warnings: the configuration is written and verified; see the checks below");
    case storage::SessionResult::Failed:
        return Context::tr("Failed: the configuration was not written");
    case storage::SessionResult::Incomplete:
        return Context::tr("Incomplete: the session ended before the configuration was written");
    }
    return {};
}

QString resolution(storage::Resolution resolution)
{
    switch (resolution) {
    case storage::Resolution::Open:
        return Context::tr("open");
    case storage::Resolution::FixedOnSite:
        return Context::tr("fixed on site");
    case storage::Resolution::CorrectedInSoftware:
        return Context::tr("corrected in software");
    case storage::Resolution::Acknowledged:
        return Context::tr("acknowledged by the technician");
    }
    return {};
}

QString checklistItem(storage::ChecklistItem item)
{
    switch (item) {
    case storage::ChecklistItem::CtSecondariesNeverOpen:
        return Context::tr("No CT secondary was open-circuited under load");
    case storage::ChecklistItem::VoltageTapsFused:
        return Context::tr("The voltage taps are fused");
    case storage::ChecklistItem::EnclosureClosed:
        return Context::tr("The enclosure and the panel are closed");
    }
    return {};
}

QString installationPoint(config::InstallationPoint point)
{
    using P = config::InstallationPoint;
    switch (point) {
    case P::Unspecified:
        return Context::tr("not declared");
    case P::MainIncomer:
        return Context::tr("main incomer");
    case P::SubDistribution:
        return Context::tr("sub-distribution board or MCC");
    case P::HighLoadEquipment:
        return Context::tr("high-load equipment");
    case P::ColdChainFeed:
        return Context::tr("cold-chain feed");
    case P::TenantFeeder:
        return Context::tr("tenant or common-area feeder");
    case P::UpsGenerator:
        return Context::tr("UPS or generator");
    case P::EvCharging:
        return Context::tr("EV charging");
    }
    return {};
}

QString wiring(electrical::Wiring wiring)
{
    switch (wiring) {
    case electrical::Wiring::ThreePhaseFourWire:
        return Context::tr("three-phase four-wire (3P4W)");
    case electrical::Wiring::ThreePhaseThreeWire:
        return Context::tr("three-phase three-wire, Aron (3P3W)");
    case electrical::Wiring::SinglePhase:
        return Context::tr("single-phase (1P)");
    }
    return {};
}

QString ctSecondary(electrical::CtSecondary secondary)
{
    switch (secondary) {
    case electrical::CtSecondary::Voltage333mV:
        return Context::tr("333 mV");
    case electrical::CtSecondary::Current1A:
        return Context::tr("1 A");
    case electrical::CtSecondary::Current5A:
        return Context::tr("5 A");
    }
    return {};
}

QString ctDirection(config::CtDirection direction)
{
    switch (direction) {
    case config::CtDirection::TowardsLoad:
        return Context::tr("to the load");
    case config::CtDirection::TowardsSupply:
        return Context::tr("to the supply");
    }
    return {};
}

QString severity(electrical::Severity severity)
{
    switch (severity) {
    case electrical::Severity::Info:
        return Context::tr("info");
    case electrical::Severity::Warn:
        return Context::tr("warning");
    case electrical::Severity::Fail:
        return Context::tr("fail");
    }
    return {};
}

QString verdict(electrical::Verdict verdict)
{
    switch (verdict) {
    case electrical::Verdict::Pass:
        return Context::tr("PASS");
    case electrical::Verdict::Warn:
        return Context::tr("WARN");
    case electrical::Verdict::Fail:
        return Context::tr("FAIL");
    }
    return {};
}

QString inputMode(config::DigitalInputMode mode)
{
    switch (mode) {
    case config::DigitalInputMode::Off:
        return Context::tr("off");
    case config::DigitalInputMode::DryContact:
        return Context::tr("dry contact");
    case config::DigitalInputMode::Pulse:
        return Context::tr("pulse (S0)");
    case config::DigitalInputMode::Ds18b20:
        return Context::tr("DS18B20 temperature");
    }
    return {};
}

QString contactType(config::ContactType contact)
{
    switch (contact) {
    case config::ContactType::NormallyOpen:
        return Context::tr("normally open");
    case config::ContactType::NormallyClosed:
        return Context::tr("normally closed");
    }
    return {};
}

QString options(const DeviceInfo::Options& options)
{
    QStringList fitted;
    if (options.wifi)
        fitted.append(Context::tr("Wi-Fi"));
    if (options.lorawan)
        fitted.append(Context::tr("LoRaWAN"));
    if (options.cellular)
        fitted.append(Context::tr("cellular"));
    if (options.gps)
        fitted.append(Context::tr("GPS"));
    return fitted.isEmpty() ? Context::tr("none") : fitted.join(u", "_qs);
}

QString yesNo(bool value)
{
    return value ? Context::tr("yes") : Context::tr("no");
}

QString groupedHex(const QByteArray& bytes)
{
    const QString hex = QString::fromLatin1(bytes.toHex());
    QStringList groups;
    for (qsizetype at = 0; at < hex.size(); at += 8)
        groups.append(hex.mid(at, 8));
    return groups.join(u' ');
}

} // namespace iotpro::report::texts
