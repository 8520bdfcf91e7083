// Averaging a live window and the stability gate in front of the diagnosis.
#include "electrical/SnapshotWindow.h"

#include <QTest>

using namespace iotpro::electrical;

namespace {

ElementReading reading(
    double current, double powerAngleDeg, std::optional<double> voltageAngle = std::nullopt)
{
    const double apparent = 230.0 * current;
    const double radians = qDegreesToRadians(powerAngleDeg);
    return { 230.0, current, apparent * std::cos(radians), apparent * std::sin(radians), voltageAngle };
}

Snapshot snapshot(QList<ElementReading> elements)
{
    return { 50.0, std::move(elements) };
}

Installation installation()
{
    Installation declared;
    declared.ctPrimaryA = 100.0;
    return declared;
}

} // namespace

class tst_SnapshotWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void averagesASteadyWindow()
    {
        const QList<Snapshot> window {
            snapshot({ reading(50.0, 20.0, 0.0), reading(40.0, 30.0, 179.0) }),
            snapshot({ reading(51.0, 21.0, 0.0), reading(40.5, 29.0, -179.0) }),
            snapshot({ reading(49.0, 19.0, 0.0), reading(39.5, 30.0, 179.5) }),
        };
        const AveragedSnapshot averaged = averageSnapshots(window, installation());
        QVERIFY2(averaged.stable, qPrintable(averaged.reason));
        QVERIFY(averaged.reason.isEmpty());
        QCOMPARE(averaged.mean.elements.size(), 2);
        QCOMPARE(averaged.mean.elements[0].current, 50.0);
        QCOMPARE(averaged.mean.frequency, 50.0);
        const double meanPower = (window[0].elements[0].activePower + window[1].elements[0].activePower
                                     + window[2].elements[0].activePower)
            / 3.0;
        QCOMPARE(averaged.mean.elements[0].activePower, meanPower);
        // Angles average on the circle: 179° and -179° meet at 180°, not at 0°.
        QVERIFY(std::abs(std::abs(*averaged.mean.elements[1].voltageAngle) - 179.83) < 0.01);
    }

    void unsteadyWindowsAreNotDiagnosed_data()
    {
        QTest::addColumn<QList<Snapshot>>("window");
        QTest::addColumn<QString>("reason");
        QTest::newRow("too few") << QList<Snapshot> { snapshot({ reading(50, 20) }),
            snapshot({ reading(50, 20) }) }
                                 << u"readings in a row"_qs;
        QTest::newRow("nothing") << QList<Snapshot> {} << u"readings in a row"_qs;
        QTest::newRow("load switching") << QList<Snapshot> { snapshot({ reading(50, 20) }),
            snapshot({ reading(70, 20) }), snapshot({ reading(40, 20) }) }
                                        << u"current on input 1"_qs;
        QTest::newRow("power factor moving") << QList<Snapshot> { snapshot({ reading(50, 0) }),
            snapshot({ reading(50, 30) }), snapshot({ reading(50, 10) }) }
                                             << u"power factor on input 1"_qs;
        QTest::newRow("shape changes") << QList<Snapshot> { snapshot({ reading(50, 20) }),
            snapshot({ reading(50, 20), reading(50, 20) }), snapshot({ reading(50, 20) }) }
                                       << u"different numbers of elements"_qs;
    }
    void unsteadyWindowsAreNotDiagnosed()
    {
        QFETCH(QList<Snapshot>, window);
        QFETCH(QString, reason);
        const AveragedSnapshot averaged = averageSnapshots(window, installation());
        QVERIFY(!averaged.stable);
        QVERIFY2(averaged.reason.contains(reason), qPrintable(averaged.reason));
    }

    void unloadedElementsMayWander()
    {
        // 2 A on a 100 A CT: its angle is noise and gets no verdict anyway.
        const QList<Snapshot> window {
            snapshot({ reading(50, 20), reading(2, -60) }),
            snapshot({ reading(50, 20), reading(2, 80) }),
            snapshot({ reading(50, 20), reading(2, 170) }),
        };
        QVERIFY(averageSnapshots(window, installation()).stable);
    }
};

QTEST_GUILESS_MAIN(tst_SnapshotWindow)
#include "tst_snapshotwindow.moc"
