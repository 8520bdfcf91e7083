// The phasor diagram's geometry and judgement, without a display: where voltages, currents and
// sectors sit in every wiring, and which current is out of place and why.
#include "LiveSnapshots.h"
#include "graphics/PhasorDiagram.h"
#include "electrical/Phasor.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::graphics;
using Status = PhasorArrow::Status;
using electrical::Wiring;

namespace {

bool sameAngle(double a, double b)
{
    return std::abs(electrical::wrapDegrees(a - b)) < 1e-6;
}

electrical::Diagnosis diagnosisOf(const LiveSnapshot& snapshot)
{
    return electrical::diagnose(toInstallation(snapshot.setup), toElectricalSnapshot(snapshot));
}

} // namespace

class tst_PhasorDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void voltagesAndSectors_data()
    {
        QTest::addColumn<Wiring>("wiring");
        QTest::addColumn<QStringList>("voltageLabels");
        QTest::addColumn<QList<double>>("voltageAngles");
        QTest::addColumn<QStringList>("currentLabels");
        /// Where each current sits at power factor 1: the middle of its own phase's voltage.
        QTest::addColumn<QList<double>>("unityAngles");

        QTest::newRow("3P4W") << Wiring::ThreePhaseFourWire << QStringList { u"V1"_qs, u"V2"_qs, u"V3"_qs }
                              << QList<double> { 0.0, -120.0, 120.0 }
                              << QStringList { u"I1"_qs, u"I2"_qs, u"I3"_qs }
                              << QList<double> { 0.0, -120.0, 120.0 };
        // Aron: I1 30° behind V12, I3 30° ahead of V32 at PF 1.
        QTest::newRow("3P3W") << Wiring::ThreePhaseThreeWire << QStringList { u"V12"_qs, u"V32"_qs }
                              << QList<double> { 30.0, 90.0 } << QStringList { u"I1"_qs, u"I3"_qs }
                              << QList<double> { 0.0, 120.0 };
        QTest::newRow("1P") << Wiring::SinglePhase << QStringList { u"V1"_qs } << QList<double> { 0.0 }
                            << QStringList { u"I1"_qs } << QList<double> { 0.0 };
    }

    void voltagesAndSectors()
    {
        QFETCH(Wiring, wiring);
        QFETCH(QStringList, voltageLabels);
        QFETCH(QList<double>, voltageAngles);
        QFETCH(QStringList, currentLabels);
        QFETCH(QList<double>, unityAngles);

        const PhasorDiagram diagram
            = buildPhasorDiagram(livesnapshots::snapshotOf(livesnapshots::correctSite(wiring, 0.0), 1));
        QCOMPARE(diagram.voltages.size(), voltageLabels.size());
        QCOMPARE(diagram.currents.size(), voltageLabels.size());
        QCOMPARE(diagram.sectors.size(), voltageLabels.size());
        const electrical::DiagnosisThresholds& limits = electrical::defaultDiagnosisThresholds;
        for (qsizetype k = 0; k < voltageLabels.size(); ++k) {
            QCOMPARE(diagram.voltages[k].label, voltageLabels[k]);
            QVERIFY2(sameAngle(diagram.voltages[k].angleDeg, voltageAngles[k]),
                qPrintable(QString::number(diagram.voltages[k].angleDeg)));
            QCOMPARE(diagram.voltages[k].length, 1.0);
            QCOMPARE(diagram.currents[k].label, currentLabels[k]);
            QCOMPARE(diagram.currents[k].status, Status::Normal);
            QVERIFY2(sameAngle(diagram.currents[k].angleDeg, unityAngles[k]),
                qPrintable(QString::number(diagram.currents[k].angleDeg)));
            // From PF 0.5 lagging (clockwise) to PF 0.8 leading around the unity position.
            QVERIFY(sameAngle(diagram.sectors[k].startDeg, unityAngles[k] - limits.laggingLimitDeg));
            QCOMPARE(diagram.sectors[k].spanDeg, limits.laggingLimitDeg - limits.leadingLimitDeg);
        }
    }

    void currentsLagTheirVoltage()
    {
        const PhasorDiagram diagram = buildPhasorDiagram(
            livesnapshots::snapshotOf(livesnapshots::correctSite(Wiring::ThreePhaseFourWire, 30.0), 1));
        QVERIFY(sameAngle(diagram.currents[0].angleDeg, -30.0));
        QVERIFY(sameAngle(diagram.currents[1].angleDeg, -150.0));
        QVERIFY(sameAngle(diagram.currents[2].angleDeg, 90.0));
    }

    void currentStatus_data()
    {
        using namespace livesnapshots;
        QTest::addColumn<Site>("site");
        QTest::addColumn<bool>("withDiagnosis");
        QTest::addColumn<QList<Status>>("statuses");
        QTest::addColumn<QStringList>("labels");

        const Site correct4 = correctSite(Wiring::ThreePhaseFourWire);
        QTest::newRow("3P4W correct")
            << correct4 << true << QList { Status::Normal, Status::Normal, Status::Normal }
            << QStringList { u"I1"_qs, u"I2"_qs, u"I3"_qs };
        QTest::newRow("3P4W CT 2 reversed, not yet diagnosed")
            << reversedCt(correct4, 2) << false << QList { Status::Normal, Status::Alarm, Status::Normal }
            << QStringList { u"I1"_qs, u"I2 unexpected angle"_qs, u"I3"_qs };
        QTest::newRow("3P4W CT 2 reversed")
            << reversedCt(correct4, 2) << true << QList { Status::Normal, Status::Alarm, Status::Normal }
            << QStringList { u"I1"_qs, u"I2 reversed"_qs, u"I3"_qs };
        QTest::newRow("3P4W CT 3 reversed")
            << reversedCt(correct4, 3) << true << QList { Status::Normal, Status::Normal, Status::Alarm }
            << QStringList { u"I1"_qs, u"I2"_qs, u"I3 reversed"_qs };
        Site swapped = correct4;
        swapped.real.ctPhase = { 2, 1, 3 };
        QTest::newRow("3P4W CTs 1 and 2 swapped")
            << swapped << true << QList { Status::Alarm, Status::Alarm, Status::Normal }
            << QStringList { u"I1 on L2"_qs, u"I2 on L1"_qs, u"I3"_qs };

        // The Aron trap: at PF 0.5 lagging element 1 reads negative power with nothing wrong.
        QTest::newRow("3P3W correct at PF 0.5 lagging")
            << correctSite(Wiring::ThreePhaseThreeWire, 59.0) << true
            << QList { Status::Normal, Status::Normal } << QStringList { u"I1"_qs, u"I3"_qs };
        QTest::newRow("3P3W CT 2 reversed")
            << reversedCt(correctSite(Wiring::ThreePhaseThreeWire), 2) << true
            << QList { Status::Normal, Status::Alarm } << QStringList { u"I1"_qs, u"I3 reversed"_qs };

        Site light = correct4;
        light.load.current = { 40.0, 5.0, 40.0 }; // 5 % of a 100 A CT
        QTest::newRow("too little current to judge")
            << reversedCt(light, 2) << false << QList { Status::Normal, Status::Unjudged, Status::Normal }
            << QStringList { u"I1"_qs, u"I2"_qs, u"I3"_qs };

        Site generating = correctSite(Wiring::SinglePhase, 180.0);
        generating.exportPossible = true;
        QTest::newRow("1P exporting where it can") << generating << false << QList { Status::Exporting }
                                                   << QStringList { u"I1 export or reversed"_qs };
        generating.exportPossible = false;
        QTest::newRow("1P exporting where it cannot")
            << generating << false << QList { Status::Alarm } << QStringList { u"I1 unexpected angle"_qs };
    }

    void currentStatus()
    {
        QFETCH(livesnapshots::Site, site);
        QFETCH(bool, withDiagnosis);
        QFETCH(QList<Status>, statuses);
        QFETCH(QStringList, labels);

        const LiveSnapshot snapshot = livesnapshots::snapshotOf(site, 1);
        const std::optional<electrical::Diagnosis> diagnosis
            = withDiagnosis ? std::optional(diagnosisOf(snapshot)) : std::nullopt;
        const PhasorDiagram diagram = buildPhasorDiagram(snapshot, diagnosis);
        QCOMPARE(diagram.currents.size(), statuses.size());
        for (qsizetype k = 0; k < statuses.size(); ++k) {
            QCOMPARE(diagram.currents[k].status, statuses[k]);
            QCOMPARE(diagram.currents[k].label, labels[k]);
        }
    }

    void currentsScaleApartFromVoltages()
    {
        livesnapshots::Site site = livesnapshots::correctSite(Wiring::ThreePhaseFourWire);
        site.load.current = { 40.0, 20.0, 4.0 };
        const PhasorDiagram diagram = buildPhasorDiagram(livesnapshots::snapshotOf(site, 1));
        QCOMPARE(diagram.currents[0].length, 1.0);
        QVERIFY(std::abs(diagram.currents[1].length - 0.5) < 1e-9);
        // Small but still pointing somewhere visible.
        QVERIFY(diagram.currents[2].length >= 0.25);
        QCOMPARE(diagram.voltages[0].length, 1.0);

        site.load.current = { 40.0, 0.0, 40.0 };
        const PhasorDiagram noCurrent = buildPhasorDiagram(livesnapshots::snapshotOf(site, 1));
        QCOMPARE(noCurrent.currents[1].length, 0.0);
    }

    void wrongElementCountDrawsNothing()
    {
        LiveSnapshot snapshot
            = livesnapshots::snapshotOf(livesnapshots::correctSite(Wiring::ThreePhaseFourWire), 1);
        snapshot.elements.removeLast();
        QVERIFY(buildPhasorDiagram(snapshot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PhasorDiagram)
#include "tst_phasordiagram.moc"
