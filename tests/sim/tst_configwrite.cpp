// The configuration write at the module's request handlers (docs/protocol.md, 4.7): every reason
// to refuse an upload, in the order the module checks them, commit and readback, and what a
// commit puts into effect. The tool's side is built from the .proto and core/security.
#include "ModuleTestKit.h"
#include "SimTestSupport.h"
#include "configuration/FactoryDefaultConfig.h"
#include "security/Seal.h"
#include "security/Signing.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <google/protobuf/util/message_differencer.h>

using namespace iotpro;
using namespace iotpro::sim;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

/// What the test tool uploads, and how it goes wrong.
struct Upload
{
    enum class Signer { Trusted, Stranger, FactoryKey };
    enum class Pairing { Paired, None, Expired, EndedByHello, OtherSessionKeys };

    QString serial = QString::fromUtf16(kSerial);
    quint64 counter = 4;
    v1::DeviceConfig config = factoryDefaultConfig();
    Secrets secrets;
    Signer signer = Signer::Trusted;
    Pairing pairing = Pairing::Paired;
    /// Changes the upload after it was signed and sealed, as an attacker or a broken link would.
    std::function<void(v1::ConfigUpload&)> tamper;
};

v1::DeviceConfig edited(
    const std::function<void(v1::DeviceConfig&)>& edit, v1::DeviceConfig config = factoryDefaultConfig())
{
    edit(config);
    return config;
}

void flipByte(std::string& bytes, std::size_t index)
{
    bytes[index] = static_cast<char>(bytes[index] ^ 0x01);
}

/// Index of `text` in `bytes`: to alter a field's bytes inside a serialized payload.
std::size_t offsetOf(const std::string& bytes, const std::string& text)
{
    const std::size_t offset = bytes.find(text);
    Q_ASSERT(offset != std::string::npos);
    return offset;
}

const FittedOptions kFitted { true, true, true, false }; // no GPS

} // namespace

Q_DECLARE_METATYPE(Upload)

class tst_ConfigWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void neverConfiguredModuleReportsTheFactoryDefault();
    void uploadIsRefused_data();
    void uploadIsRefused();
    void uploadStagesAndCommitActivates();
    void secretsAreHeldButNeverReported();
    void emptySecretKeepsTheStoredOne();
    void commitNeedsThisLinksStagedConfiguration_data();
    void commitNeedsThisLinksStagedConfiguration();
    void commitAppliesTheMeteringSetup();
    void committedConfigurationSurvivesARestart();

private:
    v1::Envelope upload(const Upload& upload);
    v1::ConfigState configState();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestModule> m_module;
    ConfigAuthor m_author;
    ConfigAuthor m_stranger;
    ConfigAuthor m_factoryAuthor;
    std::optional<security::pake::SessionKeys> m_keys;
    quint32 m_nextId = 1;
};

void tst_ConfigWrite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_module = std::make_unique<TestModule>(m_dir->path(), kFitted);
    QVERIFY(m_module->loaded());
    QVERIFY(!m_module->trust.add({ m_author.publicKey(), v1::TRUST_ROLE_CONFIGURATION, u"author"_s, 0 }));
    QVERIFY(!m_module->trust.add({ m_factoryAuthor.publicKey(), v1::TRUST_ROLE_FACTORY, u"factory"_s, 0 }));
    m_keys = pair([this](const v1::Envelope& r) { return m_module->exchange(r); },
        QString::fromUtf16(kLabelCode), QString::fromUtf16(kSerial));
    QVERIFY(m_keys);
    // Every test starts from a committed configuration, counter 3, in slot A.
    const QByteArray payload = m_author.payload(QString::fromUtf16(kSerial), 3, factoryDefaultConfig());
    QVERIFY(
        m_module->exchange(configUploadRequest(m_nextId++, m_author.upload(payload))).has_config_staged());
    QVERIFY(m_module->exchange(configCommitRequest(m_nextId++, sha256(payload))).has_config_state());
    QCOMPARE(m_module->store.active().slot, ConfigStore::kSlotA);
}

void tst_ConfigWrite::cleanup()
{
    m_module.reset();
    m_dir.reset();
}

v1::ConfigState tst_ConfigWrite::configState()
{
    return m_module->exchange(configGetRequest(m_nextId++)).config_state();
}

