// The module's A/B configuration memory: a write interrupted at any step leaves, after a restart,
// the old configuration or the new one, complete - never a mix, never nothing.
#include "configuration/ConfigStore.h"
#include "configuration/FactoryDefaultConfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <google/protobuf/util/message_differencer.h>

using namespace iotpro;
using namespace iotpro::sim;
using namespace Qt::StringLiterals;

namespace {

/// A slot's contents for configuration `counter`: its payload names the counter, and its secret
/// too, so that a mix of two writes would show.
SlotContents contentsFor(quint64 counter)
{
    v1::SignedConfigPayload payload;
    payload.set_serial_number("SIM-1");
    payload.set_counter(counter);
    *payload.mutable_config() = factoryDefaultConfig();
    payload.mutable_config()->mutable_installation()->set_site("site " + std::to_string(counter));
    return { QByteArray::fromStdString(payload.SerializeAsString()),
        QByteArray(64, static_cast<char>(counter)),
        { { v1::SECRET_FIELD_WIFI_PASSPHRASE, u"passphrase %1"_s.arg(counter) } } };
}

bool writeFile(const QString& path, const QByteArray& contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

/// The active configuration is exactly configuration `counter`'s, in every part.
void verifyActiveIs(const ActiveConfig& active, quint64 counter)
{
    const SlotContents expected = contentsFor(counter);
    QCOMPARE(active.counter, counter);
    QCOMPARE(active.payload, expected.payload);
    QCOMPARE(active.signature, expected.signature);
    QCOMPARE(active.secrets, expected.secrets);
    QCOMPARE(active.config.installation().site(), "site " + std::to_string(counter));
    QCOMPARE(active.payloadSha256, payloadSha256(expected.payload));
}

} // namespace

class tst_ConfigStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newModuleRunsTheFactoryDefault();
    void writeIsInterruptedAtEachStep_data();
    void writeIsInterruptedAtEachStep();
    void slotsAlternate();
    void leftoverTemporaryFilesAreIgnored();
    void damagedMemoryIsRefused_data();
    void damagedMemoryIsRefused();
    void aDamagedInactiveSlotDoesNotMatter();
    void failedActivationChangesNothing();

private:
    QTemporaryDir m_dir;
};

void tst_ConfigStore::newModuleRunsTheFactoryDefault()
{
    ConfigStore store(m_dir.filePath(u"new"_s));
    QVERIFY(store.load());
    QCOMPARE(store.active().slot, ConfigStore::kFactorySlot);
    QCOMPARE(store.active().counter, 0u);
    QVERIFY(store.active().payload.isEmpty());
    QVERIFY(store.active().secrets.isEmpty());
    QVERIFY(
        google::protobuf::util::MessageDifferencer::Equals(store.active().config, factoryDefaultConfig()));
    QCOMPARE(store.inactiveSlot(), ConfigStore::kSlotA);
}

void tst_ConfigStore::writeIsInterruptedAtEachStep_data()
{
    QTest::addColumn<int>("stepsDone");
    QTest::addColumn<quint64>("activeAfterRestart");

    // Configuration 1 is active in slot A; configuration 2 is being written.
    QTest::newRow("nothing written yet") << 0 << quint64(1);
    QTest::newRow("slot B written, pointer not switched") << 1 << quint64(1);
    QTest::newRow("slot B written, pointer switched") << 2 << quint64(2);
}

void tst_ConfigStore::writeIsInterruptedAtEachStep()
{
    QFETCH(int, stepsDone);
    QFETCH(quint64, activeAfterRestart);

    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    {
        ConfigStore store(dir);
        QVERIFY(store.load());
        QVERIFY(store.writeSlot(ConfigStore::kSlotA, contentsFor(1)));
        QVERIFY(store.activate(ConfigStore::kSlotA, 1000));
    }
    {
        // The module dies after `stepsDone` steps: what it wrote is what a restart finds.
        ConfigStore store(dir);
        QVERIFY(store.load());
        if (stepsDone >= 1)
            QVERIFY(store.writeSlot(store.inactiveSlot(), contentsFor(2)));
        if (stepsDone >= 2)
            QVERIFY(store.activate(ConfigStore::kSlotB, 2000));
    }
    ConfigStore restarted(dir);
    QVERIFY2(restarted.load(), qPrintable(restarted.errorString()));
    verifyActiveIs(restarted.active(), activeAfterRestart);
    QCOMPARE(restarted.active().committedUnixMs, activeAfterRestart == 1 ? 1000 : 2000);
}

