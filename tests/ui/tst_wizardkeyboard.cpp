// The wizard with the keyboard only: Enter goes on, Tab walks the fields in reading order and
// then to Back and Next, the mnemonics reach their fields, Enter in a text box stays in it, and
// arrow keys choose among options.
#include "WizardHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStandardPaths>

using namespace iotpro;
using namespace iotpro::commissioning;
using namespace wizardtest;

namespace {

QString focusedName()
{
    const QWidget* focused = QApplication::focusWidget();
    return focused ? focused->objectName() : QString();
}

void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
}

} // namespace

class tst_WizardKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void walksWithTheKeyboardOnly()
    {
        Commissioner app;
        QVERIFY(showActive(app.window));
        linkFactoryModule(app.session);
        // Connected: Next has the keyboard, Enter goes on.
        QTRY_COMPARE(focusedName(), u"wizardNext"_qs);
        key(Qt::Key_Return);
        QCOMPARE(app.session.step(), Step::Identify);

        // Identify: the confirmation has the keyboard; Enter cannot pass it unticked.
        QCOMPARE(focusedName(), u"identifyConfirm"_qs);
        key(Qt::Key_Return);
        QCOMPARE(app.session.step(), Step::Identify);
        key(Qt::Key_Space);
        QVERIFY(app.session.isModuleIdentified());
        key(Qt::Key_Return);
        QCOMPARE(app.session.step(), Step::Site);

        // Site: Tab in reading order, then Back and Next.
        QCOMPARE(focusedName(), u"siteEdit"_qs);
        QTest::keyClicks(QApplication::focusWidget(), u"Hall B"_qs);
        const QStringList order { u"panelEdit"_qs, u"circuitEdit"_qs, u"installationPointCombo"_qs, u"notesEdit"_qs,
            u"wizardBack"_qs, u"wizardNext"_qs };
        for (const QString& name : order) {
            key(Qt::Key_Tab);
            QCOMPARE(focusedName(), name);
        }
        // The mnemonic of a label takes the keyboard to its field.
        key(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(focusedName(), u"panelEdit"_qs);
        QTest::keyClicks(QApplication::focusWidget(), u"MDB-2"_qs);
        // Enter in the notes is a new line, not Next.
        key(Qt::Key_T, Qt::AltModifier);
        QCOMPARE(focusedName(), u"notesEdit"_qs);
        QTest::keyClicks(QApplication::focusWidget(), u"first line"_qs);
        key(Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), u"second line"_qs);
        QCOMPARE(app.session.step(), Step::Site);
        QCOMPARE(app.session.draft().installation.notes, u"first line\nsecond line"_qs);
        QCOMPARE(app.session.draft().installation.panel, u"MDB-2"_qs);

        // Back and forth with the buttons' mnemonics (a button's mnemonic shows the press first).
        key(Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(app.session.step(), Step::Identify);
        key(Qt::Key_X, Qt::AltModifier);
        QTRY_COMPARE(app.session.step(), Step::Site);
        QCOMPARE(app.find<QLineEdit>(u"siteEdit"_qs)->text(), u"Hall B"_qs);

        // Enter in a one-line field goes on.
        QCOMPARE(focusedName(), u"siteEdit"_qs);
        key(Qt::Key_Return);
        QCOMPARE(app.session.step(), Step::Wiring);

        // Wiring: the arrow keys choose among the wiring types, and the voltages follow.
        QCOMPARE(focusedName(), u"wiring3P4W"_qs);
        key(Qt::Key_Down);
        QVERIFY(app.find<QRadioButton>(u"wiring3P3W"_qs)->isChecked());
        QCOMPARE(app.session.draft().metering.wiring, config::Wiring::ThreePhaseThreeWire);
        QCOMPARE(app.find<QComboBox>(u"nominalVoltageCombo"_qs)->currentText(), u"400 V line to line"_qs);
        key(Qt::Key_V, Qt::AltModifier);
        QCOMPARE(focusedName(), u"nominalVoltageCombo"_qs);
        key(Qt::Key_Return);
        QCOMPARE(app.session.step(), Step::CurrentTransformers);

        // CTs: 3P3W has two inputs; Alt+2 takes the keyboard into the second one.
        QVERIFY(!app.find<QWidget>(u"ctInput3"_qs)->isVisible());
        key(Qt::Key_2, Qt::AltModifier);
        QVERIFY(app.find<QWidget>(u"ctInput2"_qs)->isAncestorOf(QApplication::focusWidget()));
        key(Qt::Key_Return);
        QCOMPARE(app.session.step(), Step::LiveCheck);

        // No module streams here: the live check waits, and only the technician's word passes it.
        key(Qt::Key_Return);
        QCOMPARE(app.session.step(), Step::LiveCheck);
        key(Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(app.find<QCheckBox>(u"liveCheckAcknowledge"_qs)->isChecked());
        key(Qt::Key_Return);
        QCOMPARE(app.session.step(), Step::Inputs);
    }
};

QTEST_MAIN(tst_WizardKeyboard)
#include "tst_wizardkeyboard.moc"
