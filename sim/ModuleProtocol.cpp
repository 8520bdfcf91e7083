#include "ModuleProtocol.h"

#include "protocol/FrameCodec.h"

#include <google/protobuf/descriptor.h>
#include <google/protobuf/unknown_field_set.h>

namespace iotpro::sim {

namespace {

// docs/protocol.md, section 3: envelope fields from 10 up are bodies.
constexpr int kFirstBodyField = 10;

/// An envelope answering `request`: same request id, and the version the request spoke.
v1::Envelope replyEnvelopeFor(const v1::Envelope& request)
{
    v1::Envelope reply;
    reply.set_request_id(request.request_id());
    reply.set_protocol_version(request.protocol_version());
    return reply;
}

/// `message` is English for logs and support (the tool shows its own text per code).
v1::Envelope withError(v1::Envelope reply, v1::ErrorCode code, const QString& message)
{
    v1::ErrorReply* error = reply.mutable_error();
    error->set_code(code);
    error->set_message(message.toStdString());
    return reply;
}

/// Why the module serves no body of `request`: a body it knows but only sends, a body from a
/// newer tool (which arrives as an unknown field), or none at all.
QString unservedBodyReason(const v1::Envelope& request)
{
    const google::protobuf::Reflection& reflection = *request.GetReflection();
    const google::protobuf::OneofDescriptor& body = *v1::Envelope::descriptor()->oneof_decl(0);
    if (const google::protobuf::FieldDescriptor* field = reflection.GetOneofFieldDescriptor(request, &body)) {
        return QStringLiteral("%1 is not served by this module (envelope field %2)")
            .arg(QString::fromStdString(field->message_type()->name()))
            .arg(field->number());
    }
    const google::protobuf::UnknownFieldSet& unknown = reflection.GetUnknownFields(request);
    for (int i = 0; i < unknown.field_count(); ++i) {
        if (unknown.field(i).number() >= kFirstBodyField)
            return QStringLiteral("unknown request (envelope field %1)").arg(unknown.field(i).number());
    }
    return QStringLiteral("no request body");
}

} // namespace

ModuleProtocol::ModuleProtocol(
    const ModuleIdentity& identity, const ModuleState& state, const ModuleClock& clock)
    : m_identity(identity)
    , m_state(state)
    , m_clock(clock)
{ }

v1::Envelope ModuleProtocol::replyToPayload(QByteArrayView payload) const
{
    v1::Envelope request;
    // Intact frames hold at most framing::kMaxPayloadSize bytes, so the size fits an int.
    if (!request.ParseFromArray(payload.data(), static_cast<int>(payload.size()))) {
        // Nothing in an unreadable payload can be trusted, so the error answers no request
        // (id 0) in the newest version the module speaks.
        v1::Envelope reply;
        reply.set_protocol_version(m_identity.protocolVersions.max);
        return withError(
            std::move(reply), v1::ERROR_CODE_MALFORMED_REQUEST, QStringLiteral("payload is not an Envelope"));
    }
    return replyTo(request);
}

v1::Envelope ModuleProtocol::replyTo(const v1::Envelope& request) const
{
    // The order of these checks is normative (docs/protocol.md, 4.5).
    // Hello's layout is frozen so that any tool can identify any module: it is answered
    // whatever version it arrives in, and never with an error.
    if (request.has_hello())
        return replyToHello(request);

    const ProtocolRange& supported = m_identity.protocolVersions;
    if (!supported.contains(request.protocol_version())) {
        // Answered in a version the module speaks: it cannot speak the request's.
        v1::Envelope reply = replyEnvelopeFor(request);
        reply.set_protocol_version(supported.max);
        return withError(std::move(reply), v1::ERROR_CODE_UNSUPPORTED_VERSION,
            QStringLiteral("protocol version %1 not supported; module speaks %2 to %3")
                .arg(request.protocol_version())
                .arg(supported.min)
                .arg(supported.max));
    }

    if (request.has_ping())
        return replyToPing(request);
    if (request.has_live_subscribe())
        return replyToLiveSubscribe(request);
    return withError(replyEnvelopeFor(request), v1::ERROR_CODE_UNKNOWN_REQUEST, unservedBodyReason(request));
}

v1::Envelope ModuleProtocol::replyToHello(const v1::Envelope& request) const
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

v1::Envelope ModuleProtocol::replyToPing(const v1::Envelope& request) const
{
    const std::string& payload = request.ping().payload();
    if (payload.size() > kMaxPingPayloadSize) {
        return withError(replyEnvelopeFor(request), v1::ERROR_CODE_INVALID_ARGUMENT,
            QStringLiteral("ping payload is %1 bytes; at most %2")
                .arg(payload.size())
                .arg(kMaxPingPayloadSize));
    }
    v1::Envelope reply = replyEnvelopeFor(request);
    v1::Pong* pong = reply.mutable_pong();
    pong->set_payload(payload);
    pong->set_uptime_ms(m_clock.uptimeMs());
    return reply;
}

v1::Envelope ModuleProtocol::replyToLiveSubscribe(const v1::Envelope& request) const
{
    const quint32 rate = request.live_subscribe().rate_hz();
    if (rate > kMaxLiveRateHz) {
        return withError(replyEnvelopeFor(request), v1::ERROR_CODE_INVALID_ARGUMENT,
            QStringLiteral("live rate_hz %1 is too high; 1 to %2, or 0 to stop")
                .arg(rate)
                .arg(kMaxLiveRateHz));
    }
    v1::Envelope reply = replyEnvelopeFor(request);
    reply.mutable_live_subscribed()->set_rate_hz(rate);
    return reply;
}

void ModuleProtocol::describeModule(v1::DeviceInfo& info) const
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

    info.set_config_counter(m_state.configCounter);

    v1::ModuleClock* clock = info.mutable_clock();
    clock->set_unix_time_ms(m_clock.unixTimeMs());
    clock->set_time_zone(m_clock.timeZone().toStdString());
    clock->set_synchronized(m_clock.isSynchronized());

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
