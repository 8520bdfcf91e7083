// The module's trust store over the protocol (docs/security.md, 5.1): readable always, changed
// only in factory mode, with its rules, and kept across restarts.
#include "ModuleTestKit.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iotpro;
using namespace iotpro::sim;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray keyBytes()
{
    return security::SigningKey::generate().publicKey().toBytes();
}

QByteArray keyIdOf(const QByteArray& publicKey)
{
    return security::PublicKey::fromBytes(publicKey)->keyId().toBytes();
}

} // namespace

class tst_TrustRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listIsReadableOutsideFactoryMode();
    void changesNeedFactoryMode();
    void addedKeysAreListedWithTheirKeyIds();
    void refusals_data();
    void refusals();
    void storeIsFullAtEightKeys();
    void lastConfigurationSignerStays();
    void storeSurvivesARestart();
};

void tst_TrustRequests::listIsReadableOutsideFactoryMode()
{
    QTemporaryDir dir;
    TestModule module(dir.path());
    const v1::Envelope reply = module.exchange(trustListRequest(1));
    QVERIFY(reply.has_trust_store());
    QCOMPARE(reply.trust_store().keys_size(), 0);
    QVERIFY(!reply.trust_store().factory_mode());
}

void tst_TrustRequests::changesNeedFactoryMode()
{
    QTemporaryDir dir;
    TestModule module(dir.path());
    const QByteArray key = keyBytes();
    QVERIFY(
        !module.trust.add({ *security::PublicKey::fromBytes(key), v1::TRUST_ROLE_CONFIGURATION, u"k"_s, 0 }));
    QCOMPARE(module.exchange(trustAddRequest(1, keyBytes(), v1::TRUST_ROLE_CONFIGURATION, u"new"_s))
                 .error()
                 .code(),
        v1::ERROR_CODE_NOT_IN_FACTORY_MODE);
    QCOMPARE(module.exchange(trustRemoveRequest(2, keyIdOf(key))).error().code(),
        v1::ERROR_CODE_NOT_IN_FACTORY_MODE);
    QCOMPARE(module.trust.keys().size(), 1u);
}

void tst_TrustRequests::addedKeysAreListedWithTheirKeyIds()
{
    QTemporaryDir dir;
    TestModule module(dir.path(), {}, true);
    const QByteArray configuration = keyBytes();
    const QByteArray factory = keyBytes();
    QVERIFY(module.exchange(trustAddRequest(1, configuration, v1::TRUST_ROLE_CONFIGURATION, u"laptop 1"_s))
                .has_trust_store());
    module.clock.advance(std::chrono::seconds(1));
    const v1::Envelope reply
        = module.exchange(trustAddRequest(2, factory, v1::TRUST_ROLE_FACTORY, u"factory"_s));

    const v1::TrustStore& store = reply.trust_store();
    QVERIFY(store.factory_mode());
    QCOMPARE(store.keys_size(), 2);
    QCOMPARE(QByteArray::fromStdString(store.keys(0).public_key()), configuration);
    QCOMPARE(QByteArray::fromStdString(store.keys(0).key_id()), keyIdOf(configuration));
    QCOMPARE(store.keys(0).role(), v1::TRUST_ROLE_CONFIGURATION);
    QCOMPARE(store.keys(0).label(), "laptop 1");
    QCOMPARE(store.keys(0).added_unix_ms(), ManualClock::kStartUnixTimeMs);
    QCOMPARE(store.keys(1).role(), v1::TRUST_ROLE_FACTORY);
    QCOMPARE(store.keys(1).added_unix_ms(), ManualClock::kStartUnixTimeMs + 1000);
}

void tst_TrustRequests::refusals_data()
{
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("code");

    const QByteArray valid = keyBytes();
    QTest::newRow("key of 31 bytes") << valid.first(31) << int(v1::TRUST_ROLE_CONFIGURATION) << QString()
                                     << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    // A point of small order: Ed25519 public keys are refused unless in the main subgroup.
    QTest::newRow("small-order key") << QByteArray(1, '\1') + QByteArray(31, '\0')
                                     << int(v1::TRUST_ROLE_CONFIGURATION) << QString()
                                     << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("no role") << valid << int(v1::TRUST_ROLE_UNSPECIFIED) << QString()
                             << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("unknown role") << valid << 9 << QString() << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("label of 65 bytes") << valid << int(v1::TRUST_ROLE_CONFIGURATION) << u"x"_s.repeated(65)
                                       << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("key trusted already")
        << QByteArray() << int(v1::TRUST_ROLE_FACTORY) << QString() << int(v1::ERROR_CODE_DUPLICATE_KEY);
}

