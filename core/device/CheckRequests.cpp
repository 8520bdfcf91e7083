#include "CheckRequests.h"

#include "CheckConversions.h"
#include "RequestChannel.h"

namespace iotpro {

namespace {

/// Beyond its own limit the module still has to finish and send the report.
constexpr std::chrono::seconds kNetworkCheckMargin(10);
/// A search of the 1-Wire bus plus a 12-bit conversion (750 ms), with room to spare.
constexpr std::chrono::seconds kScanTime(2);

} // namespace

std::chrono::milliseconds CheckRequests::networkCheckWait(quint32 timeoutS)
{
    return std::chrono::seconds(timeoutS == 0 ? DefaultNetworkTimeoutS : timeoutS) + kNetworkCheckMargin;
}

void CheckRequests::networkCheck(quint32 timeoutS, QObject* context, DeviceClient::Callback<NetworkCheckReport> done)
{
    v1::Envelope message;
    message.mutable_network_check()->set_timeout_s(timeoutS);
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kNetworkCheckReport,
        { .extraTime = networkCheckWait(timeoutS) }, context, [done = std::move(done)](Result<v1::Envelope> reply) {
            if (!reply)
                return done(reply.error());
            done(fromProto(reply->network_check_report()));
        });
}

void CheckRequests::ioRead(QObject* context, DeviceClient::Callback<IoState> done)
{
    v1::Envelope message;
    message.mutable_io_read();
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kIoState, { .retries = 1 }, context,
        [done = std::move(done)](Result<v1::Envelope> reply) {
            if (!reply)
                return done(reply.error());
            done(fromProto(reply->io_state()));
        });
}

void CheckRequests::ds18b20Scan(quint32 input, QObject* context, DeviceClient::Callback<Ds18b20ScanResult> done)
{
    v1::Envelope message;
    message.mutable_ds18b20_scan()->set_input(input);
    RequestChannel::send(m_client, std::move(message), v1::Envelope::kDs18B20ScanResult,
        { .retries = 1, .extraTime = kScanTime }, context, [done = std::move(done)](Result<v1::Envelope> reply) {
            if (!reply)
                return done(reply.error());
            done(fromProto(reply->ds18b20_scan_result()));
        });
}

} // namespace iotpro
