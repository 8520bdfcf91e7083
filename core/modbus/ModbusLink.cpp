#include "ModbusLink.h"

#include "ModbusErrors.h"

#include <modbus.h>

#include <QLoggingCategory>

#include <cerrno>

namespace iotpro::modbus {

Q_LOGGING_CATEGORY(lcModbus, "iotpro.modbus", QtWarningMsg)

namespace {

constexpr int kMicrosecondsPerMillisecond = 1000;
constexpr int kMicrosecondsPerSecond = 1000000;

bool isException(int code)
{
    return code > MODBUS_ENOBASE && code <= EMBXGTAR;
}

/// Failures that may pass on a second try; an exception is the device's considered answer,
/// except "busy".
bool isRetryable(int code)
{
    return code == ETIMEDOUT || code == EMBBADCRC || code == EMBBADDATA || code == EMBMDATA || code == EMBBADSLAVE
        || code == EMBUNKEXC || code == EMBBADEXC || code == EMBXSBUSY || code == ECONNRESET || code == EPIPE
        || code == EBADF || code == ECONNREFUSED || code == EIO;
}

bool isLinkFailure(int code)
{
    return code == ECONNRESET || code == EPIPE || code == EBADF || code == ECONNREFUSED || code == EIO;
}

QString hex(int address)
{
    return u"0x"_qs + QString::number(address, 16).toUpper().rightJustified(4, u'0');
}

} // namespace

void ModbusLink::ContextDeleter::operator()(_modbus* context) const
{
    modbus_close(context);
    modbus_free(context);
}

ModbusLink::ModbusLink() = default;
ModbusLink::~ModbusLink() = default;

Result<void> ModbusLink::open(const ModbusAddress& address, const ModbusTiming& timing)
{
    close();
    m_address = address;
    m_timing = timing;
    modbus_t* context = nullptr;
    if (address.kind == ModbusAddress::Kind::Tcp) {
        // _pi resolves host names as well as numeric addresses.
        context = modbus_new_tcp_pi(address.host.toUtf8().constData(), QByteArray::number(address.port).constData());
    } else {
        context = modbus_new_rtu(
            address.device.toUtf8().constData(), address.baud, address.parity, address.dataBits, address.stopBits);
    }
    if (!context)
        return Errors::make(ErrorKind::InvalidAddress,
            tr("%1 cannot be used: %2").arg(address.toString(), QString::fromLocal8Bit(modbus_strerror(errno))));
    m_context.reset(context);
    const qint64 timeoutUs = qint64(timing.responseTimeout.count()) * kMicrosecondsPerMillisecond;
    modbus_set_response_timeout(context, static_cast<uint32_t>(timeoutUs / kMicrosecondsPerSecond),
        static_cast<uint32_t>(timeoutUs % kMicrosecondsPerSecond));
    if (modbus_connect(context) < 0) {
        const QString reason = QString::fromLocal8Bit(modbus_strerror(errno));
        m_context.reset();
        return Errors::make(ErrorKind::OpenFailed,
            address.kind == ModbusAddress::Kind::Tcp
                ? tr("cannot connect to the Modbus device at %1:%2 (%3): check that it is on and reachable.")
                      .arg(address.host)
                      .arg(address.port)
                      .arg(reason)
                : tr("cannot open the serial port %1 (%2): check the adapter and that you may use it "
                     "(group dialout).")
                      .arg(address.device, reason));
    }
    return {};
}

void ModbusLink::close()
{
    m_context.reset();
}

bool ModbusLink::reconnect()
{
    ++m_stats.reconnects;
    modbus_close(m_context.get());
    return modbus_connect(m_context.get()) == 0;
}

Error ModbusLink::classify(int code, int unitId, const QString& what)
{
    const QString device = QStringLiteral("%1, unit %2").arg(m_address.toString()).arg(unitId);
    if (code == ETIMEDOUT) {
        ++m_stats.timeouts;
        return Errors::make(ErrorKind::Timeout,
            tr("no answer from Modbus %1 while %2, within %3 ms on each of %n tries: check the unit id, "
               "the wiring and the serial settings.",
                nullptr, m_timing.retries + 1)
                .arg(device, what)
                .arg(m_timing.responseTimeout.count()));
    }
    if (isException(code)) {
        ++m_stats.exceptions;
        const int exception = code - MODBUS_ENOBASE;
        return Errors::make(ErrorKind::ModbusException,
            tr("Modbus %1 refused %2: %3.").arg(device, what, ModbusErrors::exceptionMeaning(exception)),
            exception);
    }
    if (code == EMBBADCRC || code == EMBBADDATA || code == EMBMDATA || code == EMBBADSLAVE || code == EMBBADEXC
        || code == EMBUNKEXC) {
        if (code == EMBBADCRC)
            ++m_stats.crcErrors;
        return Errors::make(ErrorKind::BadReply,
            tr("Modbus %1 sent a damaged or unexpected reply while %2 (%3; %n CRC error(s) so far): check the "
               "cable, its termination and the baud rate.",
                nullptr, int(m_stats.crcErrors))
                .arg(device, what, QString::fromLocal8Bit(modbus_strerror(code))));
    }
    if (isLinkFailure(code))
        return Errors::make(ErrorKind::LinkLost,
            tr("the link to Modbus %1 broke while %2 (%3).")
                .arg(device, what, QString::fromLocal8Bit(modbus_strerror(code))));
    return Errors::make(ErrorKind::BadReply,
        tr("Modbus %1 failed while %2: %3.").arg(device, what, QString::fromLocal8Bit(modbus_strerror(code))));
}

Result<void> ModbusLink::transact(int unitId, const QString& what, const std::function<int(_modbus*)>& call)
{
    if (!m_context)
        return Errors::make(ErrorKind::NotConnected, tr("the Modbus link is not open."));
    modbus_set_slave(m_context.get(), unitId);
    std::optional<Error> last;
    for (int attempt = 0; attempt <= m_timing.retries; ++attempt) {
        ++m_stats.requests;
        errno = 0;
        if (call(m_context.get()) >= 0)
            return {};
        const int code = errno;
        last = classify(code, unitId, what);
        qCDebug(lcModbus) << "attempt" << attempt + 1 << "failed:" << last->toString();
        if (!isRetryable(code))
            break;
        if (isLinkFailure(code)) {
            if (!reconnect())
                break;
        } else {
            // Whatever is left of a damaged or late reply must not be taken for the next one.
            modbus_flush(m_context.get());
        }
    }
    return *last;
}

Result<RegisterValues> ModbusLink::read(const ModbusReadRequest& request)
{
    RegisterValues values;
    const QList<RegisterBlock> blocks
        = planReads(request.definitions, request.maxRegistersPerRead, request.maxReadGap);
    for (const RegisterBlock& block : blocks) {
        QList<quint16> words(block.count);
        const bool holding = block.table == RegisterTable::Holding;
        const QString what = holding
            ? tr("reading %n holding register(s) from %1", nullptr, block.count).arg(hex(block.start))
            : tr("reading %n input register(s) from %1", nullptr, block.count).arg(hex(block.start));
        const Result<void> done = transact(request.unitId, what, [&](modbus_t* context) {
            return holding ? modbus_read_registers(context, block.start, block.count, words.data())
                           : modbus_read_input_registers(context, block.start, block.count, words.data());
        });
        if (!done)
            return done.error();
        for (const RegisterDefinition& definition : request.definitions) {
            if (definition.table != block.table || definition.address < block.start
                || definition.address + definition.count() > block.start + block.count)
                continue;
            const auto offset = static_cast<std::size_t>(definition.address - block.start);
            const std::span<const quint16> span(words.constData() + offset, std::size_t(definition.count()));
            values.insert(definition.name, decodeRegisters(span, definition.type, definition.wordOrder) * definition.scale);
        }
    }
    return values;
}

Result<void> ModbusLink::write(const ModbusWriteRequest& request)
{
    // Runs of consecutive registers, in the order given, each sent as one function 16 request.
    for (const RegisterWrite& write : request.writes) {
        if (!write.definition.writable)
            return Errors::make(ErrorKind::Unsupported,
                tr("the register \"%1\" is read-only in its profile.").arg(write.definition.name));
    }
    qsizetype i = 0;
    while (i < request.writes.size()) {
        const int start = request.writes.at(i).definition.address;
        QList<quint16> words;
        while (i < request.writes.size() && request.writes.at(i).definition.address == start + words.size()) {
            const RegisterWrite& write = request.writes.at(i);
            words += encodeRegisters(write.value / write.definition.scale, write.definition.type,
                write.definition.wordOrder);
            ++i;
        }
        const QString what = tr("writing %n holding register(s) from %1", nullptr, int(words.size())).arg(hex(start));
        const Result<void> done = transact(request.unitId, what, [&](modbus_t* context) {
            return modbus_write_registers(context, start, int(words.size()), words.constData());
        });
        if (!done)
            return done;
    }
    return {};
}

} // namespace iotpro::modbus
