// The app's connection panel over Bluetooth LE, offscreen, against the fixture's mock BlueZ
// (bluez_iotpro.py on a private system bus, bridged to a real iotpro-sim): the scan list, a
// connection picked from it, a dropped link brought back with back-off, and a module gone stale.
#include "BleFixture.h"
#include "BleScanFeed.h"
#include "CommissionerFixture.h"
#include "ConnectionPanel.h"
#include "ProblemBanner.h"
#include "transport/BleModuleWatcher.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;

namespace {

using blefixture::mockControl;
using blefixture::moduleBluetoothAddress;

QString fixtureValue(const char* name)
{
    return blefixture::value(name);
}

/// The texts of the rows of one kind, in list order.
QStringList rowTexts(const ConnectionListModel& model, ConnectionListModel::RowKind kind)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(ConnectionListModel::RowKindRole).value<ConnectionListModel::RowKind>() == kind)
            texts.append(index.data().toString());
    }
    return texts;
}

QModelIndex firstRow(const ConnectionListModel& model, ConnectionListModel::RowKind kind)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(ConnectionListModel::RowKindRole).value<ConnectionListModel::RowKind>() == kind)
            return index;
    }
    return {};
}

/// The fixture's module as its list row says it: name, serial and signal.
QString expectedRow()
{
    const QString serial = fixtureValue("IOTPRO_BLE_SERIAL");
    return serial + u" — "_qs + fixtureValue("IOTPRO_BLE_RSSI") + u" dBm\nIoTPro-"_qs + serial;
}

/// The app as main() builds it, with the Bluetooth scan feeding its connection list.
struct BleCommissioner : Commissioner
{
    BleCommissioner()
    {
        connectBleScan(watcher, controller, connections);
        window.show();
    }
    BleModuleWatcher watcher;
};

} // namespace

class tst_BleConnectionPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    /// The scan lists the module by name, serial and RSSI; picking it connects over ble:ADDRESS; the link
    /// dropped with the module out of range shows "Reconnecting … (attempt 2 of 5, next in 2 s)", and
    /// once the module is back the live stream runs again.
    void connectFromScanListAndReconnect()
    {
        BleCommissioner app;
        QTRY_COMPARE_WITH_TIMEOUT(rowTexts(app.connections, ConnectionListModel::RowKind::BleModule),
            QStringList { expectedRow() }, 15000);
        const QModelIndex row = firstRow(app.connections, ConnectionListModel::RowKind::BleModule);
        QCOMPARE(row.data(ConnectionListModel::AddressRole).toString(), u"ble:"_qs + moduleBluetoothAddress());

        auto* list = app.find<QListView>(u"connectionList"_qs);
        list->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect);
        auto* connectButton = app.find<QPushButton>(u"connectButton"_qs);
        QVERIFY(connectButton->isEnabled());
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.controller.phase(), ConnectionPhase::Connected, 20000);
        QVERIFY(!app.watcher.isActive()); // no scan beside the link
        QTRY_COMPARE_WITH_TIMEOUT(app.liveStream.state(), LiveStreamController::State::Live, 10000);

        auto* linkState = app.find<QLabel>(u"linkStateLabel"_qs);
        QSignalSpy problems(&app.controller, &ConnectionController::problemChanged);
        QVERIFY(mockControl(u"SetInRange"_qs, { false }));
        QVERIFY(mockControl(u"DropLink"_qs));
        const QString name = u"IoTPro-"_qs + fixtureValue("IOTPRO_BLE_SERIAL");
        QTRY_COMPARE_WITH_TIMEOUT(linkState->text(), u"Reconnecting to "_qs + name + u" (attempt 1 of 5, next in 1 s)…"_qs, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(linkState->text(), u"Reconnecting to "_qs + name + u" (attempt 2 of 5, next in 2 s)…"_qs, 15000);
        QCOMPARE(app.controller.phase(), ConnectionPhase::Connecting);
        QVERIFY(app.find<QPushButton>(u"disconnectButton"_qs)->isEnabled()); // the user may stop it

        QVERIFY(mockControl(u"SetInRange"_qs, { true }));
        QTRY_COMPARE_WITH_TIMEOUT(app.controller.phase(), ConnectionPhase::Connected, 30000);
        QCOMPARE(linkState->text(), u"Connected to ble:"_qs + moduleBluetoothAddress());
        QSignalSpy snapshots(&app.liveStream, &LiveStreamController::snapshotReceived);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 3, 10000);
        QCOMPARE(problems.count(), 0); // a link brought back is no problem to report
    }

    /// A module no scan has seen for the stale time leaves the list; the list then says it searches.
    void staleModuleLeavesTheList()
    {
        BleCommissioner app;
        QTRY_COMPARE_WITH_TIMEOUT(rowTexts(app.connections, ConnectionListModel::RowKind::BleModule).size(), 1, 15000);
        QVERIFY(mockControl(u"SetInRange"_qs, { false }));
        const BleModuleWatcher::Timing timing = app.watcher.timing();
        const auto bound = timing.staleAfter + timing.scanWindow + timing.pause + std::chrono::seconds(3);
        QTRY_VERIFY_WITH_TIMEOUT(rowTexts(app.connections, ConnectionListModel::RowKind::BleModule).isEmpty(),
            int(bound.count()));
        QCOMPARE(rowTexts(app.connections, ConnectionListModel::RowKind::Placeholder).count(
                     u"Searching for IoT Pro modules in Bluetooth range…"_qs),
            1);
    }

    /// No adapter, or one switched off: one clear line instead of the list, and nothing to pick there.
    void unavailableBluetoothIsOneLine()
    {
        BleCommissioner app;
        const QString expected = fixtureValue("IOTPRO_BLE_EXPECTED_ERROR");
        QTRY_VERIFY_WITH_TIMEOUT(!app.watcher.unavailable().isEmpty(), 15000);
        const QStringList placeholders = rowTexts(app.connections, ConnectionListModel::RowKind::Placeholder);
        QCOMPARE(std::count_if(placeholders.cbegin(), placeholders.cend(),
                     [&expected](const QString& text) { return text.contains(expected); }),
            1);
        QVERIFY(rowTexts(app.connections, ConnectionListModel::RowKind::BleModule).isEmpty());
        for (int row = 0; row < app.connections.rowCount(); ++row) {
            const QModelIndex index = app.connections.index(row);
            if (index.data().toString().contains(expected))
                QVERIFY(!(app.connections.flags(index) & Qt::ItemIsSelectable));
        }
    }
};

QTEST_MAIN(tst_BleConnectionPanel)
#include "tst_bleconnectionpanel.moc"