v1::Envelope tst_ConfigWrite::upload(const Upload& upload)
{
    const ConfigAuthor& author = upload.signer == Upload::Signer::Stranger ? m_stranger
        : upload.signer == Upload::Signer::FactoryKey                      ? m_factoryAuthor
                                                                           : m_author;
    const security::pake::SessionKeys otherKeys
        = security::pake::sessionKeys(QByteArray(64, 'k'), QByteArray(16, 's'));
    const QByteArray payload = author.payload(upload.serial, upload.counter, upload.config);
    v1::ConfigUpload body = author.upload(
        payload, upload.secrets, upload.pairing == Upload::Pairing::OtherSessionKeys ? &otherKeys : &*m_keys);
    if (upload.tamper)
        upload.tamper(body);

    LinkState neverPaired([](const v1::Envelope&) {});
    switch (upload.pairing) {
    case Upload::Pairing::None:
        return m_module->exchange(configUploadRequest(m_nextId++, body), neverPaired);
    case Upload::Pairing::Expired:
        m_module->clock.advance(PairedSession::kLifetime);
        break;
    case Upload::Pairing::EndedByHello:
        m_module->exchange(helloRequest(m_nextId++));
        break;
    default:
        break;
    }
    return m_module->exchange(configUploadRequest(m_nextId++, body));
}

void tst_ConfigWrite::neverConfiguredModuleReportsTheFactoryDefault()
{
    QTemporaryDir dir;
    TestModule fresh(dir.path(), kFitted);
    const v1::ConfigState state = fresh.exchange(configGetRequest(1)).config_state();
    QVERIFY(google::protobuf::util::MessageDifferencer::Equals(state.config(), factoryDefaultConfig()));
    QCOMPARE(state.counter(), 0u);
    QCOMPARE(state.active_slot(), 0u);
    QVERIFY(state.signed_config().payload().empty());
    QVERIFY(state.payload_sha256().empty());
    QCOMPARE(state.committed_unix_ms(), 0);
    QCOMPARE(fresh.exchange(helloRequest(2)).device_info().config_counter(), 0u);
}

