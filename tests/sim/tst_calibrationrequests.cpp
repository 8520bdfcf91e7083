// The module's calibration constants over the protocol (docs/protocol.md 4.12): accepted only when
// signed by a factory key of the trust store, checked in order, applied to the metering engine,
// and kept across restarts.
#include "ModuleTestKit.h"
#include "security/Hash.h"
#include "security/Signing.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace iotpro;
using namespace iotpro::sim;
using namespace iotpro::test;
using namespace Qt::StringLiterals;

namespace {

struct Constant
{
    quint32 element = 1;
    float gainPct = 0.0f;
    float phaseDeg = 0.0f;
};

v1::CalibrationPayload payloadFor(const security::SigningKey& key, const QString& serial, quint64 counter,
    const QList<Constant>& constants)
{
    v1::CalibrationPayload payload;
    payload.set_serial_number(serial.toStdString());
    payload.set_counter(counter);
    payload.set_signer_key_id(key.publicKey().keyId().toBytes().toStdString());
    payload.set_signed_unix_ms(ManualClock::kStartUnixTimeMs);
    for (const Constant& c : constants) {
        v1::ElementCalibration& element = *payload.add_elements();
        element.set_element(c.element);
        element.set_gain_pct(c.gainPct);
        element.set_phase_deg(c.phaseDeg);
    }
    return payload;
}

v1::Envelope writeRequest(quint32 requestId, const QByteArray& payload, const QByteArray& signature)
{
    v1::Envelope envelope;
    envelope.set_protocol_version(1);
    envelope.set_request_id(requestId);
    v1::SignedCalibration& signedCalibration = *envelope.mutable_calibration_write()->mutable_signed_calibration();
    signedCalibration.set_payload(payload.toStdString());
    signedCalibration.set_signature(signature.toStdString());
    return envelope;
}

v1::Envelope writeRequest(quint32 requestId, const security::SigningKey& key, const v1::CalibrationPayload& payload,
    security::SignatureDomain domain = security::SignatureDomain::CalibrationConstants)
{
    const QByteArray bytes = QByteArray::fromStdString(payload.SerializeAsString());
    return writeRequest(requestId, bytes, security::sign(key, domain, bytes));
}

v1::Envelope getRequest(quint32 requestId)
{
    v1::Envelope envelope;
    envelope.set_protocol_version(1);
    envelope.set_request_id(requestId);
    envelope.mutable_calibration_get();
    return envelope;
}

void trust(TestModule& module, const security::SigningKey& key, v1::TrustRole role)
{
    QVERIFY(!module.trust.add({ key.publicKey(), role, u"key"_s, 0 }));
}

/// Element `index`'s current in a fresh snapshot.
double currentOf(TestModule& module, int index)
{
    return double(module.metering.snapshotNow().elements(index).current_a());
}

} // namespace

class tst_CalibrationRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverCalibratedModuleReportsNothing();
    void factorySignedConstantsAreStoredAndApplied();
    void refusals_data();
    void refusals();
    void replayIsStale();
    void constantsSurviveARestart();
};

void tst_CalibrationRequests::neverCalibratedModuleReportsNothing()
{
    QTemporaryDir dir;
    TestModule module(dir.path());
    const v1::Envelope reply = module.exchange(getRequest(1));
    QVERIFY(reply.has_calibration_state());
    QCOMPARE(reply.request_id(), 1u);
    QCOMPARE(quint64(reply.calibration_state().counter()), quint64(0));
    QCOMPARE(reply.calibration_state().elements_size(), 0);
    QVERIFY(reply.calibration_state().payload_sha256().empty());
    QVERIFY(reply.calibration_state().signed_calibration().payload().empty());
}

