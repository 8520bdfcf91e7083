#pragma once

#include "ReferenceStandard.h"
#include "Source.h"
#include "modbus/ModbusAddress.h"
#include "modbus/ModbusClient.h"
#include "modbus/ReferenceMeter.h"

#include <QObject>

#include <memory>
#include <optional>

namespace iotpro::calibration {

/// Where a bench's instruments are reached. Without a source address the simulated source is
/// taken at the reference's address (its own unit id).
struct BenchAddresses
{
    modbus::ModbusAddress reference;
    std::optional<modbus::ModbusAddress> source;
};

/// The bench's instruments, opened: the reference meter and the source, sharing one Modbus link
/// when they sit on the same port or serial line (a serial port opens once).
class BenchLinks : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    explicit BenchLinks(QObject* parent = nullptr);
    ~BenchLinks() override;

    /// Opens the links, makes the reference meter from `standard`'s register profile and the
    /// simulated source from the built-in profile, and reads the reference's serial number. Done
    /// with `standard` completed (model from the profile where it names none, serial number from
    /// the meter where it has one); an error when the meter's serial contradicts `standard`'s.
    void open(const BenchAddresses& addresses, const ReferenceStandard& standard, QObject* context,
        Callback<ReferenceStandard> done);

    /// Valid after open() succeeded.
    modbus::ReferenceMeter& reference() { return *m_reference; }
    Source& source() { return *m_source; }
    const modbus::ModbusClient& referenceClient() const { return *m_referenceClient; }

private:
    void openSource(const BenchAddresses& addresses, ReferenceStandard standard, QObject* context,
        Callback<ReferenceStandard> done);
    void identifyReference(ReferenceStandard standard, QObject* context, Callback<ReferenceStandard> done);

    std::unique_ptr<modbus::ModbusClient> m_referenceClient;
    std::unique_ptr<modbus::ModbusClient> m_sourceClient; ///< null when the source shares the reference's link
    std::unique_ptr<modbus::ReferenceMeter> m_reference;
    std::unique_ptr<Source> m_source;
};

/// Whether `a` and `b` are reached over the same link (one TCP port, one serial port), whatever
/// their unit ids: such a link is opened once.
bool sameLink(const modbus::ModbusAddress& a, const modbus::ModbusAddress& b);

} // namespace iotpro::calibration