void tst_ConfigWrite::uploadIsRefused_data()
{
    QTest::addColumn<Upload>("upload");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");

    const auto row = [](const char* name, Upload upload, v1::ErrorCode code, const QString& field = {}) {
        QTest::newRow(name) << upload << int(code) << field;
    };
    Upload upload;

    // 1. A pairing on this link.
    upload = {};
    upload.pairing = Upload::Pairing::None;
    row("not paired", upload, v1::ERROR_CODE_PAIRING_REQUIRED);
    upload.pairing = Upload::Pairing::Expired;
    row("pairing older than 10 min", upload, v1::ERROR_CODE_PAIRING_REQUIRED);
    upload.pairing = Upload::Pairing::EndedByHello;
    row("pairing ended by Hello", upload, v1::ERROR_CODE_PAIRING_REQUIRED);
    upload.pairing = Upload::Pairing::None;
    upload.signer = Upload::Signer::Stranger;
    row("order: not paired before unknown signer", upload, v1::ERROR_CODE_PAIRING_REQUIRED);

    // 2. A payload that parses.
    upload = {};
    upload.tamper = [](v1::ConfigUpload& u) { u.mutable_signed_config()->set_payload("\xff\xff\xff"); };
    row("payload is no SignedConfigPayload", upload, v1::ERROR_CODE_MALFORMED_REQUEST);
    upload.tamper = [](v1::ConfigUpload& u) { u.mutable_signed_config()->clear_payload(); };
    row("no payload", upload, v1::ERROR_CODE_MALFORMED_REQUEST);

    // 3. A trusted configuration signer.
    upload = {};
    upload.signer = Upload::Signer::Stranger;
    row("unknown signer", upload, v1::ERROR_CODE_UNKNOWN_SIGNER);
    upload.signer = Upload::Signer::FactoryKey;
    row("signer is a factory key", upload, v1::ERROR_CODE_UNKNOWN_SIGNER);
    upload.signer = Upload::Signer::Stranger;
    upload.serial = u"SIM-OTHER"_s;
    upload.counter = 1;
    row("order: unknown signer before wrong module and stale counter", upload, v1::ERROR_CODE_UNKNOWN_SIGNER);

    // 4. A signature over the bytes received.
    upload = {};
    upload.tamper
        = [](v1::ConfigUpload& u) { flipByte(*u.mutable_signed_config()->mutable_signature(), 10); };
    row("one flipped byte of the signature", upload, v1::ERROR_CODE_BAD_SIGNATURE);
    upload.config.mutable_installation()->set_site("Plant 2, Hall B");
    upload.tamper = [](v1::ConfigUpload& u) {
        std::string& payload = *u.mutable_signed_config()->mutable_payload();
        flipByte(payload, offsetOf(payload, "Hall B")); // still parses: "Iall B"
    };
    row("one flipped byte of the payload", upload, v1::ERROR_CODE_BAD_SIGNATURE);
    upload = {};
    upload.tamper = [](v1::ConfigUpload& u) { u.mutable_signed_config()->mutable_signature()->resize(63); };
    row("signature cut short", upload, v1::ERROR_CODE_BAD_SIGNATURE);
    upload.tamper = [this](v1::ConfigUpload& u) {
        const QByteArray payload = QByteArray::fromStdString(u.signed_config().payload());
        u.mutable_signed_config()->set_signature(
            security::sign(m_author.key(), security::SignatureDomain::CalibrationConstants, payload)
                .toStdString());
    };
    row("signature made for calibration constants", upload, v1::ERROR_CODE_BAD_SIGNATURE);
    upload.tamper = [](v1::ConfigUpload& u) { flipByte(*u.mutable_signed_config()->mutable_signature(), 0); };
    upload.counter = 2;
    row("order: bad signature before stale counter", upload, v1::ERROR_CODE_BAD_SIGNATURE);

    // 5. This module.
    upload = {};
    upload.serial = u"SIM-OTHER"_s;
    row("another module's configuration", upload, v1::ERROR_CODE_WRONG_MODULE);

    // 6. A counter above the active one (3).
    upload = {};
    upload.counter = 3;
    row("replayed counter", upload, v1::ERROR_CODE_STALE_COUNTER);
    upload.counter = 2;
    row("rolled-back counter", upload, v1::ERROR_CODE_STALE_COUNTER);
    upload.counter = 0;
    row("counter 0", upload, v1::ERROR_CODE_STALE_COUNTER);
    upload.config = edited([](v1::DeviceConfig& c) { c.mutable_metering()->set_nominal_voltage_v(231); });
    row("order: stale counter before invalid value", upload, v1::ERROR_CODE_STALE_COUNTER);

    // 7. Valid values, with the path of the field refused.
    upload = {};
    upload.config = edited([](v1::DeviceConfig& c) { c.mutable_metering()->set_nominal_voltage_v(231); });
    row("invalid nominal voltage", upload, v1::ERROR_CODE_INVALID_CONFIG, u"metering.nominal_voltage_v"_s);
    upload.config
        = edited([](v1::DeviceConfig& c) { c.mutable_metering()->mutable_ct_inputs(1)->set_phase(1); });
    row("two CTs on one phase", upload, v1::ERROR_CODE_INVALID_CONFIG, u"metering.ct_inputs[1].phase"_s);
    upload.config = edited(
        [](v1::DeviceConfig& c) { c.mutable_network()->mutable_wifi()->set_ssid(std::string(33, 'x')); },
        wifiConfig(factoryDefaultConfig()));
    upload.secrets = { { v1::SECRET_FIELD_WIFI_PASSPHRASE, "correct horse battery" } };
    row("SSID of 33 bytes", upload, v1::ERROR_CODE_INVALID_CONFIG, u"network.wifi.ssid"_s);
    upload = {};
    upload.config = edited(
        [](v1::DeviceConfig& c) { c.mutable_network()->mutable_wifi()->set_passphrase("in clear!"); });
    row("a secret in the signed configuration", upload, v1::ERROR_CODE_INVALID_CONFIG,
        u"network.wifi.passphrase"_s);
    upload.config = edited([](v1::DeviceConfig& c) {
        c.mutable_metering()->set_nominal_voltage_v(231);
        c.mutable_gps()->set_enabled(true);
    });
    row("order: invalid value before option not fitted", upload, v1::ERROR_CODE_INVALID_CONFIG,
        u"metering.nominal_voltage_v"_s);

    // 8. Options fitted.
    upload = {};
    upload.config = edited([](v1::DeviceConfig& c) { c.mutable_gps()->set_enabled(true); });
    row("GPS not fitted", upload, v1::ERROR_CODE_OPTION_NOT_FITTED, u"gps.enabled"_s);
    upload.config = edited([](v1::DeviceConfig& c) {
        c.mutable_gps()->set_enabled(true);
        c.mutable_gps()->set_fix_interval_s(1); // not checked: the option is refused
    });
    row("GPS not fitted, its settings not checked", upload, v1::ERROR_CODE_OPTION_NOT_FITTED,
        u"gps.enabled"_s);

    // 9. Secrets that open.
    upload = {};
    upload.config = wifiConfig(factoryDefaultConfig());
    upload.secrets = { { v1::SECRET_FIELD_WIFI_PASSPHRASE, "correct horse battery" } };
    upload.pairing = Upload::Pairing::OtherSessionKeys;
    row("secret sealed under another pairing", upload, v1::ERROR_CODE_SECRET_REJECTED,
        u"network.wifi.passphrase"_s);
    upload.pairing = Upload::Pairing::Paired;
    upload.tamper = [](v1::ConfigUpload& u) { flipByte(*u.mutable_secrets(0)->mutable_sealed(), 30); };
    row("one flipped byte of a sealed secret", upload, v1::ERROR_CODE_SECRET_REJECTED,
        u"network.wifi.passphrase"_s);
    upload.tamper
        = [](v1::ConfigUpload& u) { u.mutable_secrets(0)->set_field(v1::SECRET_FIELD_CELLULAR_PASSWORD); };
    row("secret moved to another field", upload, v1::ERROR_CODE_SECRET_REJECTED,
        u"network.cellular.password"_s);
    upload.tamper = [this](v1::ConfigUpload& u) {
        const QByteArray otherHash = sha256("another configuration");
        u.mutable_secrets(0)->set_sealed(security::seal::seal(m_keys->toolToModule,
            sealingAssociatedData("network.wifi.passphrase", otherHash), "correct horse battery")
                                             .toStdString());
    };
    row("secret sealed for another configuration", upload, v1::ERROR_CODE_SECRET_REJECTED,
        u"network.wifi.passphrase"_s);
    upload.tamper = [](v1::ConfigUpload& u) { *u.add_secrets() = u.secrets(0); };
    row("a secret sent twice", upload, v1::ERROR_CODE_MALFORMED_REQUEST);
    upload.tamper = [](v1::ConfigUpload& u) { u.mutable_secrets(0)->set_field(v1::SecretField(9)); };
    row("a secret of an unknown field", upload, v1::ERROR_CODE_MALFORMED_REQUEST);

    // 10. The secrets the module would hold.
    upload = {};
    upload.config = wifiConfig(factoryDefaultConfig());
    row("passphrase flagged set, none given or held", upload, v1::ERROR_CODE_INVALID_CONFIG,
        u"network.wifi.passphrase"_s);
    upload.config.mutable_network()->mutable_wifi()->set_passphrase_set(false);
    row("Wi-Fi on without a passphrase", upload, v1::ERROR_CODE_INVALID_CONFIG, u"network.wifi.passphrase"_s);
    upload.config = factoryDefaultConfig();
    upload.secrets = { { v1::SECRET_FIELD_CELLULAR_PASSWORD, "apn-pass" } };
    row("a secret given, its flag not set", upload, v1::ERROR_CODE_INVALID_CONFIG,
        u"network.cellular.password"_s);
    upload.config = wifiConfig(factoryDefaultConfig());
    upload.secrets = { { v1::SECRET_FIELD_WIFI_PASSPHRASE, "short" } };
    row("passphrase of 5 characters", upload, v1::ERROR_CODE_INVALID_CONFIG, u"network.wifi.passphrase"_s);
    upload.secrets = { { v1::SECRET_FIELD_WIFI_PASSPHRASE, "" } };
    row("an empty secret sealed", upload, v1::ERROR_CODE_INVALID_CONFIG, u"network.wifi.passphrase"_s);
}