void tst_CalibrationRequests::factorySignedConstantsAreStoredAndApplied()
{
    QTemporaryDir dir;
    TestModule module(dir.path());
    const security::SigningKey factory = security::SigningKey::generate();
    trust(module, factory, v1::TRUST_ROLE_FACTORY);
    module.clock.advance(std::chrono::seconds(5));
    const double before = currentOf(module, 1);

    // Listed out of order: the state lists them in element order.
    const v1::CalibrationPayload payload = payloadFor(factory, module.identity.serialNumber, 1,
        { { 2, 10.0f, 0.5f }, { 1, -0.25f, 0.0f } });
    const v1::Envelope reply = module.exchange(writeRequest(7, factory, payload));
    QVERIFY2(reply.has_calibration_state(), reply.DebugString().c_str());
    const v1::CalibrationState& state = reply.calibration_state();
    QCOMPARE(quint64(state.counter()), quint64(1));
    QCOMPARE(state.elements_size(), 2);
    QCOMPARE(state.elements(0).element(), 1u);
    QCOMPARE(state.elements(0).gain_pct(), -0.25f);
    QCOMPARE(state.elements(1).element(), 2u);
    QCOMPARE(state.elements(1).gain_pct(), 10.0f);
    QCOMPARE(state.elements(1).phase_deg(), 0.5f);
    const QByteArray sent = QByteArray::fromStdString(payload.SerializeAsString());
    QCOMPARE(QByteArray::fromStdString(state.signed_calibration().payload()), sent);
    QCOMPARE(QByteArray::fromStdString(state.payload_sha256()), security::sha256(sent));
    QCOMPARE(qint64(state.written_unix_ms()), module.clock.unixTimeMs());
    QCOMPARE(module.exchange(getRequest(8)).calibration_state().SerializeAsString(), state.SerializeAsString());

    // The engine measures element 2's current 10 % higher from now on (reading noise is far smaller).
    const double after = currentOf(module, 1);
    QVERIFY2(std::abs(after / before - 1.10) < 0.01, qPrintable(u"%1 -> %2 A"_s.arg(before).arg(after)));
}

void tst_CalibrationRequests::refusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("configuration key") << u"configuration key"_s << int(v1::ERROR_CODE_UNKNOWN_SIGNER);
    QTest::newRow("untrusted key") << u"untrusted key"_s << int(v1::ERROR_CODE_UNKNOWN_SIGNER);
    QTest::newRow("altered payload") << u"altered payload"_s << int(v1::ERROR_CODE_BAD_SIGNATURE);
    QTest::newRow("configuration domain") << u"configuration domain"_s << int(v1::ERROR_CODE_BAD_SIGNATURE);
    QTest::newRow("other module") << u"other module"_s << int(v1::ERROR_CODE_WRONG_MODULE);
    QTest::newRow("counter 0") << u"counter 0"_s << int(v1::ERROR_CODE_STALE_COUNTER);
    QTest::newRow("element 4") << u"element 4"_s << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("element twice") << u"element twice"_s << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("gain beyond 20 %") << u"gain beyond"_s << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("phase not a number") << u"phase nan"_s << int(v1::ERROR_CODE_INVALID_ARGUMENT);
    QTest::newRow("empty payload") << u"empty payload"_s << int(v1::ERROR_CODE_MALFORMED_REQUEST);
}

