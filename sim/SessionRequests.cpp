#include "SessionRequests.h"

#include "configuration/ConfigStore.h"
#include "protocol/FrameCodec.h"

namespace iotpro::sim {

SessionRequests::SessionRequests(
    const ModuleIdentity& identity, const ModuleClock& clock, const ConfigStore& configs)
    : m_identity(identity)
    , m_clock(clock)
    , m_configs(configs)
{ }

QList<v1::Envelope::BodyCase> SessionRequests::bodies() const
{
    return { v1::Envelope::kHello, v1::Envelope::kPing, v1::Envelope::kLiveSubscribe };
}

HandlerReply SessionRequests::handle(const v1::Envelope& request, LinkState& /*link*/)
{
    if (request.has_hello())
        return replyToHello(request);
    if (request.has_ping())
        return replyToPing(request);
    return replyToLiveSubscribe(request);
}

v1::Envelope SessionRequests::replyToHello(const v1::Envelope& request) const
{
    const v1::Hello& hello = request.hello();
    const ProtocolRange& supported = m_identity.protocolVersions;
    v1::Envelope reply = replyEnvelopeFor(request);
    // With no common version the module still says who it is, in its newest version: the tool
    // reads the range in DeviceInfo and tells the user which side to update.
    reply.set_protocol_version(
        supported.highestSharedWith(hello.min_protocol_version(), hello.max_protocol_version())
            .value_or(supported.max));
    describeModule(*reply.mutable_device_info());
    return reply;
}

v1::Envelope SessionRequests::replyToPing(const v1::Envelope& request) const
{
    const std::string& payload = request.ping().payload();
    if (payload.size() > kMaxPingPayloadSize) {
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_INVALID_ARGUMENT,
                QStringLiteral("ping payload is %1 bytes; at most %2")
                    .arg(payload.size())
                    .arg(kMaxPingPayloadSize) });
    }
    v1::Envelope reply = replyEnvelopeFor(request);
    v1::Pong* pong = reply.mutable_pong();
    pong->set_payload(payload);
    pong->set_uptime_ms(m_clock.uptimeMs());
    return reply;
}

v1::Envelope SessionRequests::replyToLiveSubscribe(const v1::Envelope& request) const
{
    const quint32 rate = request.live_subscribe().rate_hz();
    if (rate > kMaxLiveRateHz) {
        return withError(replyEnvelopeFor(request),
            { v1::ERROR_CODE_INVALID_ARGUMENT,
                QStringLiteral("live rate_hz %1 is too high; 1 to %2, or 0 to stop")
                    .arg(rate)
                    .arg(kMaxLiveRateHz) });
    }
    v1::Envelope reply = replyEnvelopeFor(request);
    reply.mutable_live_subscribed()->set_rate_hz(rate);
    return reply;
}

void SessionRequests::describeModule(v1::DeviceInfo& info) const
{
    info.set_serial_number(m_identity.serialNumber.toStdString());
    info.set_hardware_revision(m_identity.hardwareRevision.toStdString());
    info.set_firmware_version(m_identity.firmwareVersion.toStdString());
    info.set_min_protocol_version(m_identity.protocolVersions.min);
    info.set_max_protocol_version(m_identity.protocolVersions.max);

    v1::MeteringEngine* engine = info.mutable_metering_engine();
    engine->set_model(m_identity.meteringEngineModel.toStdString());
    engine->set_firmware_version(m_identity.meteringEngineFirmware.toStdString());

    v1::FittedOptions* options = info.mutable_options();
    options->set_wifi(m_identity.fittedOptions.wifi);
    options->set_lorawan(m_identity.fittedOptions.lorawan);
    options->set_cellular(m_identity.fittedOptions.cellular);
    options->set_gps(m_identity.fittedOptions.gps);

    info.set_config_counter(m_configs.active().counter);
    *info.mutable_clock() = toProto(m_clock);

    v1::UsbIdentity* usb = info.mutable_usb();
    usb->set_vendor_id(m_identity.usbVendorId);
    usb->set_product_id(m_identity.usbProductId);

    v1::BleIdentity* ble = info.mutable_ble();
    ble->set_address(m_identity.bleAddress.toStdString());
    ble->set_name(m_identity.bleName.toStdString());

    info.set_max_payload_size(static_cast<quint32>(framing::kMaxPayloadSize));
    info.set_uptime_ms(m_clock.uptimeMs());
}

} // namespace iotpro::sim
