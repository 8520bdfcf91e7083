#include "BenchRig.h"

namespace iotpro::sim {

namespace {

// The reference meter's noise has its own random stream, apart from the module's.
constexpr quint64 kReferenceStream = 0xC2B2AE3D27D4EB4F;

/// The reference meter: wired correctly to the source's conductors, its CT ratios exact.
MeteringEngine referenceMeter(const Scenario& scenario, const TestSource& source)
{
    Site site = BenchRig::benchSite(scenario.site);
    const Wiring wiring = site.supply.wiring;
    site.wiring = correctWiring(wiring, scenario.setup.ctPrimaryA.value(0, 100.0));
    site.noise = BenchRig::kReferenceNoise;
    const MeteringSetup setup = uncorrectedSetup(
        wiring, site.supply.nominalVoltage, site.supply.frequency, scenario.setup.ctPrimaryA.value(0, 100.0));
    return MeteringEngine(site, setup, scenario.seed ^ kReferenceStream, {}, &source);
}

} // namespace

Site BenchRig::benchSite(const Site& site)
{
    Site bench = site;
    bench.supply.voltageHarmonics.clear();
    for (PhaseLoad& load : bench.loads) {
        load.currentHarmonics.clear();
        load.exporting = false;
    }
    bench.variation = Variation { 0.0, 0.0, 0.0, 0.0, 60.0, 0.0, 0.0 };
    return bench;
}

BenchRig::BenchRig(const Scenario& scenario, Clock now)
    : m_now(std::move(now))
    , m_source(scenario.site.supply, kSettlingTime)
    , m_reference(referenceMeter(scenario, m_source))
{ }

MeterReading BenchRig::referenceReading()
{
    m_reference.advanceTo(m_now());
    return m_reference.read();
}

} // namespace iotpro::sim
