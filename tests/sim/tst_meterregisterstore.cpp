#include "MeterRegisterStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace iotpro::sim;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

class tst_MeterRegisterStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void missingFileIsANewMeter();
    void keepsRegistersExactly();
    void saveReplacesWholeFile();
    void rejectsDamagedRegisters_data();
    void rejectsDamagedRegisters();
    void reportsUnwritableDirectory();

private:
    QTemporaryDir m_dir;
};

void tst_MeterRegisterStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_MeterRegisterStore::missingFileIsANewMeter()
{
    MeterRegisterStore store(m_dir.filePath(u"new"_s));
    const std::optional<MeterRegisters> registers = store.load();
    QVERIFY2(registers, qPrintable(store.errorString()));
    QCOMPARE(*registers, MeterRegisters {});
}

void tst_MeterRegisterStore::keepsRegistersExactly()
{
    MeterRegisters registers;
    // Fractions no short decimal holds, and a register far beyond 2^32.
    registers.energy.activeImportWh = EnergyRegister(9'007'199'254'740'000, 1.0 / 3.0);
    registers.energy.activeExportWh = EnergyRegister(1, 0.1);
    registers.energy.reactiveImportVarh = EnergyRegister(0, 0.999999999999);
    registers.energy.reactiveExportVarh = EnergyRegister(42, 0.0);
    registers.maxDemandW = -1234.5678901234567;

    const QString dir = m_dir.filePath(u"exact"_s);
    MeterRegisterStore writer(dir);
    QVERIFY2(writer.save(registers), qPrintable(writer.errorString()));
    MeterRegisterStore reader(dir);
    const std::optional<MeterRegisters> loaded = reader.load();
    QVERIFY2(loaded, qPrintable(reader.errorString()));
    QVERIFY(*loaded == registers);
}

void tst_MeterRegisterStore::saveReplacesWholeFile()
{
    const QString dir = m_dir.filePath(u"replace"_s);
    MeterRegisterStore store(dir);
    MeterRegisters registers;
    registers.maxDemandW = 5.0;
    QVERIFY(store.save(registers));
    QVERIFY(store.save(MeterRegisters {}));
    QCOMPARE(store.load()->maxDemandW, std::nullopt);
    // QSaveFile leaves no temporary file beside the registers.
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
        QStringList { QFileInfo(store.filePath()).fileName() });
}

void tst_MeterRegisterStore::rejectsDamagedRegisters_data()
{
    QTest::addColumn<QByteArray>("contents");

    const QByteArray registers = R"("active_import_wh": 1, "active_import_wh_fraction": 0.5,
        "active_export_wh": 0, "active_export_wh_fraction": 0, "reactive_import_varh": 0,
        "reactive_import_varh_fraction": 0, "reactive_export_varh": 0, "reactive_export_varh_fraction": 0)";
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("import=3");
    QTest::newRow("no format") << "{" + registers + "}";
    QTest::newRow("newer format") << R"({"format": 2, )" + registers + "}";
    QTest::newRow("a register missing") << QByteArray(R"({"format": 1, "active_import_wh": 1})");
    QTest::newRow("negative register")
        << QByteArray(R"({"format": 1, "active_import_wh": -1, "active_import_wh_fraction": 0})");
    QTest::newRow("fraction of one") << R"({"format": 1, )"
            + QByteArray(registers).replace(
                R"("active_import_wh_fraction": 0.5)", R"("active_import_wh_fraction": 1)")
            + "}";
    QTest::newRow("max demand as text") << R"({"format": 1, "max_demand_w": "high", )" + registers + "}";
}

void tst_MeterRegisterStore::rejectsDamagedRegisters()
{
    QFETCH(QByteArray, contents);

    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(dir));
    MeterRegisterStore store(dir);
    QVERIFY(writeFile(store.filePath(), contents));

    QVERIFY(!store.load());
    QVERIFY2(store.errorString().contains(store.filePath()), qPrintable(store.errorString()));
}

void tst_MeterRegisterStore::reportsUnwritableDirectory()
{
    // A regular file where a directory should be: fails for root too, unlike permissions.
    const QString blocker = m_dir.filePath(u"blocker"_s);
    QVERIFY(writeFile(blocker, "x"));
    MeterRegisterStore store(blocker + u"/state"_s);

    QVERIFY(!store.save(MeterRegisters {}));
    QVERIFY2(store.errorString().contains(blocker), qPrintable(store.errorString()));
}

QTEST_GUILESS_MAIN(tst_MeterRegisterStore)
#include "tst_meterregisterstore.moc"
