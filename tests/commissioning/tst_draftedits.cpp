// Changing the wiring keeps the rest of the metering consistent: CT inputs back on the phases the
// new wiring gives them, and a nominal voltage of the same supply.
#include "commissioning/DraftEdits.h"
#include "config/ConfigValidator.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::config;

class tst_DraftEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wiringChange_data()
    {
        QTest::addColumn<Wiring>("from");
        QTest::addColumn<quint32>("voltage");
        QTest::addColumn<Wiring>("to");
        QTest::addColumn<quint32>("expectedVoltage");
        QTest::addColumn<QList<quint32>>("expectedPhases");

        QTest::newRow("3P4W 230 V -> 3P3W") << Wiring::ThreePhaseFourWire << 230u << Wiring::ThreePhaseThreeWire << 400u
                                            << QList<quint32> { 1, 3, 3 };
        QTest::newRow("3P4W 277 V -> 3P3W") << Wiring::ThreePhaseFourWire << 277u << Wiring::ThreePhaseThreeWire << 480u
                                            << QList<quint32> { 1, 3, 3 };
        QTest::newRow("3P3W 400 V -> 3P4W") << Wiring::ThreePhaseThreeWire << 400u << Wiring::ThreePhaseFourWire << 230u
                                            << QList<quint32> { 1, 2, 3 };
        QTest::newRow("3P4W 230 V -> 1P keeps it") << Wiring::ThreePhaseFourWire << 230u << Wiring::SinglePhase << 230u
                                                   << QList<quint32> { 1, 2, 3 };
        QTest::newRow("3P3W 690 V -> 1P") << Wiring::ThreePhaseThreeWire << 690u << Wiring::SinglePhase << 240u
                                          << QList<quint32> { 1, 2, 3 };
    }

    void wiringChange()
    {
        QFETCH(Wiring, from);
        QFETCH(quint32, voltage);
        QFETCH(Wiring, to);
        QFETCH(quint32, expectedVoltage);
        QFETCH(QList<quint32>, expectedPhases);
        const ConfigLimits limits = ConfigLimits::builtIn();
        MeteringConfig metering = factoryDefaultConfig().metering;
        metering.wiring = from;
        metering.nominalVoltageV = voltage;
        metering.ctInputs[0].phase = 2; // a remap made for the old wiring
        metering.ctInputs[0].inverted = true;

        const MeteringConfig changed = commissioning::withWiring(metering, to, limits.metering);
        QCOMPARE(changed.wiring, to);
        QCOMPARE(changed.nominalVoltageV, expectedVoltage);
        for (std::size_t i = 0; i < CtInputCount; ++i) {
            QCOMPARE(changed.ctInputs[i].phase, expectedPhases[static_cast<qsizetype>(i)]);
            QVERIFY(!changed.ctInputs[i].inverted);
        }
        DeviceConfig config = factoryDefaultConfig();
        config.metering = changed;
        QVERIFY(validate(config, {}).isEmpty());
    }

    void sameWiringChangesNothing()
    {
        MeteringConfig metering = factoryDefaultConfig().metering;
        metering.ctInputs[0].inverted = true;
        QCOMPARE(commissioning::withWiring(metering, metering.wiring, ConfigLimits::builtIn().metering), metering);
    }
};

QTEST_GUILESS_MAIN(tst_DraftEdits)
#include "tst_draftedits.moc"
