#include "ModuleStateStore.h"

#include <QDir>
#include <QFile>
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

class tst_ModuleStateStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileIsNeverConfigured();
    void saveThenLoad_data();
    void saveThenLoad();
    void saveCreatesTheDirectory();
    void saveReplacesWholeFile();
    void rejectsUnreadableState_data();
    void rejectsUnreadableState();
    void reportsUnwritableDirectory();

private:
    QTemporaryDir m_dir;
};

void tst_ModuleStateStore::missingFileIsNeverConfigured()
{
    ModuleStateStore store(m_dir.filePath(u"missing"_s));
    const std::optional<ModuleState> state = store.load();
    QVERIFY(state);
    QCOMPARE(state->configCounter, 0u);
}

void tst_ModuleStateStore::saveThenLoad_data()
{
    QTest::addColumn<quint64>("configCounter");

    QTest::newRow("never configured") << quint64(0);
    QTest::newRow("first config") << quint64(1);
    QTest::newRow("large") << (quint64(1) << 40);
    QTest::newRow("largest exact in JSON") << (quint64(1) << 53);
}

void tst_ModuleStateStore::saveThenLoad()
{
    QFETCH(quint64, configCounter);

    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    ModuleStateStore writer(dir);
    QVERIFY2(writer.save(ModuleState { configCounter }), qPrintable(writer.errorString()));

    ModuleStateStore reader(dir);
    const std::optional<ModuleState> state = reader.load();
    QVERIFY2(state, qPrintable(reader.errorString()));
    QCOMPARE(state->configCounter, configCounter);
}

void tst_ModuleStateStore::saveCreatesTheDirectory()
{
    const QString dir = m_dir.filePath(u"a/b/c"_s);
    ModuleStateStore store(dir);
    QVERIFY2(store.save(ModuleState { 3 }), qPrintable(store.errorString()));
    QVERIFY(QFile::exists(store.filePath()));
    QCOMPARE(QFileInfo(store.filePath()).absolutePath(), QDir(dir).absolutePath());
}

void tst_ModuleStateStore::saveReplacesWholeFile()
{
    const QString dir = m_dir.filePath(u"replace"_s);
    ModuleStateStore store(dir);
    QVERIFY(store.save(ModuleState { 123456789 }));
    QVERIFY(store.save(ModuleState { 2 }));
    QCOMPARE(store.load()->configCounter, 2u);
    // QSaveFile leaves no temporary file beside the state.
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
        QStringList { QFileInfo(store.filePath()).fileName() });
}

void tst_ModuleStateStore::rejectsUnreadableState_data()
{
    QTest::addColumn<QByteArray>("contents");

    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("configCounter=3");
    QTest::newRow("truncated") << QByteArray(R"({"format": 1, "configCou)");
    QTest::newRow("array") << QByteArray("[1]");
    QTest::newRow("no format") << QByteArray(R"({"configCounter": 1})");
    QTest::newRow("newer format") << QByteArray(R"({"format": 2, "configCounter": 1})");
    QTest::newRow("no counter") << QByteArray(R"({"format": 1})");
    QTest::newRow("negative counter") << QByteArray(R"({"format": 1, "configCounter": -1})");
    QTest::newRow("fractional counter") << QByteArray(R"({"format": 1, "configCounter": 1.5})");
    QTest::newRow("counter as text") << QByteArray(R"({"format": 1, "configCounter": "1"})");
}

void tst_ModuleStateStore::rejectsUnreadableState()
{
    QFETCH(QByteArray, contents);

    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(dir));
    ModuleStateStore store(dir);
    QVERIFY(writeFile(store.filePath(), contents));

    QVERIFY(!store.load());
    QVERIFY2(store.errorString().contains(store.filePath()), qPrintable(store.errorString()));
}

void tst_ModuleStateStore::reportsUnwritableDirectory()
{
    // A regular file where a directory should be: fails for root too, unlike permissions.
    const QString blocker = m_dir.filePath(u"blocker"_s);
    QVERIFY(writeFile(blocker, "x"));
    ModuleStateStore store(blocker + u"/state"_s);

    QVERIFY(!store.save(ModuleState { 1 }));
    QVERIFY2(store.errorString().contains(blocker), qPrintable(store.errorString()));
}

QTEST_GUILESS_MAIN(tst_ModuleStateStore)
#include "tst_modulestatestore.moc"
