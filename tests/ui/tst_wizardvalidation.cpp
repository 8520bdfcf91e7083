// Every page refuses to go on past an invalid field: the problem shows next to the field, Next
// is off and Enter does nothing; correcting the field lets the wizard go on. One row per kind of
// field, typed with the keyboard as a user would.
#include "WizardHelpers.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QStandardPaths>

using namespace iotpro;
using namespace iotpro::commissioning;
using namespace wizardtest;

using Action = std::function<void(Commissioner&)>;
Q_DECLARE_METATYPE(Action)

namespace {

/// Replaces a field's text by typing, as a user selecting it all and typing over it.
void typeInto(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

Action type(const QString& name, const QString& text)
{
    return [=](Commissioner& app) { typeInto(app.find<QLineEdit>(name), text); };
}

Action typeRating(int input, const QString& text)
{
    return [=](Commissioner& app) {
        typeInto(app.find<QComboBox>(QStringLiteral("ctRating%1").arg(input))->lineEdit(), text);
    };
}

Action typeNumber(const QString& name, const QString& text)
{
    return [=](Commissioner& app) {
        auto* spin = app.find<QDoubleSpinBox>(name);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
    };
}

Action press(const QString& name, Qt::Key key, int times = 1)
{
    return [=](Commissioner& app) {
        auto* widget = app.find<QWidget>(name);
        widget->setFocus();
        for (int i = 0; i < times; ++i)
            QTest::keyClick(widget, key);
    };
}

Action both(const Action& first, const Action& second)
{
    return [=](Commissioner& app) {
        first(app);
        second(app);
    };
}

Action wifiOn = press(u"wifiGroup"_qs, Qt::Key_Space);
Action wifiFilled = both(type(u"wifiSsid"_qs, u"Plant-IoT"_qs), type(u"wifiPassphrase"_qs, u"correct horse battery"_qs));

} // namespace

class tst_WizardValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void invalidFieldStopsTheWizard_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<Action>("spoil");
        QTest::addColumn<QString>("field");
        QTest::addColumn<Action>("repair");

        QTest::newRow("site name too long") << Step::Site << type(u"siteEdit"_qs, QString(65, u'x'))
                                            << u"installation.site"_qs << type(u"siteEdit"_qs, u"Hall B"_qs);
        QTest::newRow("CT without a rating") << Step::CurrentTransformers << typeRating(2, QString())
                                             << u"metering.ct_inputs[1].rating_a"_qs << typeRating(2, u"250"_qs);
        QTest::newRow("CT rating too large") << Step::CurrentTransformers << typeRating(1, u"20000"_qs)
                                             << u"metering.ct_inputs[0].rating_a"_qs << typeRating(1, u"2000"_qs);
        QTest::newRow("two CTs on one phase") << Step::CurrentTransformers << press(u"ctPhase3"_qs, Qt::Key_Up)
                                              << u"metering.ct_inputs[2].phase"_qs
                                              << press(u"ctPhase3"_qs, Qt::Key_Down);
        QTest::newRow("pulses without a unit")
            << Step::Inputs << both(press(u"inputMode1"_qs, Qt::Key_Down, 2), type(u"inputPulseUnit1"_qs, QString()))
            << u"inputs.digital_inputs[0].pulse.unit"_qs << type(u"inputPulseUnit1"_qs, u"Wh"_qs);
        QTest::newRow("pulse worth nothing")
            << Step::Inputs << both(press(u"inputMode4"_qs, Qt::Key_Down, 2), typeNumber(u"inputPulseWeight4"_qs, u"0"_qs))
            << u"inputs.digital_inputs[3].pulse.weight"_qs << typeNumber(u"inputPulseWeight4"_qs, u"10"_qs);
        QTest::newRow("DS18B20 without sensors") << Step::Inputs << press(u"inputMode2"_qs, Qt::Key_Down, 3)
                                                 << u"inputs.digital_inputs[1].ds18b20"_qs
                                                 << press(u"inputMode2"_qs, Qt::Key_Up, 3);
        QTest::newRow("analog scaling flat")
            << Step::Inputs << both(press(u"analogEnabled"_qs, Qt::Key_Space), typeNumber(u"analogPointBValue"_qs, u"0"_qs))
            << u"inputs.analog_input.point_b"_qs << typeNumber(u"analogPointBValue"_qs, u"10"_qs);
        QTest::newRow("Wi-Fi without a name") << Step::Network << wifiOn << u"network.wifi.ssid"_qs << wifiFilled;
        QTest::newRow("Wi-Fi passphrase too short")
            << Step::Network << both(wifiOn, both(wifiFilled, type(u"wifiPassphrase"_qs, u"short"_qs)))
            << u"network.wifi.passphrase"_qs << type(u"wifiPassphrase"_qs, u"correct horse battery"_qs);
        QTest::newRow("Wi-Fi static address impossible")
            << Step::Network
            << both(both(wifiOn, wifiFilled), both(press(u"wifiIpv4Mode"_qs, Qt::Key_Down), type(u"wifiAddress"_qs, u"300.1.1.1"_qs)))
            << u"network.wifi.ipv4.address"_qs << press(u"wifiIpv4Mode"_qs, Qt::Key_Up);
        QTest::newRow("DevEUI too short")
            << Step::Network << both(press(u"lorawanGroup"_qs, Qt::Key_Space), type(u"lorawanDevEui"_qs, u"12"_qs))
            << u"network.lorawan.dev_eui"_qs << press(u"lorawanGroup"_qs, Qt::Key_Space);
    }

    void invalidFieldStopsTheWizard()
    {
        QFETCH(Step, step);
        QFETCH(Action, spoil);
        QFETCH(QString, field);
        QFETCH(Action, repair);
        Commissioner app;
        QVERIFY(showActive(app.window));
        linkFactoryModule(app.session);
        QVERIFY(walkTo(app.session, step));
        QPushButton* next = nextButton(app);
        QVERIFY(next->isEnabled());

        spoil(app);
        auto* problem = app.find<QLabel>(u"issue:"_qs + field);
        QVERIFY2(problem->isVisible(), qPrintable(field));
        QVERIFY(problem->text().startsWith(u"\u26A0 "));
        QVERIFY(!next->isEnabled());
        QVERIFY(app.find<QLabel>(u"wizardBlocker"_qs)->text().contains(u"Correct the fields"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(app.session.step(), step);

        repair(app);
        QVERIFY2(!problem->isVisible(), qPrintable(problem->text()));
        QVERIFY(next->isEnabled());
        QTest::keyClick(next, Qt::Key_Return);
        QVERIFY(app.session.step() > step);
    }
};

QTEST_MAIN(tst_WizardValidation)
#include "tst_wizardvalidation.moc"
