// Recognising an IoT Pro module in a BLE advertisement (docs/protocol.md 1.3): by its service
// UUID, its serial from the name IoTPro-<serial>, the busy flag from its manufacturer data.
#include "transport/BleGattProfile.h"
#include "transport/BleModuleAdvert.h"

#include <QBluetoothAddress>
#include <QBluetoothDeviceInfo>
#include <QTest>

#include <algorithm>

using namespace iotpro;

namespace {

QBluetoothDeviceInfo advertisement(const QList<QBluetoothUuid>& services, const QString& name, const QByteArray& manufacturerData)
{
    QBluetoothDeviceInfo info(QBluetoothAddress(u"c0:ff:ee:00:10:01"_qs), name, 0);
    info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    info.setServiceUuids(services);
    info.setRssi(-67);
    if (!manufacturerData.isNull())
        info.setManufacturerData(ble::kCompanyId, manufacturerData);
    return info;
}

} // namespace

class tst_BleModuleAdvert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheAdvertisement_data()
    {
        QTest::addColumn<QList<QBluetoothUuid>>("services");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("manufacturerData");
        QTest::addColumn<bool>("isModule");
        QTest::addColumn<QString>("serial");
        QTest::addColumn<bool>("busy");

        const QList<QBluetoothUuid> ours { ble::serviceUuid() };
        const QByteArray free("\x01\x00", 2);
        QTest::newRow("free module") << ours << u"IoTPro-EM-0042"_qs << free << true << u"EM-0042"_qs << false;
        QTest::newRow("busy module") << ours << u"IoTPro-EM-0042"_qs << QByteArray("\x01\x01", 2) << true
                                     << u"EM-0042"_qs << true;
        QTest::newRow("no manufacturer data") << ours << u"IoTPro-EM-0042"_qs << QByteArray() << true << u"EM-0042"_qs
                                              << false;
        QTest::newRow("unknown format") << ours << u"IoTPro-EM-0042"_qs << QByteArray("\x02\x01", 2) << true
                                        << u"EM-0042"_qs << false;
        QTest::newRow("truncated flags") << ours << u"IoTPro-EM-0042"_qs << QByteArray("\x01", 1) << true
                                         << u"EM-0042"_qs << false;
        QTest::newRow("control bytes in the name") << ours << u"IoTPro-EM\n42"_qs << free << true << QString() << false;
        QTest::newRow("another name") << ours << u"Meter"_qs << free << true << QString() << false;
        QTest::newRow("another device") << QList<QBluetoothUuid> { QBluetoothUuid(QBluetoothUuid::ServiceClassUuid::HeartRate) }
                                        << u"IoTPro-EM-0042"_qs << free << false << QString() << false;
    }
    void readsTheAdvertisement()
    {
        QFETCH(QList<QBluetoothUuid>, services);
        QFETCH(QString, name);
        QFETCH(QByteArray, manufacturerData);
        QFETCH(bool, isModule);
        QFETCH(QString, serial);
        QFETCH(bool, busy);

        const std::optional<BleModuleAdvert> module = readModuleAdvert(advertisement(services, name, manufacturerData));
        QCOMPARE(module.has_value(), isModule);
        if (!module)
            return;
        QCOMPARE(module->address, u"C0:FF:EE:00:10:01"_qs);
        QCOMPARE(module->name, name);
        QCOMPARE(module->rssi, qint16(-67));
        QCOMPARE(module->serial, serial);
        QCOMPARE(module->busy, busy);
    }

    /// The one order of every module list (ports --ble, the app's scan list): strongest signal first,
    /// then by address so that equal signals do not swap places between refreshes.
    void strongestFirst()
    {
        QList<BleModuleAdvert> modules { { u"C0:FF:EE:00:00:03"_qs, {}, {}, -70, false },
            { u"C0:FF:EE:00:00:02"_qs, {}, {}, -45, false }, { u"C0:FF:EE:00:00:01"_qs, {}, {}, -70, false } };
        std::sort(modules.begin(), modules.end(), strongerFirst);
        QStringList order;
        for (const BleModuleAdvert& module : std::as_const(modules))
            order.append(module.address);
        QCOMPARE(order, (QStringList { u"C0:FF:EE:00:00:02"_qs, u"C0:FF:EE:00:00:01"_qs, u"C0:FF:EE:00:00:03"_qs }));
    }
};

QTEST_GUILESS_MAIN(tst_BleModuleAdvert)
#include "tst_blemoduleadvert.moc"
