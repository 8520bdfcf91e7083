#include "electrical/Faults.h"

#include <QTest>

using namespace iotpro::sim;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Wiring)
Q_DECLARE_METATYPE(SiteWiring)

namespace {

/// The correct wiring of `wiring` with `change` made to it.
template <typename Change> SiteWiring correctWith(Wiring wiring, Change change)
{
    SiteWiring result = correctWiring(wiring, 100.0);
    change(result);
    return result;
}

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changesTheWiring_data();
    void changesTheWiring();
    void refusesFaultsThatCannotBe_data();
    void refusesFaultsThatCannotBe();
    void syntaxNamesEveryFault();
};

void tst_Faults::changesTheWiring_data()
{
    QTest::addColumn<Wiring>("wiring");
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<SiteWiring>("expected");

    const Wiring w4 = Wiring::ThreePhaseFourWire;
    const Wiring w3 = Wiring::ThreePhaseThreeWire;
    QTest::newRow("none") << w4 << QStringList {} << correctWiring(w4, 100.0);
    QTest::newRow("one reversed") << w4 << QStringList { u"ct_reversed:2"_s }
                                  << correctWith(w4, [](SiteWiring& w) { w.cts[1].reversed = true; });
    QTest::newRow("reversed twice: right way round")
        << w4 << QStringList { u"ct_reversed:2"_s, u"ct_reversed:2"_s } << correctWiring(w4, 100.0);
    QTest::newRow("several reversed")
        << w4 << QStringList { u"ct_reversed:1,3"_s } << correctWith(w4, [](SiteWiring& w) {
               w.cts[0].reversed = true;
               w.cts[2].reversed = true;
           });
    QTest::newRow("swapped") << w4 << QStringList { u"ct_swapped:1,3"_s }
                             << correctWith(w4, [](SiteWiring& w) {
                                    w.cts[0].conductor = 3;
                                    w.cts[2].conductor = 1;
                                });
    QTest::newRow("swap keeps polarity with the CT")
        << w4 << QStringList { u"ct_reversed:1"_s, u"ct_swapped:1,2"_s }
        << correctWith(w4, [](SiteWiring& w) {
               w.cts[0] = { 2, true, 100.0 };
               w.cts[1].conductor = 1;
           });
    QTest::newRow("rotated forward") << w4 << QStringList { u"ct_rotated:forward"_s }
                                     << correctWith(w4, [](SiteWiring& w) {
                                            w.cts[0].conductor = 2;
                                            w.cts[1].conductor = 3;
                                            w.cts[2].conductor = 1;
                                        });
    QTest::newRow("rotated backward")
        << w4 << QStringList { u"ct_rotated:backward"_s } << correctWith(w4, [](SiteWiring& w) {
               w.cts[0].conductor = 3;
               w.cts[1].conductor = 1;
               w.cts[2].conductor = 2;
           });
    QTest::newRow("3P3W swapped: L1 and L3")
        << w3 << QStringList { u"ct_swapped:1,2"_s } << correctWith(w3, [](SiteWiring& w) {
               w.cts[0].conductor = 3;
               w.cts[1].conductor = 1;
           });
    QTest::newRow("3P3W CT on L2") << w3 << QStringList { u"ct_phase:2:2"_s }
                                   << correctWith(w3, [](SiteWiring& w) { w.cts[1].conductor = 2; });
    QTest::newRow("CT rating") << w4 << QStringList { u"ct_rating:3:2000"_s }
                               << correctWith(w4, [](SiteWiring& w) { w.cts[2].fittedPrimaryA = 2000.0; });
    QTest::newRow("voltage taps swapped")
        << w4 << QStringList { u"voltage_swapped:2,3"_s } << correctWith(w4, [](SiteWiring& w) {
               w.voltageTaps = { 1, 3, 2 };
           });
    QTest::newRow("voltage tap missing")
        << w3 << QStringList { u"voltage_missing:2"_s } << correctWith(w3, [](SiteWiring& w) {
               w.voltageTaps = { 1, 0, 3 };
           });
    QTest::newRow("1P reversed") << Wiring::SinglePhase << QStringList { u"ct_reversed:1"_s }
                                 << correctWith(
                                        Wiring::SinglePhase, [](SiteWiring& w) { w.cts[0].reversed = true; });
}

