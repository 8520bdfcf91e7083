// The Bench mode's setup kept between runs of the app (a bench is set up once per shift), and
// where one module's outputs go. The factory key's passphrase is a secret: never stored.
#include "BenchSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro::ui;

class TestBenchSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setupSurvivesARestartWithoutThePassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_qs);
        BenchSettings used;
        used.referenceAddress = u"modbus-tcp:192.168.10.5:502:1"_qs;
        used.referenceCertificate = u"D-K-15012-01 2025-0117"_qs;
        used.referenceDue = u"2027-03-31"_qs;
        used.planPath = u"/srv/bench/plan-0.5S.json"_qs;
        used.operatorName = u"Erika Muster"_qs;
        used.batch = u"WO-4711"_qs;
        used.outputFolder = u"/srv/bench/out"_qs;
        used.adjust = true;
        used.factoryKeyName = u"factory-2026"_qs;
        used.factoryKeyPassphrase = u"Pässphrase-of-the-factory-key"_qs;
        {
            QSettings store(path, QSettings::IniFormat);
            storeBenchSettings(store, used);
        }

        const QSettings reopened(path, QSettings::IniFormat);
        const BenchSettings restored = storedBenchSettings(reopened);
        QCOMPARE(restored.referenceAddress, used.referenceAddress);
        QCOMPARE(restored.referenceCertificate, used.referenceCertificate);
        QCOMPARE(restored.referenceDue, used.referenceDue);
        QCOMPARE(restored.planPath, used.planPath);
        QCOMPARE(restored.operatorName, used.operatorName);
        QCOMPARE(restored.batch, used.batch);
        QCOMPARE(restored.outputFolder, used.outputFolder);
        QCOMPARE(restored.adjust, true);
        QCOMPARE(restored.factoryKeyName, used.factoryKeyName);
        QVERIFY(restored.factoryKeyPassphrase.isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("WO-4711"));
        QVERIFY2(!stored.contains("factory-key") && !stored.contains("phrase-of"), stored.constData());
    }

    void nothingStoredIsAnEmptySetup()
    {
        QTemporaryDir dir;
        const QSettings store(dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        const BenchSettings restored = storedBenchSettings(store);
        QVERIFY(restored.referenceAddress.isEmpty());
        QVERIFY(restored.operatorName.isEmpty());
        QCOMPARE(restored.adjust, false);
    }

    void csvLogPerBatch_data()
    {
        QTest::addColumn<QString>("batch");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("work order") << u"WO-4711"_qs << u"WO-4711.csv"_qs;
        QTest::newRow("no batch") << u"  "_qs << u"calibrations.csv"_qs;
        QTest::newRow("unsafe characters") << u"WO 47/11"_qs << u"WO_47_11.csv"_qs;
    }

    void csvLogPerBatch()
    {
        QFETCH(QString, batch);
        QFETCH(QString, fileName);
        QCOMPARE(csvPathIn(u"/srv/out"_qs, batch), u"/srv/out/"_qs + fileName);
    }
};

QTEST_GUILESS_MAIN(TestBenchSettings)
#include "tst_benchsettings.moc"
