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
