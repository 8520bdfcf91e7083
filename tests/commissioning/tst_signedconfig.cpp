// The signed configuration of a write: the bytes are pinned by a vector (docs/security.md, 3.4),
// the signature verifies only over them, secrets stay out of them and travel sealed.
#include "ConfigSamples.h"
#include "commissioning/SecretSealing.h"
#include "commissioning/SignedConfigBuilder.h"
#include "config/ConfigProto.h"
#include "iotpro.pb.h"
#include "security/Hash.h"
#include "security/Seal.h"
#include "security/Signing.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::commissioning;

namespace {

/// RFC 8032 section 7.1 TEST 1: a key everyone can reproduce (fingerprint 7849 ac30 4968 0be1).
security::SigningKey testKey()
{
    return *security::SigningKey::fromSeed(
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
}

PayloadHeader vectorHeader()
{
    return { u"EM-2404-00017"_qs, 1, QDateTime::fromMSecsSinceEpoch(1714564800000, Qt::UTC) };
}

v1::SignedConfigPayload parsed(const QByteArray& payload)
{
    v1::SignedConfigPayload message;
    [[maybe_unused]] const bool ok = message.ParseFromString(payload.toStdString());
    Q_ASSERT(ok);
    return message;
}

const QString& secretOf(const config::DeviceConfig& config, SecretField field)
{
    switch (field) {
    case SecretField::WifiPassphrase:
        return config.network.wifi.passphrase;
    case SecretField::LorawanAppKey:
        return config.network.lorawan.appKey;
    case SecretField::CellularPassword:
        return config.network.cellular.password;
    }
    Q_UNREACHABLE();
}

} // namespace

class tst_SignedConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The vector of docs/security.md 3.4: the factory default configuration signed for module
    // EM-2404-00017, counter 1, at 2024-05-01T12:00:00Z (1714564800000 ms), with RFC 8032 TEST 1's
    // key. The payload bytes were also built by hand from the schema's encoding rules in Python and
    // hashed with hashlib, and signed with Python's cryptography package (another Ed25519).
    void vector()
    {
        const SignedConfig signedConfig = signConfig(config::factoryDefaultConfig(), vectorHeader(), testKey());
        QCOMPARE(signedConfig.payload.toHex(),
            QByteArray("0a0d454d2d323430342d303030313710011a087849ac3049680be12080bc9aa0f3312ae5010a001228080110e6011832"
                       "2208086410011801200122080864100118012002220808641001180120032884071a98010a1b10011a040801101e220f"
                       "09000000000000f03f12025768181e2a000a1b10011a040801101e220f09000000000000f03f12025768181e2a000a1b"
                       "10011a040801101e220f09000000000000f03f12025768181e2a000a1b10011a040801101e220f09000000000000f03f"
                       "12025768181e2a0012221a015622002a12090000000000003e40110000000000003e40490000000000003e4022170a06"
                       "18013202080112061001200148011a0230012084072a0310901c"));
        QCOMPARE(signedConfig.payloadSha256.toHex(),
            QByteArray("b507b59340f0234b71a5f751fe67107a32519d234c9df976e46d3e13a72339e0"));
        QCOMPARE(signedConfig.signature.toHex(),
            QByteArray("4243cf140d67ec67d5709da8f87f84f142af6a85808985e0674ddd3633c1aedc"
                       "240c3e453956186ca062908bdfb63ece5f2fc161ece114dc3e928b58daf79709"));
        QCOMPARE(signedConfig.signerFingerprint, u"7849 ac30 4968 0be1"_qs);
        QCOMPARE(signedConfig.counter, 1u);
        QVERIFY(security::verify(testKey().publicKey(), security::SignatureDomain::Configuration,
            signedConfig.payload, signedConfig.signature));
    }

    void payloadNamesModuleCounterAndSigner()
    {
        const security::SigningKey key = testKey();
        const config::DeviceConfig config = samples::fullConfig();
        const SignedConfig signedConfig
            = signConfig(config, { u"SIM-0042"_qs, 7, QDateTime::fromMSecsSinceEpoch(1234567, Qt::UTC) }, key);
        const v1::SignedConfigPayload payload = parsed(signedConfig.payload);
        QCOMPARE(payload.serial_number(), "SIM-0042");
        QCOMPARE(payload.counter(), 7u);
        QCOMPARE(QByteArray::fromStdString(payload.signer_key_id()), key.publicKey().keyId().toBytes());
        QCOMPARE(payload.signed_unix_ms(), 1234567);
        QCOMPARE(config::fromProto(payload.config()).value(), config::withoutSecrets(config));
        QCOMPARE(signedConfig.config, config::withoutSecrets(config));
        QCOMPARE(signedConfig.payloadSha256, security::sha256(signedConfig.payload));
    }

