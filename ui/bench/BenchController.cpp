#include "BenchController.h"

#include "ConnectionController.h"
#include "LiveStreamController.h"
#include "device/DeviceClient.h"
#include "report/CalibrationOutputs.h"
#include "security/KeyStore.h"

namespace iotpro::ui {

using namespace calibration;

BenchController::BenchController(DeviceClient& client, ConnectionController& connection,
    LiveStreamController& liveStream, security::KeyStore& keys, QString historyPath, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_connection(connection)
    , m_liveStream(liveStream)
    , m_keys(keys)
    , m_historyPath(std::move(historyPath))
{
    m_message = tr("Connect the module under test, then scan its serial number.");
}

BenchController::~BenchController() = default;

void BenchController::scanned(const QString& serial, const BenchSettings& settings)
{
    if (m_state == State::Running)
        return; // the entry is closed while a module runs; a stray scan changes nothing
    m_serial = serial.trimmed();
    if (m_serial.isEmpty())
        return;
    m_certificatePath.clear();
    m_csvPath.clear();
    const std::optional<DeviceInfo>& info = m_connection.deviceInfo();
    if (m_client.state() != DeviceClient::State::Connected || !info)
        return refuse(tr("No module is connected: connect module %1, then scan it again. Nothing was run.").arg(m_serial));
    if (m_serial.compare(info->serialNumber, Qt::CaseInsensitive) != 0)
        return refuse(tr("Scanned serial number %1 is not the connected module's (%2). Nothing was run: scan the "
                         "label of the module on the bench, or connect module %1.")
                          .arg(m_serial, info->serialNumber));
    Result<CalibrationRequest> request = BenchSettingsCheck::request(settings);
    if (!request) // the detail names the field to correct; the title ("Invalid option") would not help
        return refuse(request.error().detail.isEmpty() ? request.error().title : request.error().detail);
    std::optional<security::SigningKey> factoryKey;
    if (settings.adjust) {
        if (settings.factoryKeyName.isEmpty())
            return refuse(tr("No factory key chosen: import the factory's calibration key into the key store "
                             "(iotpro-cli keys import), or clear \"Adjust the module\"."));
        Result<security::SigningKey> key = m_keys.load(settings.factoryKeyName, settings.factoryKeyPassphrase);
        if (!key)
            return refuse(key.error().toString());
        factoryKey.emplace(std::move(key).value());
    }

    m_settings = settings;
    m_settings.factoryKeyPassphrase.clear(); // the key is unlocked; keep no copy
    m_points.clear();
    m_session = std::make_unique<CalibrationSession>(
        m_client, *info, std::move(request).value(), std::move(factoryKey));
    connect(m_session.get(), &CalibrationSession::pointStarted, this,
        [this](RunStage stage, int, const TestPoint& point) { m_points.pointStarted(stage, point); });
    connect(m_session.get(), &CalibrationSession::pointFinished, this,
        [this](RunStage stage, const PointResult& result) { m_points.pointFinished(stage, result); });
    connect(m_session.get(), &CalibrationSession::adjusted, this, [this] {
        setState(State::Running, tr("Module %1 adjusted; checking it again.").arg(m_serial));
    });
    connect(m_session.get(), &CalibrationSession::completed, this, &BenchController::onCompleted);
    connect(m_session.get(), &CalibrationSession::failed, this, &BenchController::onFailed);
    setState(State::Running, tr("Checking module %1 against the reference meter…").arg(m_serial));
    m_session->start();
}

void BenchController::refuse(const QString& message)
{
    m_points.clear(); // the previous module's points would read as this one's
    setState(State::Refused, message);
}

void BenchController::onCompleted(const Certificate& certificate)
{
    const report::CalibrationTargets targets { certificatePathIn(m_settings.outputFolder, certificate.id),
        csvPathIn(m_settings.outputFolder, m_settings.batch), m_settings.batch.trimmed() };
    if (const Result<void> written = report::CalibrationOutputs::writeFiles(certificate, targets); !written)
        return onFailed(written.error());
    m_certificatePath = targets.certificatePath;
    m_csvPath = targets.csvPath;
    QString message = certificate.passed()
        ? tr("Module %1 passed. Certificate %2 written.").arg(m_serial, certificate.id)
        : tr("Module %1 failed at the points marked Fail. Certificate %2 written.").arg(m_serial, certificate.id);
    const Result<std::optional<storage::BatchYield>> inHistory
        = report::CalibrationOutputs::recordInHistory(m_historyPath, certificate, targets);
    if (!inHistory)
        message += u' ' + tr("Not recorded in the job history: %1").arg(inHistory.error().toString());
    endSession();
    setState(certificate.passed() ? State::Passed : State::Failed, message);
    if (inHistory)
        Q_EMIT recorded(targets.batch);
}

void BenchController::onFailed(const Error& error)
{
    endSession();
    setState(State::Aborted,
        tr("Module %1: the run stopped and nothing was written. %2").arg(m_serial, error.toString()));
}

void BenchController::endSession()
{
    if (m_session)
        m_session.release()->deleteLater(); // its signal is being delivered
    m_liveStream.restart();
}

void BenchController::setState(State state, const QString& message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged();
}

} // namespace iotpro::ui