void tst_TrustRequests::refusals()
{
    QFETCH(QByteArray, publicKey);
    QFETCH(int, role);
    QFETCH(QString, label);
    QFETCH(int, code);

    QTemporaryDir dir;
    TestModule module(dir.path(), {}, true);
    const QByteArray enrolled = keyBytes();
    QVERIFY(module.exchange(trustAddRequest(1, enrolled, v1::TRUST_ROLE_CONFIGURATION, u"first"_s))
                .has_trust_store());

    const QByteArray key = publicKey.isEmpty() ? enrolled : publicKey;
    const v1::Envelope reply = module.exchange(trustAddRequest(2, key, v1::TrustRole(role), label));
    QCOMPARE(int(reply.error().code()), code);
    QCOMPARE(module.trust.keys().size(), 1u);
}

void tst_TrustRequests::storeIsFullAtEightKeys()
{
    QTemporaryDir dir;
    TestModule module(dir.path(), {}, true);
    for (int i = 0; i < TrustStore::kCapacity; ++i)
        QVERIFY(module.exchange(trustAddRequest(quint32(i + 1), keyBytes(), v1::TRUST_ROLE_CONFIGURATION, {}))
                    .has_trust_store());
    QCOMPARE(module.exchange(trustAddRequest(9, keyBytes(), v1::TRUST_ROLE_CONFIGURATION, {})).error().code(),
        v1::ERROR_CODE_TRUST_STORE_FULL);
    QCOMPARE(module.trust.keys().size(), std::size_t(TrustStore::kCapacity));
}

void tst_TrustRequests::lastConfigurationSignerStays()
{
    QTemporaryDir dir;
    TestModule module(dir.path(), {}, true);
    const QByteArray oldKey = keyBytes();
    const QByteArray newKey = keyBytes();
    const QByteArray factoryKey = keyBytes();
    module.exchange(trustAddRequest(1, oldKey, v1::TRUST_ROLE_CONFIGURATION, u"old"_s));
    module.exchange(trustAddRequest(2, factoryKey, v1::TRUST_ROLE_FACTORY, u"factory"_s));

    // Key rotation (docs/security.md, 5.2): the old key goes only once a new one is trusted.
    QCOMPARE(
        module.exchange(trustRemoveRequest(3, keyIdOf(oldKey))).error().code(), v1::ERROR_CODE_LAST_SIGNER);
    QVERIFY(module.exchange(trustAddRequest(4, newKey, v1::TRUST_ROLE_CONFIGURATION, u"new"_s))
                .has_trust_store());
    const v1::Envelope removed = module.exchange(trustRemoveRequest(5, keyIdOf(oldKey)));
    QVERIFY(removed.has_trust_store());
    QCOMPARE(removed.trust_store().keys_size(), 2);
    QCOMPARE(
        module.exchange(trustRemoveRequest(6, keyIdOf(oldKey))).error().code(), v1::ERROR_CODE_UNKNOWN_KEY);
    QCOMPARE(module.exchange(trustRemoveRequest(7, QByteArray(7, '\1'))).error().code(),
        v1::ERROR_CODE_INVALID_ARGUMENT);
    // A factory key can go: it signs no configuration.
    QVERIFY(module.exchange(trustRemoveRequest(8, keyIdOf(factoryKey))).has_trust_store());
    QCOMPARE(
        module.exchange(trustRemoveRequest(9, keyIdOf(newKey))).error().code(), v1::ERROR_CODE_LAST_SIGNER);
}

void tst_TrustRequests::storeSurvivesARestart()
{
    QTemporaryDir dir;
    const QByteArray key = keyBytes();
    {
        TestModule module(dir.path(), {}, true);
        module.exchange(trustAddRequest(1, key, v1::TRUST_ROLE_CONFIGURATION, u"laptop"_s));
    }
    TestModule restarted(dir.path());
    QVERIFY(restarted.loaded());
    const v1::Envelope reply = restarted.exchange(trustListRequest(1));
    QCOMPARE(reply.trust_store().keys_size(), 1);
    QCOMPARE(QByteArray::fromStdString(reply.trust_store().keys(0).public_key()), key);
    QCOMPARE(reply.trust_store().keys(0).label(), "laptop");
    QVERIFY(!reply.trust_store().factory_mode());
}

QTEST_GUILESS_MAIN(tst_TrustRequests)
#include "tst_trustrequests.moc"