void tst_CalibrationRequests::refusals()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QTemporaryDir dir;
    TestModule module(dir.path());
    const security::SigningKey factory = security::SigningKey::generate();
    const security::SigningKey configuration = security::SigningKey::generate();
    trust(module, factory, v1::TRUST_ROLE_FACTORY);
    trust(module, configuration, v1::TRUST_ROLE_CONFIGURATION);
    const QString serial = module.identity.serialNumber;
    const QList<Constant> good { { 1, 0.5f, 0.1f } };

    v1::Envelope request;
    if (kind == u"configuration key") {
        request = writeRequest(1, configuration, payloadFor(configuration, serial, 1, good));
    } else if (kind == u"untrusted key") {
        const security::SigningKey stranger = security::SigningKey::generate();
        request = writeRequest(1, stranger, payloadFor(stranger, serial, 1, good));
    } else if (kind == u"altered payload") {
        const QByteArray bytes = QByteArray::fromStdString(payloadFor(factory, serial, 1, good).SerializeAsString());
        const QByteArray signature = security::sign(factory, security::SignatureDomain::CalibrationConstants, bytes);
        const QByteArray altered
            = QByteArray::fromStdString(payloadFor(factory, serial, 1, { { 1, 5.0f, 0.1f } }).SerializeAsString());
        request = writeRequest(1, altered, signature);
    } else if (kind == u"configuration domain") {
        request = writeRequest(1, factory, payloadFor(factory, serial, 1, good), security::SignatureDomain::Configuration);
    } else if (kind == u"other module") {
        request = writeRequest(1, factory, payloadFor(factory, u"SIM-OTHER-1"_s, 1, good));
    } else if (kind == u"counter 0") {
        request = writeRequest(1, factory, payloadFor(factory, serial, 0, good));
    } else if (kind == u"element 4") {
        request = writeRequest(1, factory, payloadFor(factory, serial, 1, { { 4, 0.1f, 0.0f } }));
    } else if (kind == u"element twice") {
        request = writeRequest(1, factory, payloadFor(factory, serial, 1, { { 2, 0.1f, 0.0f }, { 2, 0.2f, 0.0f } }));
    } else if (kind == u"gain beyond") {
        request = writeRequest(1, factory, payloadFor(factory, serial, 1, { { 1, 20.5f, 0.0f } }));
    } else if (kind == u"phase nan") {
        request = writeRequest(
            1, factory, payloadFor(factory, serial, 1, { { 1, 0.0f, std::numeric_limits<float>::quiet_NaN() } }));
    } else {
        request = writeRequest(1, QByteArray(), QByteArray(64, 'x'));
    }
    const v1::Envelope reply = module.exchange(request);
    QVERIFY2(reply.has_error(), reply.DebugString().c_str());
    QCOMPARE(int(reply.error().code()), code);
    QVERIFY(!reply.error().message().empty());
    // Nothing changed.
    QCOMPARE(quint64(module.exchange(getRequest(2)).calibration_state().counter()), quint64(0));
    QVERIFY(!QFile::exists(dir.filePath(u"calibration.json"_s)));
}

void tst_CalibrationRequests::replayIsStale()
{
    QTemporaryDir dir;
    TestModule module(dir.path());
    const security::SigningKey factory = security::SigningKey::generate();
    trust(module, factory, v1::TRUST_ROLE_FACTORY);
    const v1::Envelope first = writeRequest(1, factory, payloadFor(factory, module.identity.serialNumber, 3, { { 1, 1.0f, 0.0f } }));
    QVERIFY(module.exchange(first).has_calibration_state());
    QCOMPARE(module.exchange(first).error().code(), v1::ERROR_CODE_STALE_COUNTER);
    const v1::Envelope older = writeRequest(2, factory, payloadFor(factory, module.identity.serialNumber, 2, {}));
    QCOMPARE(module.exchange(older).error().code(), v1::ERROR_CODE_STALE_COUNTER);
    QCOMPARE(quint64(module.exchange(getRequest(3)).calibration_state().counter()), quint64(3));
}

void tst_CalibrationRequests::constantsSurviveARestart()
{
    QTemporaryDir dir;
    std::string written;
    double uncalibrated = 0.0;
    {
        TestModule module(dir.path());
        const security::SigningKey factory = security::SigningKey::generate();
        trust(module, factory, v1::TRUST_ROLE_FACTORY);
        uncalibrated = currentOf(module, 0);
        const v1::Envelope reply = module.exchange(
            writeRequest(1, factory, payloadFor(factory, module.identity.serialNumber, 1, { { 1, -5.0f, 0.2f } })));
        QVERIFY(reply.has_calibration_state());
        written = reply.calibration_state().SerializeAsString();
    }
    TestModule restarted(dir.path());
    QVERIFY(restarted.loaded());
    QCOMPARE(restarted.exchange(getRequest(1)).calibration_state().SerializeAsString(), written);
    // Applied at start, as the firmware applies what it keeps in flash.
    const double calibrated = currentOf(restarted, 0);
    QVERIFY2(std::abs(calibrated / uncalibrated - 0.95) < 0.01,
        qPrintable(u"%1 -> %2 A"_s.arg(uncalibrated).arg(calibrated)));

    // A damaged file is reported, not taken for "never calibrated".
    QFile file(dir.filePath(u"calibration.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\": 1, \"payload\": \"%%%\"}");
    file.close();
    TestModule damaged(dir.path());
    QVERIFY(!damaged.loaded());
    QVERIFY(damaged.calibrationStore.errorString().contains(u"calibration.json"_s));
}

QTEST_GUILESS_MAIN(tst_CalibrationRequests)
#include "tst_calibrationrequests.moc"
