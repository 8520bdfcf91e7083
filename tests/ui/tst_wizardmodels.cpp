// The wizard's two tables as models: the review of the changes (secrets only as "a new one") and
// the DS18B20 sensors of an input (names editable, temperatures from the module).
#include "Ds18b20SensorModel.h"
#include "ReviewChangesModel.h"
#include "config/ConfigDiff.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;

class tst_WizardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reviewShowsChangesButNeverSecrets()
    {
        ReviewChangesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        config::DeviceConfig before = config::factoryDefaultConfig();
        config::DeviceConfig after = before;
        after.installation.site = u"Hall B"_qs;
        after.metering.ctInputs[0].ratingA = 250;
        after.network.wifi.passphrase = u"correct horse battery"_qs;
        model.setChanges(config::diff(before, after));

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, ReviewChangesModel::SettingColumn)).toString(), u"installation.site"_qs);
        QCOMPARE(model.data(model.index(0, ReviewChangesModel::NewColumn)).toString(), u"\"Hall B\""_qs);
        QCOMPARE(model.data(model.index(0, ReviewChangesModel::StepColumn)).toString(), u"Site and circuit"_qs);
        QCOMPARE(model.stepOf(1), commissioning::Step::CurrentTransformers);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(!model.data(model.index(row, column)).toString().contains(u"horse"));
        }
        QCOMPARE(model.data(model.index(2, ReviewChangesModel::NewColumn)).toString(), u"a new one (hidden)"_qs);

        model.setChanges({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sensorNamesAreEditedInPlace()
    {
        Ds18b20SensorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSensors({ { u"28FF4A1D931603D1"_qs, u"Cold room 1"_qs }, { u"28FF7C2E9316048A"_qs, QString() } });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"28ff7c2e9316048a"_qs), 1);
        QCOMPARE(model.rowOf(u"28FF19B0A2160596"_qs), -1);
        QVERIFY(!(model.flags(model.index(0, Ds18b20SensorModel::RomCodeColumn)) & Qt::ItemIsEditable));

        QSignalSpy edited(&model, &Ds18b20SensorModel::sensorsEdited);
        QVERIFY(model.setData(model.index(1, Ds18b20SensorModel::NameColumn), u"  Cold room 2 "_qs));
        QCOMPARE(edited.count(), 1);
        const auto sensors = edited.constFirst().constFirst().value<QList<config::Ds18b20Sensor>>();
        QCOMPARE(sensors.at(1).name, u"Cold room 2"_qs);
        QVERIFY(!model.setData(model.index(1, Ds18b20SensorModel::RomCodeColumn), u"28FF000000000000"_qs));

        model.setReadings({ { u"28FF4A1D931603D1"_qs, 4.5, true }, { u"28FF7C2E9316048A"_qs, 0, false } });
        QCOMPARE(model.data(model.index(0, Ds18b20SensorModel::TemperatureColumn)).toString(), u"4.5 °C"_qs);
        QCOMPARE(model.data(model.index(1, Ds18b20SensorModel::TemperatureColumn)).toString(), u"not answering"_qs);
        model.setSensors({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_WizardModels)
#include "tst_wizardmodels.moc"
