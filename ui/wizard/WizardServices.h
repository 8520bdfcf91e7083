#pragma once

class QSettings;

namespace iotpro {
class DeviceClient;
class VirtualModuleLauncher;
namespace commissioning {
class CommissioningSession;
class ConfigWriter;
} // namespace commissioning
namespace security {
class KeyStore;
}
} // namespace iotpro

namespace iotpro::ui {

class ConnectionController;
class JobHistory;
class LiveCheckController;
class LiveStreamController;
class WizardRecorder;

/// What the wizard's pages work with, built once by main() (or a test) and passed down.
struct WizardServices
{
    commissioning::CommissioningSession& session;
    /// Writes the configuration; followWrites() keeps the session told.
    commissioning::ConfigWriter& writer;
    DeviceClient& client;
    ConnectionController& connection;
    LiveStreamController& liveStream;
    LiveCheckController& liveCheck;
    security::KeyStore& keys;
    VirtualModuleLauncher& virtualModule;
    /// Where every write is recorded (the job history), and the recording of this commissioning.
    JobHistory& history;
    WizardRecorder& recorder;
    /// The user's preferences, kept between runs of the app (the bench setup).
    QSettings& settings;
};

} // namespace iotpro::ui