void tst_ConfigStore::slotsAlternate()
{
    ConfigStore store(m_dir.filePath(u"alternate"_s));
    QVERIFY(store.load());
    for (quint64 counter = 1; counter <= 4; ++counter) {
        const quint32 slot = store.inactiveSlot();
        QCOMPARE(slot, counter % 2 == 1 ? ConfigStore::kSlotA : ConfigStore::kSlotB);
        QVERIFY(store.writeSlot(slot, contentsFor(counter)));
        QVERIFY(store.activate(slot, 0));
        QCOMPARE(store.active().slot, slot);
        verifyActiveIs(store.active(), counter);
    }
}

void tst_ConfigStore::leftoverTemporaryFilesAreIgnored()
{
    const QString dir = m_dir.filePath(u"leftovers"_s);
    {
        ConfigStore store(dir);
        QVERIFY(store.load());
        QVERIFY(store.writeSlot(ConfigStore::kSlotA, contentsFor(1)));
        QVERIFY(store.activate(ConfigStore::kSlotA, 0));
    }
    // What a kill in the middle of writing leaves: half-written temporary files beside the real ones.
    QVERIFY(writeFile(dir + u"/config-active.json.Ab12Cd"_s, R"({"format": 1, "slo)"));
    QVERIFY(writeFile(dir + u"/config-slot-b.json.Ef34Gh"_s, R"({"format": 1, "payload": "CgVTSU0t)"));
    ConfigStore restarted(dir);
    QVERIFY(restarted.load());
    verifyActiveIs(restarted.active(), 1);
}

void tst_ConfigStore::damagedMemoryIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents");

    QTest::newRow("pointer not JSON") << u"config-active.json"_s << QByteArray("{ not json");
    QTest::newRow("pointer names slot 3")
        << u"config-active.json"_s << QByteArray(R"({"format": 1, "slot": 3, "committed_unix_ms": 0})");
    QTest::newRow("pointer of a newer format")
        << u"config-active.json"_s << QByteArray(R"({"format": 2, "slot": 1, "committed_unix_ms": 0})");
    QTest::newRow("active slot not JSON") << u"config-slot-a.json"_s << QByteArray("garbage");
    QTest::newRow("active slot, payload not base64")
        << u"config-slot-a.json"_s
        << QByteArray(R"({"format": 1, "payload": "***", "signature": "", "secrets": {}})");
    QTest::newRow("active slot, payload no configuration")
        << u"config-slot-a.json"_s
        << QByteArray(R"({"format": 1, "payload": "/w==", "signature": "", "secrets": {}})");
    QTest::newRow("active slot, secret not text")
        << u"config-slot-a.json"_s << QByteArray(R"({"format": 1, "payload": "", "signature": "",
                                                         "secrets": {"network.wifi.passphrase": 5}})");
}

void tst_ConfigStore::damagedMemoryIsRefused()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);

    const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    {
        ConfigStore store(dir);
        QVERIFY(store.load());
        QVERIFY(store.writeSlot(ConfigStore::kSlotA, contentsFor(1)));
        QVERIFY(store.activate(ConfigStore::kSlotA, 0));
    }
    QVERIFY(writeFile(dir + u'/' + file, contents));

    ConfigStore restarted(dir);
    QVERIFY(!restarted.load());
    QVERIFY2(restarted.errorString().contains(dir), qPrintable(restarted.errorString()));
    QCOMPARE(restarted.active().slot, ConfigStore::kFactorySlot);
}

void tst_ConfigStore::aDamagedInactiveSlotDoesNotMatter()
{
    const QString dir = m_dir.filePath(u"inactive-damaged"_s);
    {
        ConfigStore store(dir);
        QVERIFY(store.load());
        QVERIFY(store.writeSlot(ConfigStore::kSlotA, contentsFor(1)));
        QVERIFY(store.activate(ConfigStore::kSlotA, 0));
    }
    QVERIFY(writeFile(dir + u"/config-slot-b.json"_s, "garbage"));
    ConfigStore restarted(dir);
    QVERIFY(restarted.load());
    verifyActiveIs(restarted.active(), 1);
    QVERIFY(!restarted.readSlot(ConfigStore::kSlotB));
}

void tst_ConfigStore::failedActivationChangesNothing()
{
    ConfigStore store(m_dir.filePath(u"failed-activation"_s));
    QVERIFY(store.load());
    QVERIFY(store.writeSlot(ConfigStore::kSlotA, contentsFor(1)));
    QVERIFY(store.activate(ConfigStore::kSlotA, 0));
    // Slot B was never written: it cannot become active.
    QVERIFY(!store.activate(ConfigStore::kSlotB, 0));
    QVERIFY(!store.errorString().isEmpty());
    verifyActiveIs(store.active(), 1);
}

QTEST_GUILESS_MAIN(tst_ConfigStore)
#include "tst_configstore.moc"