void tst_Faults::changesTheWiring()
{
    QFETCH(Wiring, wiring);
    QFETCH(QStringList, faults);
    QFETCH(SiteWiring, expected);

    SiteWiring actual = correctWiring(wiring, 100.0);
    for (const QString& fault : faults) {
        const std::optional<QString> error = applyFault(actual, wiring, fault);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
    }
    QVERIFY(actual == expected);
}

void tst_Faults::refusesFaultsThatCannotBe_data()
{
    QTest::addColumn<Wiring>("wiring");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("errorMentions");

    const Wiring w4 = Wiring::ThreePhaseFourWire;
    const Wiring w3 = Wiring::ThreePhaseThreeWire;
    const Wiring w1 = Wiring::SinglePhase;
    QTest::newRow("unknown") << w4 << u"ct_upside_down:1"_s << u"ct_reversed:N"_s;
    QTest::newRow("no argument") << w4 << u"ct_reversed"_s << u"ct_reversed:N[,N...]"_s;
    QTest::newRow("empty argument") << w4 << u"ct_reversed:"_s << u"ct_reversed:N[,N...]"_s;
    QTest::newRow("CT 4") << w4 << u"ct_reversed:4"_s << u"1 to 3"_s;
    QTest::newRow("CT 4 after CT 1") << w4 << u"ct_reversed:1,4"_s << u"1 to 3"_s;
    QTest::newRow("CT 0") << w4 << u"ct_reversed:0"_s << u"\"0\""_s;
    QTest::newRow("3P3W CT 3") << w3 << u"ct_reversed:3"_s << u"1 to 2"_s;
    QTest::newRow("swap with itself") << w4 << u"ct_swapped:2,2"_s << u"itself"_s;
    QTest::newRow("swap one") << w4 << u"ct_swapped:2"_s << u"ct_swapped:A,B"_s;
    QTest::newRow("swap three") << w4 << u"ct_swapped:1,2,3"_s << u"ct_swapped:A,B"_s;
    QTest::newRow("rotate sideways") << w4 << u"ct_rotated:left"_s << u"left"_s;
    QTest::newRow("rotate 1P") << w1 << u"ct_rotated:forward"_s << u"three-phase"_s;
    QTest::newRow("phase 4") << w4 << u"ct_phase:1:4"_s << u"\"4\""_s;
    QTest::newRow("1P phase 2") << w1 << u"ct_phase:1:2"_s << u"1 to 1"_s;
    QTest::newRow("rating 0") << w4 << u"ct_rating:1:0"_s << u"1 to 10000"_s;
    QTest::newRow("rating text") << w4 << u"ct_rating:1:big"_s << u"big"_s;
    QTest::newRow("voltage tap 4") << w4 << u"voltage_missing:4"_s << u"voltage tap"_s;
    QTest::newRow("1P voltage swap") << w1 << u"voltage_swapped:1,2"_s << u"1 to 1"_s;
}

void tst_Faults::refusesFaultsThatCannotBe()
{
    QFETCH(Wiring, wiring);
    QFETCH(QString, fault);
    QFETCH(QString, errorMentions);

    SiteWiring wiringState = correctWiring(wiring, 100.0);
    const SiteWiring before = wiringState;
    const std::optional<QString> error = applyFault(wiringState, wiring, fault);
    QVERIFY(error);
    QVERIFY2(error->contains(errorMentions), qPrintable(*error));
    QVERIFY2(error->contains(fault), qPrintable(*error));
    QVERIFY(!error->contains(u'\n'));
    QVERIFY(wiringState == before);
}

void tst_Faults::syntaxNamesEveryFault()
{
    const QString syntax = faultSyntax();
    for (const auto name : { u"ct_reversed:", u"ct_swapped:", u"ct_rotated:", u"ct_phase:", u"ct_rating:",
             u"voltage_swapped:", u"voltage_missing:" })
        QVERIFY2(syntax.contains(QStringView(name)), qPrintable(syntax));
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