    void secretsStayOutOfThePayload()
    {
        const config::DeviceConfig config = samples::fullConfig();
        const SignedConfig signedConfig = signConfig(config, vectorHeader(), testKey());
        for (const SecretField field :
            { SecretField::WifiPassphrase, SecretField::LorawanAppKey, SecretField::CellularPassword }) {
            const QByteArray secret = secretOf(config, field).toUtf8();
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!signedConfig.payload.contains(secret), qPrintable(secretFieldPath(field)));
        }
        const config::NetworkConfig& network = signedConfig.config.network;
        QVERIFY(network.wifi.passphraseSet && network.lorawan.appKeySet && network.cellular.passwordSet);
    }

    void sameInputSameBytes()
    {
        const config::DeviceConfig config = samples::fullConfig();
        QCOMPARE(signConfig(config, vectorHeader(), testKey()), signConfig(config, vectorHeader(), testKey()));
    }

    // The module verifies the bytes it received: any change of them, or another domain, fails.
    void signatureCoversEveryByte()
    {
        const SignedConfig signedConfig = signConfig(config::factoryDefaultConfig(), vectorHeader(), testKey());
        const security::PublicKey key = testKey().publicKey();
        for (qsizetype i = 0; i < signedConfig.payload.size(); ++i) {
            QByteArray altered = signedConfig.payload;
            altered[i] = char(altered[i] ^ 0x20);
            QVERIFY2(!security::verify(key, security::SignatureDomain::Configuration, altered, signedConfig.signature),
                qPrintable(QString::number(i)));
        }
        QVERIFY(!security::verify(key, security::SignatureDomain::CalibrationConstants, signedConfig.payload,
            signedConfig.signature));
    }

    // The *_set flags as they will be after the write: a new secret sets one, an empty one keeps
    // the module's flag.
    void secretFlags_data()
    {
        QTest::addColumn<QString>("newSecret");
        QTest::addColumn<bool>("moduleHasOne");
        QTest::addColumn<bool>("flagAfter");
        QTest::newRow("new, none stored") << u"correct horse"_qs << false << true;
        QTest::newRow("new, one stored") << u"correct horse"_qs << true << true;
        QTest::newRow("kept, one stored") << QString() << true << true;
        QTest::newRow("kept, none stored") << QString() << false << false;
    }
    void secretFlags()
    {
        QFETCH(QString, newSecret);
        QFETCH(bool, moduleHasOne);
        QFETCH(bool, flagAfter);
        config::DeviceConfig active = config::factoryDefaultConfig();
        active.network.wifi.passphraseSet = moduleHasOne;
        active.network.lorawan.appKeySet = moduleHasOne;
        active.network.cellular.passwordSet = moduleHasOne;
        config::DeviceConfig edited = config::factoryDefaultConfig();
        edited.network.wifi.passphrase = newSecret;
        edited.network.lorawan.appKey = newSecret;
        edited.network.cellular.password = newSecret;
        // What the file says about the flags does not count: the module decides what it holds.
        edited.network.wifi.passphraseSet = !moduleHasOne;
        edited.network.lorawan.appKeySet = !moduleHasOne;
        edited.network.cellular.passwordSet = !moduleHasOne;
        const config::DeviceConfig settled = withModuleSecretFlags(edited, active);
        QCOMPARE(settled.network.wifi.passphraseSet, flagAfter);
        QCOMPARE(settled.network.lorawan.appKeySet, flagAfter);
        QCOMPARE(settled.network.cellular.passwordSet, flagAfter);
        QCOMPARE(settled.network.wifi.passphrase, newSecret);
    }

    // lv_cat(field path, payload SHA-256): LEB128 length 23 (0x17), the path, length 32 (0x20), the hash.
    void associatedData()
    {
        const QByteArray hash(32, '\x11');
        QCOMPARE(secretAssociatedData(SecretField::WifiPassphrase, hash).toHex(),
            QByteArray("17") + QByteArray("network.wifi.passphrase").toHex() + "20" + hash.toHex());
        QCOMPARE(secretAssociatedData(SecretField::LorawanAppKey, hash).toHex(),
            QByteArray("17") + QByteArray("network.lorawan.app_key").toHex() + "20" + hash.toHex());
        QCOMPARE(secretAssociatedData(SecretField::CellularPassword, hash).toHex(),
            QByteArray("19") + QByteArray("network.cellular.password").toHex() + "20" + hash.toHex());
    }

    void sealedSecretsOpenOnlyInTheirFieldAndConfiguration()
    {
        const config::DeviceConfig config = samples::fullConfig();
        const security::SymmetricKey key = security::SymmetricKey::random();
        const QByteArray hash = security::sha256("payload");
        const QList<SealedSecret> sealed = sealSecrets(config, hash, key);
        QCOMPARE(sealed.size(), 3);
        for (const SealedSecret& secret : sealed) {
            const Result<QByteArray> opened
                = security::seal::open(key, secretAssociatedData(secret.field, hash), secret.sealed);
            QVERIFY(opened);
            QCOMPARE(QString::fromUtf8(opened.value()), secretOf(config, secret.field));
            QVERIFY(!secret.sealed.contains(secretOf(config, secret.field).toUtf8()));
            const SecretField other
                = secret.field == SecretField::WifiPassphrase ? SecretField::CellularPassword : SecretField::WifiPassphrase;
            QVERIFY(!security::seal::open(key, secretAssociatedData(other, hash), secret.sealed));
            QVERIFY(!security::seal::open(
                key, secretAssociatedData(secret.field, security::sha256("another payload")), secret.sealed));
            QVERIFY(!security::seal::open(security::SymmetricKey::random(),
                secretAssociatedData(secret.field, hash), secret.sealed));
        }
    }

    void emptySecretsAreNotSent()
    {
        config::DeviceConfig config = samples::fullConfig();
        config.network.lorawan.appKey.clear();
        config.network.cellular.password.clear();
        const QList<SealedSecret> sealed = sealSecrets(config, security::sha256("x"), security::SymmetricKey::random());
        QCOMPARE(sealed.size(), 1);
        QCOMPARE(sealed.first().field, SecretField::WifiPassphrase);
    }
};

QTEST_GUILESS_MAIN(tst_SignedConfig)
#include "tst_signedconfig.moc"
