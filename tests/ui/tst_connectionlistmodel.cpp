// ConnectionListModel: sections, modules first, hot-plug as row insertions and removals that
// keep the user's selection, recent devices, checked throughout by QAbstractItemModelTester.
#include "ConnectionListModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;
using RowKind = ConnectionListModel::RowKind;

namespace {

SerialPortEntry port(const QString& path, bool isModule, const QString& description = QString())
{
    SerialPortEntry entry;
    entry.address = DeviceAddress::serial(path);
    entry.description = description;
    entry.hasUsbIdentity = isModule;
    entry.vendorId = isModule ? kModuleUsbVendorId : 0;
    entry.productId = isModule ? kModuleUsbProductId : 0;
    entry.isModule = isModule;
    return entry;
}

RecentDevice recent(const QString& address, const QString& serialNumber)
{
    return RecentDevice { DeviceAddress::parse(address).value(), serialNumber };
}

BleModuleAdvert bleModule(const QString& address, const QString& serial, qint16 rssi, bool busy = false)
{
    return BleModuleAdvert { address, u"IoTPro-"_qs + serial, serial, rssi, busy };
}

QList<RowKind> rowKinds(const ConnectionListModel& model)
{
    QList<RowKind> kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        kinds.append(model.index(row).data(ConnectionListModel::RowKindRole).value<RowKind>());
    return kinds;
}

QStringList addresses(const ConnectionListModel& model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString address = model.index(row).data(ConnectionListModel::AddressRole).toString();
        if (!address.isEmpty())
            result.append(address);
    }
    return result;
}

} // namespace

