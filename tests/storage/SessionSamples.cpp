#include "SessionSamples.h"

#include "../config/ConfigSamples.h"
#include "commissioning/SignedConfigBuilder.h"
#include "config/ConfigHash.h"
#include "electrical/Findings.h"
#include "security/Keys.h"

#include <QDir>
#include <QFile>

using namespace iotpro;
using namespace iotpro::storage;

namespace samples {

namespace {

LiveSnapshot liveSnapshot()
{
    LiveSnapshot snapshot;
    snapshot.sequence = 4711;
    snapshot.timestampUs = 1714564800123000;
    snapshot.frequency = 59.98;
    snapshot.setup = { electrical::Wiring::ThreePhaseFourWire, 230, 60, { 250, 500, 2000 }, { 1, 2, 3 },
        { false, false, false }, true };
    for (int k = 0; k < 3; ++k) {
        snapshot.elements.append({ 229.5 + k, 101.25 - k, 22000.5 - 10 * k, 5100.25, 22583.75, 0.974, 13.05,
            -120.0 * k, 1.8, 7.25 });
    }
    snapshot.energy = { 1234567, 89, 1234478, 45678, 12, 45666 };
    snapshot.demand = { 900, 65000.5, 71200.25 };
    return snapshot;
}

} // namespace

SessionRecord fullSession()
{
    SessionRecord record;
    record.uuid = QUuid(u"6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"_qs);
    record.origin = SessionOrigin::Wizard;
    record.startedAt = QDateTime(QDate(2024, 5, 1), QTime(11, 30, 0, 250), Qt::UTC);
    record.finishedAt = QDateTime(QDate(2024, 5, 1), QTime(12, 5, 10, 500), Qt::UTC);
    record.timeZone = u"Europe/Berlin"_qs;
    record.technician = u"Ana Ruiz"_qs;
    record.company = u"Elektro Süd GmbH"_qs;
    record.toolVersion = u"iotpro-commissioner 0.1.0"_qs;
    record.module = { u"EM-2404-00017"_qs, u"C"_qs, u"1.4.2"_qs, u"SDM630MCT"_qs, u"2.1"_qs, { true, true, true, true } };
    record.config = fullConfig();

    LiveCheckRecord live;
    live.snapshot = liveSnapshot();
    live.verdict = electrical::Verdict::Fail;
    live.findings = {
        { electrical::makeFinding(electrical::FindingCode::CtReversed, 2, u"CT 2 faces the wrong way."_qs),
            Resolution::CorrectedInSoftware },
        { electrical::makeFinding(electrical::FindingCode::VoltageMissing, 3, u"No voltage on L3."_qs),
            Resolution::FixedOnSite },
        { electrical::makeFinding(electrical::FindingCode::CurrentBelowAccuracy, std::nullopt,
              u"Load under 10 % of the CT rating."_qs),
            Resolution::Acknowledged },
    };
    live.findings[0].finding.additionalCodes = { electrical::FindingCode::CurrentOverRating };
    live.acknowledgedWithoutPass = true;
    record.liveCheck = live;

    IoState io;
    io.timestampUs = 1714565000000000;
    io.digitalInputs = { { config::DigitalInputMode::DryContact, true, false, 0, 0, {} },
        { config::DigitalInputMode::Pulse, false, false, 42, 21.0, {} },
        { config::DigitalInputMode::Ds18b20, false, false, 0, 0,
            { { u"28FF4A1D931603D1"_qs, 4.5, true }, { u"286164123C7C2F27"_qs, 0, false } } },
        { std::nullopt, false, false, 0, 0, {} } };
    io.analogInput = { true, 6.0, 50.0, false, false };
    record.io = io;

    NetworkCheckReport network;
    network.durationMs = 8123;
    network.wifi = { CheckState::Failed, WifiFailure::WrongPassphrase, u"Werkstatt-Zähler"_qs, u"aa:bb:cc:dd:ee:ff"_qs,
        -61, 6, QString(), QString() };
    network.lorawan = { CheckState::Passed, LorawanFailure::None, 2, QByteArray::fromHex("26011bda"), -97, 7.25, 18, 3, 5 };
    network.cellular = { CheckState::Passed, CellularFailure::None, u"Telekom.de"_qs, config::CellularRat::NbIot, -95,
        -11.5, 4, u"10.20.30.40"_qs };
    network.gps = { CheckState::Passed, GpsFailure::None, 11, 8, 52.520008, 13.404954, 34.5, 0.9, 27 };
    record.network = network;

    const security::SigningKey key = *security::SigningKey::fromSeed(QByteArray(32, '\x07'));
    const config::DeviceConfig signedConfig = config::withoutSecrets(record.config);
    const commissioning::SignedConfig envelope = commissioning::signConfig(
        signedConfig, { record.module.serialNumber, 5, record.finishedAt.addSecs(-60) }, key);
    record.envelope = { envelope.payload, envelope.signature, key.publicKey().toBytes() };

    commissioning::ConfigWriteResult written;
    written.serialNumber = record.module.serialNumber;
    written.previousCounter = 4;
    written.counter = 5;
    written.slot = 2;
    written.payloadSha256 = envelope.payloadSha256;
    written.configHash = config::configHash(record.config);
    written.signerFingerprint = envelope.signerFingerprint;
    written.committedAt = record.finishedAt.addSecs(-55);
    written.config = signedConfig;
    written.changes = { { u"metering.ct_inputs[1].inverted"_qs, u"false"_qs, u"true"_qs, false },
        { u"network.wifi.passphrase"_qs, QString(), QString(), true } };
    written.opening.energy = { 1234000, 80, 1233920, 45000, 10, 44990 };
    written.opening.moduleClock = record.finishedAt.addSecs(-120);
    written.opening.timeZone = u"UTC"_qs;
    written.opening.clockSynchronized = false;
    written.opening.clockOffsetMs = -93000;
    written.opening.clockSet = true;
    written.opening.clockSetTo = record.finishedAt.addSecs(-119);
    written.opening.timeZoneSetTo = u"Europe/Berlin"_qs;
    record.written = written;
    record.checklist = { ChecklistItem::CtSecondariesNeverOpen, ChecklistItem::EnclosureClosed };
    return record;
}

SessionRecord fullSessionWithFindings(int findings)
{
    SessionRecord record = fullSession();
    for (int k = int(record.liveCheck->findings.size()); k < findings; ++k) {
        record.liveCheck->findings.append({ electrical::makeFinding(electrical::FindingCode::CurrentBelowAccuracy,
                                                1 + k % 3, u"Load under 10 % of the CT rating (%1)."_qs.arg(k)),
            Resolution::Open });
    }
    return record;
}

SessionRecord failedApply()
{
    SessionRecord record;
    record.uuid = QUuid(u"0a0b0c0d-1111-4222-8333-444455556666"_qs);
    record.origin = SessionOrigin::CliApply;
    record.startedAt = QDateTime(QDate(2024, 6, 2), QTime(8, 0), Qt::UTC);
    record.finishedAt = record.startedAt.addSecs(4);
    record.timeZone = u"UTC"_qs;
    record.toolVersion = u"iotpro-cli 0.1.0"_qs;
    record.module = { u"EM-2404-00099"_qs, u"C"_qs, u"1.4.2"_qs, u"SDM630MCT"_qs, u"2.1"_qs, {} };
    record.config = config::factoryDefaultConfig();
    record.writeFailure = WriteFailureRecord { commissioning::WriteStep::Upload, u"Signature refused"_qs,
        u"The module does not trust this key."_qs, commissioning::ModuleOutcome::PreviousKept, 0,
        { { u"network.wifi.ssid"_qs, u"Too long."_qs } } };
    return record;
}

QByteArrayList secrets()
{
    const config::NetworkConfig network = fullConfig().network;
    return { network.wifi.passphrase.toUtf8(), network.lorawan.appKey.toUtf8(),
        network.lorawan.appKey.toLower().toUtf8(), network.cellular.password.toUtf8() };
}

QByteArray everyFileIn(const QString& directory)
{
    QByteArray bytes;
    for (const QFileInfo& file : QDir(directory).entryInfoList(QDir::Files)) {
        QFile f(file.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace samples
