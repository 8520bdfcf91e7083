#include "ModuleTestKit.h"

#include "electrical/ScenarioLibrary.h"

namespace iotpro::test {

namespace {

sim::Scenario correctWiring()
{
    return std::get<sim::Scenario>(sim::ScenarioLibrary::builtIn().scenario(QStringLiteral("3p4w-correct")));
}

} // namespace

TestModule::TestModule(const QString& stateDir, sim::FittedOptions fitted, bool factoryMode)
    : identity(sim::makeModuleIdentity(QString::fromUtf16(kSerial), fitted, {}))
    , limits(sim::ConfigLimitsTable::builtIn())
    , rules(limits, fitted)
    , store(stateDir)
    , trust(stateDir)
    , calibrationStore(stateDir)
    , guard(stateDir, clock)
    , verifier(identity, trust, rules)
    , registers(stateDir)
    , metering(correctWiring(), {}, registers, clock)
    , applier(metering)
    , session(identity, clock, store)
    , config(store, verifier, applier, clock, killSwitch)
    , pairing(QString::fromUtf16(kLabelCode), identity.serialNumber, guard, clock)
    , trustRequests(trust, factoryMode, clock)
    , calibration(identity, trust, calibrationStore, clock, metering)
    , protocol(identity.protocolVersions)
    , link([](const v1::Envelope&) {})
{
    m_loaded = store.load() && trust.load() && guard.load() && calibrationStore.load();
    metering.setCalibration(calibrationStore.current().perElement());
    if (store.active().slot != sim::ConfigStore::kFactorySlot)
        applier.apply(store.active().config);
    protocol.addHandler(session);
    protocol.addHandler(config);
    protocol.addHandler(pairing);
    protocol.addHandler(trustRequests);
    protocol.addHandler(calibration);
}

v1::Envelope TestModule::exchange(const v1::Envelope& request, sim::LinkState& onLink)
{
    return protocol.replyTo(request, onLink).value();
}

} // namespace iotpro::test