void tst_ConfigWrite::uploadIsRefused()
{
    QFETCH(Upload, upload);
    QFETCH(int, code);
    QFETCH(QString, field);

    const v1::ConfigState before = configState();
    const v1::Envelope reply = this->upload(upload);
    QVERIFY2(reply.has_error(), reply.DebugString().c_str());
    QCOMPARE(int(reply.error().code()), code);
    QCOMPARE(QString::fromStdString(reply.error().field()), field);
    QVERIFY(!reply.error().message().empty());
    QVERIFY(reply.error().message().size() <= 128);
    for (const auto& [secretField, secret] : upload.secrets.asKeyValueRange()) {
        if (!secret.isEmpty())
            QVERIFY(!QByteArray::fromStdString(reply.error().message()).contains(secret));
    }

    // Nothing was written, nothing changed, nothing is staged.
    QVERIFY(google::protobuf::util::MessageDifferencer::Equals(configState(), before));
    QVERIFY(!QFile::exists(m_dir->filePath(u"config-slot-b.json"_s)));
    QVERIFY(!m_module->link.staged);
}

void tst_ConfigWrite::uploadStagesAndCommitActivates()
{
    const v1::DeviceConfig config = edited([](v1::DeviceConfig& c) {
        c.mutable_installation()->set_site("Plant 2, Hall B");
        c.mutable_metering()->set_demand_period_s(1800);
    });
    const QByteArray payload = m_author.payload(QString::fromUtf16(kSerial), 4, config);
    const v1::ConfigState before = configState();

    const v1::Envelope staged
        = m_module->exchange(configUploadRequest(40, m_author.upload(payload, {}, &*m_keys)));
    QVERIFY2(staged.has_config_staged(), staged.DebugString().c_str());
    QCOMPARE(staged.request_id(), 40u);
    QCOMPARE(QByteArray::fromStdString(staged.config_staged().payload_sha256()), sha256(payload));
    QCOMPARE(staged.config_staged().counter(), 4u);
    QCOMPARE(staged.config_staged().slot(), ConfigStore::kSlotB);
    // Staged is not active: the module still runs, and reports, the old configuration.
    QVERIFY(google::protobuf::util::MessageDifferencer::Equals(configState(), before));
    QCOMPARE(m_module->exchange(helloRequest(41)).device_info().config_counter(), 3u);

    // Hello dropped the staging and the pairing; a new tool pairs and uploads again.
    QVERIFY(pair([this](const v1::Envelope& r) { return m_module->exchange(r); },
        QString::fromUtf16(kLabelCode), QString::fromUtf16(kSerial)));
    QVERIFY(m_module->exchange(configUploadRequest(42, m_author.upload(payload))).has_config_staged());
    m_module->clock.advance(std::chrono::seconds(5));
    const v1::Envelope committed = m_module->exchange(configCommitRequest(43, sha256(payload)));
    QVERIFY2(committed.has_config_state(), committed.DebugString().c_str());
    const v1::ConfigState& state = committed.config_state();
    QVERIFY(google::protobuf::util::MessageDifferencer::Equals(state.config(), config));
    QCOMPARE(state.counter(), 4u);
    QCOMPARE(state.active_slot(), ConfigStore::kSlotB);
    QCOMPARE(QByteArray::fromStdString(state.signed_config().payload()), payload);
    QCOMPARE(QByteArray::fromStdString(state.signed_config().signature()),
        security::sign(m_author.key(), security::SignatureDomain::Configuration, payload));
    QCOMPARE(QByteArray::fromStdString(state.payload_sha256()), sha256(payload));
    QCOMPARE(state.committed_unix_ms(), m_module->clock.unixTimeMs());
    QVERIFY(google::protobuf::util::MessageDifferencer::Equals(configState(), state));
    QCOMPARE(m_module->exchange(helloRequest(44)).device_info().config_counter(), 4u);
}

