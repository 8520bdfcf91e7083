// "Warm the sensor in your hand": which ROM code is rising, from successive readings of a bus.
#include "commissioning/WarmSensorDetector.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::commissioning;

using State = WarmSensorDetector::State;

namespace {

const QString A = u"28FF4A1D931603D1"_qs;
const QString B = u"28AA00112233447E"_qs;
const QString C = u"2801020304050643"_qs;

/// One scan of the bus: ROM code and temperature pairs; 'x' marks a sensor that did not answer.
using Scan = QList<std::pair<QString, double>>;

QList<Ds18b20Reading> readings(const Scan& scan)
{
    QList<Ds18b20Reading> result;
    for (const auto& [rom, temperature] : scan)
        result.append({ rom, temperature, !std::isnan(temperature) });
    return result;
}

constexpr double Silent = std::numeric_limits<double>::quiet_NaN();

} // namespace

Q_DECLARE_METATYPE(Scan)

class tst_WarmSensorDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<QList<Scan>>("scans");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("found");

        QTest::newRow("nothing yet") << QList<Scan> { { { A, 21.0 }, { B, 21.5 } } } << int(State::Waiting) << QString();
        QTest::newRow("one sensor warmed")
            << QList<Scan> { { { A, 21.0 }, { B, 21.5 }, { C, 4.0 } }, { { A, 21.6 }, { B, 21.5 }, { C, 4.0 } },
                   { { A, 22.3 }, { B, 21.6 }, { C, 4.1 } }, { { A, 23.4 }, { B, 21.5 }, { C, 4.0 } } }
            << int(State::Found) << A;
        QTest::newRow("a single reading above is not enough")
            << QList<Scan> { { { A, 21.0 }, { B, 21.5 } }, { { A, 22.2 }, { B, 21.5 } } } << int(State::Waiting)
            << QString();
        QTest::newRow("a spike that falls back resets")
            << QList<Scan> { { { A, 21.0 }, { B, 21.5 } }, { { A, 22.2 }, { B, 21.5 } }, { { A, 21.1 }, { B, 21.5 } },
                   { { A, 22.2 }, { B, 21.5 } } }
            << int(State::Waiting) << QString();
        QTest::newRow("two warmed") << QList<Scan> { { { A, 21.0 }, { B, 21.5 } }, { { A, 22.5 }, { B, 23.0 } },
                                           { { A, 23.5 }, { B, 24.0 } } }
                                    << int(State::Ambiguous) << QString();
        QTest::newRow("the room warms them all a little")
            << QList<Scan> { { { A, 21.0 }, { B, 21.5 } }, { { A, 22.2 }, { B, 22.1 } }, { { A, 22.4 }, { B, 22.2 } } }
            << int(State::Waiting) << QString();
        QTest::newRow("baseline is the lowest reading")
            << QList<Scan> { { { A, 22.0 }, { B, 21.5 } }, { { A, 20.0 }, { B, 21.5 } }, { { A, 21.2 }, { B, 21.5 } },
                   { { A, 21.3 }, { B, 21.5 } } }
            << int(State::Found) << A;
        QTest::newRow("a cooling sensor is not rising")
            << QList<Scan> { { { A, 25.0 } }, { { A, 23.0 } }, { { A, 22.0 } } } << int(State::Waiting) << QString();
        QTest::newRow("power-on 85 °C is ignored")
            << QList<Scan> { { { A, 85.0 }, { B, 21.5 } }, { { A, 21.0 }, { B, 21.5 } }, { { A, 85.0 }, { B, 21.5 } },
                   { { A, 85.0 }, { B, 21.5 } } }
            << int(State::Waiting) << QString();
        QTest::newRow("disconnected -127 °C is ignored")
            << QList<Scan> { { { A, 21.0 }, { B, -127.0 } }, { { A, 22.5 }, { B, 21.5 } }, { { A, 23.5 }, { B, 21.5 } } }
            << int(State::Found) << A;
        QTest::newRow("a sensor that did not answer is ignored")
            << QList<Scan> { { { A, 21.0 }, { B, 21.5 } }, { { A, Silent }, { B, 23.0 } }, { { A, Silent }, { B, 23.5 } } }
            << int(State::Found) << B;
        QTest::newRow("ROM codes in either case are one sensor")
            << QList<Scan> { { { A.toLower(), 21.0 } }, { { A, 22.5 } }, { { A.toLower(), 23.0 } } } << int(State::Found)
            << A;
        QTest::newRow("released and another warmed")
            << QList<Scan> { { { A, 21.0 }, { B, 21.0 } }, { { A, 23.0 }, { B, 22.5 } }, { { A, 23.5 }, { B, 23.0 } },
                   { { A, 21.0 }, { B, 23.5 } }, { { A, 21.0 }, { B, 24.0 } } }
            << int(State::Found) << B;
    }
    void verdict()
    {
        QFETCH(QList<Scan>, scans);
        QFETCH(int, state);
        QFETCH(QString, found);
        WarmSensorDetector detector;
        for (const Scan& scan : scans)
            detector.add(readings(scan));
        const WarmSensorDetector::Verdict verdict = detector.verdict();
        QCOMPARE(int(verdict.state), state);
        QCOMPARE(verdict.romCode, found);
        if (verdict.state == State::Ambiguous)
            QCOMPARE(verdict.rising, (QStringList { B, A }));
    }

    void risesForProgress()
    {
        WarmSensorDetector detector;
        detector.add(readings({ { A, 21.0 }, { B, 21.5 } }));
        detector.add(readings({ { A, 21.75 }, { B, 21.25 } }));
        const QMap<QString, double> rises = detector.rises();
        QCOMPARE(rises.value(A), 0.75);
        QCOMPARE(rises.value(B), 0.0);
    }

    void thresholdsAreTheCallers()
    {
        WarmSensorDetector detector({ 0.25, 0.1, 1 });
        detector.add(readings({ { A, 21.0 } }));
        detector.add(readings({ { A, 21.3 } }));
        QCOMPARE(detector.verdict().state, State::Found);
    }
};

QTEST_GUILESS_MAIN(tst_WarmSensorDetector)
#include "tst_warmsensordetector.moc"
