// The main window against the real virtual module over a real pseudo-terminal: connect, see
// the module's identity and the round-trip time, pull the cable (kill the simulator), see one
// inline problem and no dialog, then connect again.
#include "CommissionerFixture.h"
#include "LiveCheckView.h"
#include "ProblemBanner.h"
#include "SimProcess.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>
#include <QTranslator>
#include <csignal>

using namespace iotpro;
using namespace iotpro::ui;

namespace {

constexpr int kConnectTimeoutMs = 10000;

int visibleBanners(const MainWindow& window)
{
    const QList<ProblemBanner*> banners = window.findChildren<ProblemBanner*>();
    return static_cast<int>(
        std::count_if(banners.cbegin(), banners.cend(), [](const QWidget* b) { return b->isVisible(); }));
}

bool anyDialogOpen()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    return std::any_of(windows.cbegin(), windows.cend(), [](const QWidget* w) {
        return qobject_cast<const QMessageBox*>(w) || (w->isVisible() && w->isModal());
    });
}

const QRegularExpression kRoundTrip(u"^RTT \\d+[.,]\\d ms$"_qs);

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pulledCableOverTypedAddress()
    {
        SimProcess sim;
        QVERIFY2(sim.start({ u"--serial"_qs, u"SIM-GUI-0042"_qs }), qPrintable(sim.failureReason()));
        Commissioner app;
        app.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));

        auto* address = app.find<QLineEdit>(u"addressEdit"_qs);
        auto* connectButton = app.find<QPushButton>(u"connectButton"_qs);
        auto* serialNumber = app.find<QLabel>(u"serialNumberValue"_qs);
        auto* linkState = app.find<QLabel>(u"linkStateLabel"_qs);
        auto* roundTrip = app.find<QLabel>(u"roundTripLabel"_qs);
        auto* banner = app.find<ProblemBanner>(u"problemBanner"_qs);
        QVERIFY(!connectButton->isEnabled());
        QCOMPARE(linkState->text(), u"Disconnected"_qs);

        QTest::keyClicks(address, sim.address());
        QVERIFY(connectButton->isEnabled());
        // Away from the commissioning wizard (which leads the way itself), a connection opens on
        // the live check; the identity is one tab away.
        auto* tabs = app.find<QTabWidget>(u"mainTabs"_qs);
        tabs->setCurrentIndex(1);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serialNumber->text(), u"SIM-GUI-0042"_qs, kConnectTimeoutMs);
        QCOMPARE(tabs->currentWidget(), app.find<LiveCheckView>(u"liveCheckView"_qs));
        tabs->setCurrentIndex(1);
        QVERIFY(serialNumber->isVisible());
        QCOMPARE(linkState->text(), u"Connected to "_qs + sim.address());
        QVERIFY(app.window.windowTitle().contains(u"SIM-GUI-0042"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            kRoundTrip.match(roundTrip->text()).hasMatch(), qPrintable(roundTrip->text()), 5000);
        QVERIFY(!address->isEnabled()); // the choice is frozen while connected
        QVERIFY(!banner->isVisible());

        QSignalSpy problems(&app.controller, &ConnectionController::problemChanged);
        sim.kill();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QCOMPARE(linkState->text(), u"Disconnected"_qs);
        QVERIFY(!serialNumber->isVisible());
        // Through a full ping interval: late errors of the dead link must not add messages.
        QTest::qWait(static_cast<int>(ConnectionController::kPingInterval.count()) + 500);
        QCOMPARE(problems.count(), 1);
        QCOMPARE(visibleBanners(app.window), 1);
        QVERIFY(!anyDialogOpen());
        QCOMPARE(app.controller.problem()->kind, ConnectionProblem::Kind::LinkLost);
        QVERIFY(roundTrip->text().isEmpty());

        // The module is back (on a new pseudo-terminal): type its address and connect.
        SimProcess again;
        QVERIFY2(again.start({ u"--serial"_qs, u"SIM-GUI-0042"_qs }), qPrintable(again.failureReason()));
        QVERIFY(address->isEnabled());
        address->selectAll();
        QTest::keyClicks(address, again.address());
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller.phase(), ConnectionPhase::Connected, kConnectTimeoutMs);
        QCOMPARE(serialNumber->text(), u"SIM-GUI-0042"_qs);
        QVERIFY(!banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(kRoundTrip.match(roundTrip->text()).hasMatch(), 5000);
        // Both connections were to real modules: the list remembers them, newest first.
        QCOMPARE(app.recent.devices().constFirst().address.toString(), again.address());
    }

    void failedStartupConnectionStaysVisible()
    {
        // A port that refuses: what Connect would retry must be on screen, not just in memory.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Commissioner app;
        app.window.show();
        const DeviceAddress address = DeviceAddress::tcp(u"127.0.0.1"_qs, port);
        app.controller.connectTo(ConnectionTarget::device(address)); // as --device does
        auto* banner = app.find<ProblemBanner>(u"problemBanner"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kConnectTimeoutMs);
        QCOMPARE(app.find<QLineEdit>(u"addressEdit"_qs)->text(), address.toString());
        QVERIFY(app.find<QPushButton>(u"connectButton"_qs)->isEnabled());
        QCOMPARE(app.find<QLabel>(u"linkStateLabel"_qs)->text(), u"Disconnected"_qs);
        QVERIFY(!anyDialogOpen());
    }

    void switchesLanguageAtRuntime()
    {
        Commissioner app;
        app.window.show();
        auto* linkState = app.find<QLabel>(u"linkStateLabel"_qs);
        auto* connectButton = app.find<QPushButton>(u"connectButton"_qs);
        QCOMPARE(linkState->text(), u"Disconnected"_qs);
        const QString englishConnect = connectButton->text();

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(IOTPRO_TRANSLATIONS_DIR "/iotpro_de.qm")));
        QCoreApplication::installTranslator(&german);
        QTRY_COMPARE(linkState->text(), u"Getrennt"_qs);
        QVERIFY(connectButton->text() != englishConnect);
        const QModelIndex virtualRow = app.connections.indexOf(ConnectionTarget::virtualModule());
        QCOMPARE(virtualRow.data().toString(), u"Virtuelles Modul (eingebaut)"_qs);
        // The live check follows too, its verdict banner included.
        auto* tabs = app.find<QTabWidget>(u"mainTabs"_qs);
        auto* verdict = app.find<QLabel>(u"verdictWord"_qs);
        QCOMPARE(tabs->tabText(2), u"&Live-Prüfung"_qs);
        QVERIFY2(verdict->text().contains(u"NICHT VERBUNDEN"), qPrintable(verdict->text()));

        QCoreApplication::removeTranslator(&german);
        QTRY_COMPARE(linkState->text(), u"Disconnected"_qs);
        QCOMPARE(connectButton->text(), englishConnect);
        QCOMPARE(tabs->tabText(2), u"&Live check"_qs);
        QVERIFY(verdict->text().contains(u"NOT CONNECTED"));
    }

    void virtualModuleRestartsOnReconnect()
    {
        Commissioner app;
        app.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window));
        auto* list = app.find<QListView>(u"connectionList"_qs);
        auto* connectButton = app.find<QPushButton>(u"connectButton"_qs);
        auto* disconnectButton = app.find<QPushButton>(u"disconnectButton"_qs);
        auto* serialNumber = app.find<QLabel>(u"serialNumberValue"_qs);
        auto* banner = app.find<ProblemBanner>(u"problemBanner"_qs);
        auto* reconnectButton = app.find<QPushButton>(u"reconnectButton"_qs);

        const QModelIndex virtualRow = app.connections.indexOf(ConnectionTarget::virtualModule());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(virtualRow).center());
        QCOMPARE(app.controller.chosenTarget(), ConnectionTarget::virtualModule());
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(serialNumber->text(), u"SIM-000001"_qs, kConnectTimeoutMs);
        QVERIFY(app.find<QLabel>(u"linkStateLabel"_qs)->text().contains(u"virtual module"));

        QSignalSpy problems(&app.controller, &ConnectionController::problemChanged);
        QCOMPARE(::kill(static_cast<pid_t>(app.launcher.processId()), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QTest::qWait(static_cast<int>(ConnectionController::kPingInterval.count()) + 500);
        QCOMPARE(problems.count(), 1);
        QCOMPARE(visibleBanners(app.window), 1);
        QVERIFY(!anyDialogOpen());

        QVERIFY(reconnectButton->isEnabled());
        QTest::mouseClick(reconnectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller.phase(), ConnectionPhase::Connected, kConnectTimeoutMs);
        QCOMPARE(serialNumber->text(), u"SIM-000001"_qs);
        QVERIFY(!banner->isVisible());

        QTest::mouseClick(disconnectButton, Qt::LeftButton);
        QCOMPARE(app.launcher.state(), VirtualModuleLauncher::State::Stopped);
        QVERIFY(!banner->isVisible()); // a deliberate disconnect is not a problem
        QVERIFY(app.recent.devices().isEmpty()); // its pseudo-terminal is not worth remembering
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
