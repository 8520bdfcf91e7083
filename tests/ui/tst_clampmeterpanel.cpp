// The clamp-meter entries: what the electrician types, in their locale, reaches the diagnosis
// as ClampMeterReadings, and a CT of the wrong size shows.
#include "ClampMeterPanel.h"
#include "LiveCheckController.h"
#include "LiveSnapshots.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;
using electrical::Wiring;

namespace {

void feedSteadyWindow(LiveCheckController& check, const livesnapshots::Site& site)
{
    for (quint64 sequence = 1; sequence <= 21; ++sequence)
        check.addSnapshot(livesnapshots::snapshotOf(site, sequence));
}

bool hasRatioMismatch(const LiveCheckController& check, int element)
{
    const QList<electrical::Finding>& findings = check.diagnosis()->findings;
    return std::any_of(findings.cbegin(), findings.cend(), [element](const electrical::Finding& f) {
        return f.code == electrical::FindingCode::CtRatioMismatch && f.element == element;
    });
}

} // namespace

class tst_ClampMeterPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void typedReadingReachesTheDiagnosis_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("amps");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << u"80.5"_qs << 80.5;
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << u"80,5"_qs << 80.5;
    }

    void typedReadingReachesTheDiagnosis()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, typed);
        QFETCH(double, amps);
        QLocale::setDefault(locale);

        LiveCheckController check;
        ClampMeterPanel panel(check);
        feedSteadyWindow(check, livesnapshots::correctSite(Wiring::ThreePhaseFourWire, 25.0, 40.0));
        QVERIFY(!hasRatioMismatch(check, 2));

        auto* input2 = panel.findChild<QDoubleSpinBox*>(u"clampMeter2"_qs);
        QVERIFY(input2);
        QCOMPARE(input2->text(), u"not measured"_qs); // the lowest value means none
        input2->selectAll();
        QTest::keyClicks(input2, typed);
        QCOMPARE(input2->value(), amps);
        const electrical::ClampMeterReadings& readings = check.clampMeterReadings();
        QCOMPARE(readings.currentA.size(), 3);
        QCOMPARE(readings.currentA[0], std::nullopt);
        QCOMPARE(readings.currentA[1], std::optional(amps));
        QVERIFY(hasRatioMismatch(check, 2));

        input2->setValue(0.0);
        QCOMPARE(check.clampMeterReadings().currentA[1], std::nullopt);
        QVERIFY(!hasRatioMismatch(check, 2));
    }

    void rowsFollowTheWiring()
    {
        LiveCheckController check;
        ClampMeterPanel panel(check);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        check.addSnapshot(
            livesnapshots::snapshotOf(livesnapshots::correctSite(Wiring::ThreePhaseThreeWire), 1));
        QVERIFY(panel.findChild<QDoubleSpinBox*>(u"clampMeter2"_qs)->isVisible());
        QVERIFY(!panel.findChild<QDoubleSpinBox*>(u"clampMeter3"_qs)->isVisible());
        QCOMPARE(check.clampMeterReadings().currentA.size(), 2);
        // The second CT of an Aron connection clamps L3.
        const QList<QLabel*> labels = panel.findChildren<QLabel*>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
            [](const QLabel* label) { return label->text() == u"L3 (input 2):"_qs && label->isVisible(); }));
    }
};

QTEST_MAIN(tst_ClampMeterPanel)
#include "tst_clampmeterpanel.moc"
