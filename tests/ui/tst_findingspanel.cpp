// The findings panel: each finding with its fix, the CT secondary the advice assumes, and the
// software correction offered only as a disabled action.
#include "FindingsPanel.h"
#include "LiveCheckController.h"
#include "LiveSnapshots.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace iotpro;
using namespace iotpro::ui;
using electrical::Wiring;

namespace {

void feedSteadyWindow(LiveCheckController& check, const livesnapshots::Site& site)
{
    for (quint64 sequence = 1; sequence <= 21; ++sequence)
        check.addSnapshot(livesnapshots::snapshotOf(site, sequence));
}

} // namespace

class tst_FindingsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsEachFindingWithItsFix()
    {
        LiveCheckController check;
        FindingsPanel panel(check);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* text = panel.findChild<QTextBrowser*>(u"findingsText"_qs);
        auto* apply = panel.findChild<QPushButton*>(u"applyCorrectionButton"_qs);
        QVERIFY(text->toPlainText().contains(u"after 2 s of steady readings"));
        QVERIFY(!apply->isVisible());

        feedSteadyWindow(
            check, livesnapshots::reversedCt(livesnapshots::correctSite(Wiring::ThreePhaseFourWire), 3));
        const electrical::Finding& finding = check.diagnosis()->findings.constLast();
        QCOMPARE(finding.code, electrical::FindingCode::CtReversed);
        QVERIFY(text->toPlainText().contains(u"FAIL CT on input 3 faces the wrong way"));
        QVERIFY(text->toPlainText().contains(finding.message));

        // Without a host that writes corrections, the button says where to apply it, never writes.
        QVERIFY(apply->isVisible());
        QVERIFY(apply->isEnabled());
        QVERIFY(apply->toolTip().contains(u"signed configuration write"));
        QSignalSpy requested(&panel, &FindingsPanel::applyCorrectionRequested);
        auto* help = panel.findChild<QLabel*>(u"correctionHelp"_qs);
        QVERIFY(!help->isVisibleTo(&panel));
        apply->click();
        QVERIFY(help->isVisibleTo(&panel));
        QVERIFY(help->text().contains(u"commissioning wizard"));
        QCOMPARE(requested.count(), 0);

        // A host that writes them: the button asks, unless the host says why not now.
        panel.offerCorrection(u"Connect the module again."_qs);
        QVERIFY(!apply->isEnabled());
        QCOMPARE(help->text(), u"Connect the module again."_qs);
        panel.offerCorrection({});
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(requested.count(), 1);

        feedSteadyWindow(check, livesnapshots::correctSite(Wiring::ThreePhaseFourWire));
        check.addSnapshot(
            livesnapshots::snapshotOf(livesnapshots::correctSite(Wiring::ThreePhaseFourWire), 42));
        QTRY_VERIFY(text->toPlainText().contains(u"No problems found."));
        QVERIFY(!apply->isVisible());
    }

    void secondaryTypeShapesTheAdvice()
    {
        LiveCheckController check;
        FindingsPanel panel(check);
        auto* secondary = panel.findChild<QComboBox*>(u"ctSecondaryCombo"_qs);
        auto* text = panel.findChild<QTextBrowser*>(u"findingsText"_qs);
        QCOMPARE(secondary->currentIndex(), 0);
        QVERIFY(secondary->currentText().startsWith(u"333 mV"));

        feedSteadyWindow(
            check, livesnapshots::reversedCt(livesnapshots::correctSite(Wiring::ThreePhaseFourWire), 2));
        QVERIFY(!text->toPlainText().contains(u"short"));
        QTest::keyClick(secondary, Qt::Key_End); // the last choice: 5 A
        QCOMPARE(check.ctSecondary(), electrical::CtSecondary::Current5A);
        QVERIFY2(text->toPlainText().contains(u"short"), qPrintable(text->toPlainText()));
    }
};

QTEST_MAIN(tst_FindingsPanel)
#include "tst_findingspanel.moc"