void tst_ConfigWrite::secretsAreHeldButNeverReported()
{
    const QByteArray passphrase = "correct horse battery";
    const QByteArray appKey = "000102030405060708090A0B0C0D0E0F";
    v1::DeviceConfig config = wifiConfig(factoryDefaultConfig());
    v1::LorawanConfig& lorawan = *config.mutable_network()->mutable_lorawan();
    lorawan.set_enabled(true);
    lorawan.set_dev_eui("70B3D57ED0000001");
    lorawan.set_join_eui("70B3D57ED0000000");
    lorawan.set_app_key_set(true);
    const QByteArray payload = m_author.payload(QString::fromUtf16(kSerial), 4, config);
    const Secrets secrets { { v1::SECRET_FIELD_WIFI_PASSPHRASE, passphrase },
        { v1::SECRET_FIELD_LORAWAN_APP_KEY, appKey } };
    QVERIFY(m_module->exchange(configUploadRequest(1, m_author.upload(payload, secrets, &*m_keys)))
                .has_config_staged());
    const v1::Envelope committed = m_module->exchange(configCommitRequest(2, sha256(payload)));
    QVERIFY(committed.has_config_state());

    // The module holds them, for its radios...
    QCOMPARE(m_module->store.active().secrets.value(v1::SECRET_FIELD_WIFI_PASSPHRASE),
        QString::fromLatin1(passphrase));
    QCOMPARE(m_module->store.active().secrets.value(v1::SECRET_FIELD_LORAWAN_APP_KEY),
        QString::fromLatin1(appKey));
    // ...in owner-only files, and reports only that it holds them.
    QCOMPARE(QFile::permissions(m_dir->filePath(u"config-slot-b.json"_s)),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    for (const v1::Envelope& reply : { committed, m_module->exchange(configGetRequest(3)) }) {
        const std::string bytes = reply.SerializeAsString();
        QVERIFY(bytes.find(passphrase.toStdString()) == std::string::npos);
        QVERIFY(bytes.find(appKey.toStdString()) == std::string::npos);
        QVERIFY(reply.config_state().config().network().wifi().passphrase().empty());
        QVERIFY(reply.config_state().config().network().wifi().passphrase_set());
        QVERIFY(reply.config_state().config().network().lorawan().app_key_set());
    }
}

void tst_ConfigWrite::emptySecretKeepsTheStoredOne()
{
    const v1::DeviceConfig config = wifiConfig(factoryDefaultConfig());
    QByteArray payload = m_author.payload(QString::fromUtf16(kSerial), 4, config);
    const Secrets secrets { { v1::SECRET_FIELD_WIFI_PASSPHRASE, "correct horse battery" } };
    QVERIFY(m_module->exchange(configUploadRequest(1, m_author.upload(payload, secrets, &*m_keys)))
                .has_config_staged());
    QVERIFY(m_module->exchange(configCommitRequest(2, sha256(payload))).has_config_state());

    // The same flags, no passphrase sent: the stored one stays, in the new slot too.
    v1::DeviceConfig renamed = config;
    renamed.mutable_network()->mutable_wifi()->set_ssid("Plant-2-new");
    payload = m_author.payload(QString::fromUtf16(kSerial), 5, renamed);
    const v1::Envelope staged = m_module->exchange(configUploadRequest(3, m_author.upload(payload)));
    QVERIFY2(staged.has_config_staged(), staged.DebugString().c_str());
    QVERIFY(m_module->exchange(configCommitRequest(4, sha256(payload))).has_config_state());
    QCOMPARE(m_module->store.active().slot, ConfigStore::kSlotA);
    QCOMPARE(
        m_module->store.active().secrets.value(v1::SECRET_FIELD_WIFI_PASSPHRASE), u"correct horse battery"_s);
}

void tst_ConfigWrite::commitNeedsThisLinksStagedConfiguration_data()
{
    QTest::addColumn<QString>("interference");

    QTest::newRow("nothing uploaded") << u"none uploaded"_s;
    QTest::newRow("another hash") << u"other hash"_s;
    QTest::newRow("Hello since the upload") << u"hello"_s;
    QTest::newRow("committed already") << u"commit twice"_s;
    QTest::newRow("another link replaced the staged slot") << u"other link"_s;
}

void tst_ConfigWrite::commitNeedsThisLinksStagedConfiguration()
{
    QFETCH(QString, interference);

    const QByteArray payload = m_author.payload(QString::fromUtf16(kSerial), 4, factoryDefaultConfig());
    if (interference != u"none uploaded")
        QVERIFY(m_module->exchange(configUploadRequest(1, m_author.upload(payload))).has_config_staged());
    QByteArray commitHash = sha256(payload);
    if (interference == u"other hash")
        commitHash[0] = static_cast<char>(commitHash[0] ^ 0x01);
    if (interference == u"hello")
        m_module->exchange(helloRequest(2));
    if (interference == u"commit twice")
        QVERIFY(m_module->exchange(configCommitRequest(3, commitHash)).has_config_state());
    if (interference == u"other link") {
        LinkState other([](const v1::Envelope&) {});
        QVERIFY(pair([&](const v1::Envelope& r) { return m_module->exchange(r, other); },
            QString::fromUtf16(kLabelCode), QString::fromUtf16(kSerial)));
        const QByteArray otherPayload
            = m_author.payload(QString::fromUtf16(kSerial), 5, factoryDefaultConfig());
        QVERIFY(m_module->exchange(configUploadRequest(4, m_author.upload(otherPayload)), other)
                    .has_config_staged());
    }
    const quint64 counter = m_module->store.active().counter;

    const v1::Envelope reply = m_module->exchange(configCommitRequest(5, commitHash));
    QVERIFY2(reply.has_error(), reply.DebugString().c_str());
    QCOMPARE(reply.error().code(), v1::ERROR_CODE_NOTHING_STAGED);
    QCOMPARE(m_module->store.active().counter, counter);
}

void tst_ConfigWrite::commitAppliesTheMeteringSetup()
{
    const v1::DeviceConfig config = edited([](v1::DeviceConfig& c) {
        v1::MeteringConfig& metering = *c.mutable_metering();
        metering.set_nominal_frequency_hz(60);
        metering.set_export_possible(true);
        metering.set_demand_period_s(600);
        metering.mutable_ct_inputs(0)->set_rating_a(250);
        // Mounted towards the supply on purpose: negated.
        metering.mutable_ct_inputs(1)->set_direction(v1::CT_DIRECTION_TOWARDS_SUPPLY);
        metering.mutable_ct_inputs(1)->set_phase(3);
        // Found reversed, inverted in software: negated.
        metering.mutable_ct_inputs(2)->set_inverted(true);
        metering.mutable_ct_inputs(2)->set_phase(2);
        // Towards the supply and inverted: the two cancel.
        metering.mutable_ct_inputs(0)->set_direction(v1::CT_DIRECTION_TOWARDS_SUPPLY);
        metering.mutable_ct_inputs(0)->set_inverted(true);
    });
    const QByteArray payload = m_author.payload(QString::fromUtf16(kSerial), 4, config);
    QVERIFY(m_module->exchange(configUploadRequest(1, m_author.upload(payload))).has_config_staged());
    QVERIFY(m_module->exchange(configCommitRequest(2, sha256(payload))).has_config_state());

    MeteringSetup expected;
    expected.wiring = Wiring::ThreePhaseFourWire;
    expected.nominalVoltage = 230;
    expected.nominalFrequency = 60;
    expected.ctPrimaryA = { 250, 100, 100 };
    expected.ctPhase = { 1, 3, 2 };
    expected.ctInverted = { false, true, true };
    expected.exportPossible = true;
    expected.demandPeriodS = 600;
    QCOMPARE(m_module->metering.setup(), expected);
}

void tst_ConfigWrite::committedConfigurationSurvivesARestart()
{
    v1::DeviceConfig config = wifiConfig(factoryDefaultConfig());
    config.mutable_metering()->set_wiring(v1::WIRING_3P3W);
    config.mutable_metering()->set_nominal_voltage_v(400);
    config.mutable_metering()->mutable_ct_inputs(1)->set_phase(3);
    const QByteArray payload = m_author.payload(QString::fromUtf16(kSerial), 9, config);
    const Secrets secrets { { v1::SECRET_FIELD_WIFI_PASSPHRASE, "correct horse battery" } };
    QVERIFY(m_module->exchange(configUploadRequest(1, m_author.upload(payload, secrets, &*m_keys)))
                .has_config_staged());
    const v1::ConfigState committed
        = m_module->exchange(configCommitRequest(2, sha256(payload))).config_state();
    m_module.reset();

    TestModule restarted(m_dir->path(), kFitted);
    QVERIFY(restarted.loaded());
    QVERIFY(google::protobuf::util::MessageDifferencer::Equals(
        restarted.exchange(configGetRequest(3)).config_state(), committed));
    QCOMPARE(restarted.exchange(helloRequest(4)).device_info().config_counter(), 9u);
    QCOMPARE(restarted.metering.setup().wiring, Wiring::ThreePhaseThreeWire);
    QCOMPARE(restarted.metering.setup().ctPhase, QList<int>({ 1, 3 }));
    QCOMPARE(
        restarted.store.active().secrets.value(v1::SECRET_FIELD_WIFI_PASSPHRASE), u"correct horse battery"_s);
}

QTEST_GUILESS_MAIN(tst_ConfigWrite)
#include "tst_configwrite.moc"