class tst_ConnectionListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sections_data()
    {
        QTest::addColumn<QList<SerialPortEntry>>("ports");
        QTest::addColumn<QList<RecentDevice>>("recentDevices");
        QTest::addColumn<QList<RowKind>>("expected");

        QTest::newRow("nothing plugged in") << QList<SerialPortEntry> {} << QList<RecentDevice> {}
                                            << QList<RowKind> { RowKind::SectionCaption, RowKind::Placeholder,
                                                   RowKind::SectionCaption, RowKind::VirtualModule };
        QTest::newRow("one port") << QList<SerialPortEntry> { port(u"/dev/ttyUSB0"_qs, false) }
                                  << QList<RecentDevice> {}
                                  << QList<RowKind> { RowKind::SectionCaption, RowKind::SerialPort,
                                         RowKind::SectionCaption, RowKind::VirtualModule };
        QTest::newRow("recent devices")
            << QList<SerialPortEntry> {}
            << QList<RecentDevice> { recent(u"tcp:10.0.0.5:5020"_qs, u"SN-1"_qs),
                   recent(u"serial:/dev/ttyACM3"_qs, {}) }
            << QList<RowKind> { RowKind::SectionCaption, RowKind::Placeholder, RowKind::SectionCaption,
                   RowKind::VirtualModule, RowKind::SectionCaption, RowKind::RecentDevice,
                   RowKind::RecentDevice };
        QTest::newRow("recent device that is plugged in is listed once")
            << QList<SerialPortEntry> { port(u"/dev/ttyACM0"_qs, true) }
            << QList<RecentDevice> { recent(u"serial:/dev/ttyACM0"_qs, u"SN-1"_qs) }
            << QList<RowKind> { RowKind::SectionCaption, RowKind::SerialPort, RowKind::SectionCaption,
                   RowKind::VirtualModule };
    }
    void sections()
    {
        QFETCH(QList<SerialPortEntry>, ports);
        QFETCH(QList<RecentDevice>, recentDevices);
        QFETCH(QList<RowKind>, expected);
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSerialPorts(ports);
        model.setRecentDevices(recentDevices);
        QCOMPARE(rowKinds(model), expected);
    }

    void modulesAreListedFirst()
    {
        ConnectionListModel model;
        model.setSerialPorts({ port(u"/dev/ttyS0"_qs, false), port(u"/dev/ttyUSB0"_qs, false, u"FT232R"_qs),
            port(u"/dev/ttyACM1"_qs, true) });
        QCOMPARE(addresses(model),
            (QStringList { u"serial:/dev/ttyACM1"_qs, u"serial:/dev/ttyS0"_qs, u"serial:/dev/ttyUSB0"_qs }));
        const QModelIndex module = model.index(1);
        QVERIFY(module.data(ConnectionListModel::IsModuleRole).toBool());
        QVERIFY(module.data(Qt::DisplayRole).toString().contains(u"IoT Pro module"));
        QVERIFY(model.index(3).data(Qt::DisplayRole).toString().contains(u"FT232R"));
    }

    void captionsAndPlaceholdersCannotBeChosen()
    {
        ConnectionListModel model;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const bool choosable = model.target(index).has_value();
            QCOMPARE(bool(model.flags(index) & Qt::ItemIsSelectable), choosable);
        }
        QCOMPARE(model.target(model.index(0)), std::nullopt);
    }

    void hotPlugKeepsTheSelection()
    {
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&model);
        selection.select(
            model.indexOf(ConnectionTarget::virtualModule()), QItemSelectionModel::ClearAndSelect);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Plug in a module: it replaces the placeholder.
        model.setSerialPorts({ port(u"/dev/ttyACM0"_qs, true) });
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(addresses(model), QStringList { u"serial:/dev/ttyACM0"_qs });
        QCOMPARE(selection.selectedIndexes().size(), 1);
        QCOMPARE(model.target(selection.selectedIndexes().constFirst()), ConnectionTarget::virtualModule());

        // A second adapter goes after the module.
        model.setSerialPorts({ port(u"/dev/ttyACM0"_qs, true), port(u"/dev/ttyUSB0"_qs, false) });
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(addresses(model), (QStringList { u"serial:/dev/ttyACM0"_qs, u"serial:/dev/ttyUSB0"_qs }));

        // Unplugging the selected port clears the selection; the rest stays.
        const DeviceAddress usb = DeviceAddress::serial(u"/dev/ttyUSB0"_qs);
        selection.select(model.indexOf(ConnectionTarget::device(usb)), QItemSelectionModel::ClearAndSelect);
        model.setSerialPorts({ port(u"/dev/ttyACM0"_qs, true) });
        QCOMPARE(removed.count(), 2);
        QVERIFY(selection.selectedIndexes().isEmpty());
        QVERIFY(!model.indexOf(ConnectionTarget::device(usb)).isValid());

        // Everything unplugged: the placeholder is back.
        model.setSerialPorts({});
        QCOMPARE(rowKinds(model).count(RowKind::Placeholder), 1);
        QCOMPARE(reset.count(), 0);
    }

    void changedDetailsAreAnnounced()
    {
        ConnectionListModel model;
        model.setSerialPorts({ port(u"/dev/ttyUSB0"_qs, false, u"old"_qs) });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSerialPorts({ port(u"/dev/ttyUSB0"_qs, false, u"new"_qs) });
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(1).data().toString().contains(u"new"));
    }

    void reorderedRecentDevicesStayConsistent()
    {
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RecentDevice a = recent(u"tcp:10.0.0.1:5020"_qs, u"A"_qs);
        const RecentDevice b = recent(u"tcp:10.0.0.2:5020"_qs, u"B"_qs);
        model.setRecentDevices({ a, b });
        model.setRecentDevices({ b, a });
        QCOMPARE(addresses(model), (QStringList { b.address.toString(), a.address.toString() }));
        model.setRecentDevices({});
        QCOMPARE(addresses(model), QStringList {});
    }

    void targets()
    {
        ConnectionListModel model;
        const DeviceAddress tcp = DeviceAddress::tcp(u"10.0.0.5"_qs, 5020);
        model.setSerialPorts({ port(u"/dev/ttyACM0"_qs, true) });
        model.setRecentDevices({ RecentDevice { tcp, u"SN-7"_qs } });
        for (const ConnectionTarget& target : { ConnectionTarget::virtualModule(),
                 ConnectionTarget::device(DeviceAddress::serial(u"/dev/ttyACM0"_qs)),
                 ConnectionTarget::device(tcp) }) {
            const QModelIndex index = model.indexOf(target);
            QVERIFY(index.isValid());
            QCOMPARE(model.target(index), target);
        }
        QVERIFY(model.index(model.rowCount() - 1).data().toString().contains(u"SN-7"));
    }

    /// Modules in Bluetooth range: a section of their own once a scan feeds the list, in the order the
    /// scan gives (strongest first), each by name, serial and RSSI, chosen as ble:ADDRESS.
    void bluetoothModules()
    {
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rowKinds(model).count(RowKind::Placeholder), 1); // no scan yet: no Bluetooth section

        model.setBleModules({});
        QCOMPARE(rowKinds(model),
            (QList<RowKind> { RowKind::SectionCaption, RowKind::Placeholder, RowKind::SectionCaption,
                RowKind::Placeholder, RowKind::SectionCaption, RowKind::VirtualModule }));
        QCOMPARE(model.index(2).data().toString(), u"Bluetooth LE"_qs);
        QCOMPARE(model.index(3).data().toString(), u"Searching for IoT Pro modules in Bluetooth range…"_qs);

        const BleModuleAdvert near = bleModule(u"C0:FF:EE:00:00:01"_qs, u"SN-1"_qs, -48);
        const BleModuleAdvert far = bleModule(u"C0:FF:EE:00:00:02"_qs, u"SN-2"_qs, -80, true);
        model.setBleModules({ near, far });
        QCOMPARE(addresses(model), (QStringList { u"ble:C0:FF:EE:00:00:01"_qs, u"ble:C0:FF:EE:00:00:02"_qs }));
        QCOMPARE(model.index(3).data().toString(), u"SN-1 — -48 dBm\nIoTPro-SN-1"_qs);
        QCOMPARE(model.index(4).data().toString(), u"SN-2 — -80 dBm\nIoTPro-SN-2\nBusy: another tool is connected"_qs);
        QCOMPARE(model.target(model.index(3)),
            ConnectionTarget::device(DeviceAddress::ble(u"C0:FF:EE:00:00:01"_qs)));
        QVERIFY(model.flags(model.index(3)) & Qt::ItemIsSelectable);

        // The far one comes closer: the scan's new order, and the RSSI refreshed.
        model.setBleModules({ bleModule(u"C0:FF:EE:00:00:02"_qs, u"SN-2"_qs, -40), near });
        QCOMPARE(addresses(model), (QStringList { u"ble:C0:FF:EE:00:00:02"_qs, u"ble:C0:FF:EE:00:00:01"_qs }));
        QVERIFY(model.index(3).data().toString().startsWith(u"SN-2 — -40 dBm\n"));

        // A stale module gone: its row goes, the other stays.
        model.setBleModules({ near });
        QCOMPARE(addresses(model), QStringList { u"ble:C0:FF:EE:00:00:01"_qs });
    }

    /// Bluetooth that cannot scan: one line saying why, nothing to choose in its section.
    void bluetoothUnavailableIsOneLine()
    {
        ConnectionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBleModules({ bleModule(u"C0:FF:EE:00:00:01"_qs, u"SN-1"_qs, -48) });
        const QString off = u"Bluetooth is switched off on this computer."_qs;
        model.setBleUnavailable(off);
        QCOMPARE(addresses(model), QStringList {});
        QCOMPARE(model.index(3).data().toString(), off);
        QVERIFY(!(model.flags(model.index(3)) & Qt::ItemIsSelectable));
        model.setBleUnavailable({});
        QCOMPARE(addresses(model), QStringList { u"ble:C0:FF:EE:00:00:01"_qs });
    }

    /// A recent Bluetooth module that is in range is listed once, in the Bluetooth section.
    void recentBluetoothModuleInRangeIsListedOnce()
    {
        ConnectionListModel model;
        model.setRecentDevices({ recent(u"ble:C0:FF:EE:00:00:01"_qs, u"SN-1"_qs) });
        model.setBleModules({ bleModule(u"C0:FF:EE:00:00:01"_qs, u"SN-1"_qs, -48) });
        QCOMPARE(addresses(model), QStringList { u"ble:C0:FF:EE:00:00:01"_qs });
        QCOMPARE(rowKinds(model).count(RowKind::RecentDevice), 0);
    }

    void retranslateAnnouncesEveryRow()
    {
        ConnectionListModel model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), model.rowCount() - 1);
    }
};

QTEST_MAIN(tst_ConnectionListModel)
#include "tst_connectionlistmodel.moc"
