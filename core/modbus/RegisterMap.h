#pragma once

#include "RegisterCodec.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace iotpro::modbus {

/// The two register tables a meter or a source exposes.
enum class RegisterTable {
    Holding, ///< read with function 03, written with 06/16
    Input, ///< read with function 04, read-only
};

/// One named quantity of a device: where it lives and how it is encoded.
struct RegisterDefinition
{
    QString name; ///< e.g. "voltage_l1"; the names code relies on are listed in docs/calibration.md
    quint16 address = 0; ///< 0-based register address (protocol address, not the 3xxxx/4xxxx number)
    RegisterTable table = RegisterTable::Input;
    ValueType type = ValueType::Float32;
    WordOrder wordOrder = WordOrder::HighFirst;
    double scale = 1.0; ///< engineering value = raw value x scale
    QString unit; ///< for people: "V", "A", "kWh"
    bool writable = false;

    int count() const { return registerCount(type); }

    friend bool operator==(const RegisterDefinition&, const RegisterDefinition&) = default;
};

/// Values read from a device, by register name, already scaled.
using RegisterValues = QHash<QString, double>;

/// A device's registers as a data file describes them (a JSON profile, docs/calibration.md).
class RegisterMap
{
public:
    QString name; ///< the profile's name, e.g. "sdm630"
    QString model; ///< the device model for people and certificates
    int defaultUnitId = 1;
    /// Longest read a device accepts (an SDM630: 80 registers).
    int maxRegistersPerRead = 80;
    /// Unused registers a single read may span to save a request; 0 reads only listed ones.
    int maxReadGap = 0;
    QList<RegisterDefinition> registers;

    /// The definition called `name`, or nullptr.
    const RegisterDefinition* find(const QString& name) const;
    /// The definitions of `names`; an error naming the first one the profile lacks.
    Result<QList<RegisterDefinition>> select(const QStringList& names) const;

    /// A profile from JSON text; `source` names the file in errors.
    static Result<RegisterMap> fromJson(const QByteArray& json, const QString& source);
    /// A profile file.
    static Result<RegisterMap> load(const QString& path);
    /// The built-in profiles: "sdm630" (an Eastron SDM630-class meter, as the module's metering
    /// engine and the bench's reference meter expose it) and "simulated-source" (the bench
    /// source of iotpro-sim --bench, docs/simulator.md).
    static RegisterMap builtIn(const QString& name);
    static QStringList builtInNames();

    friend bool operator==(const RegisterMap&, const RegisterMap&) = default;
};

/// One Modbus read request: a run of registers of one table.
struct RegisterBlock
{
    RegisterTable table = RegisterTable::Input;
    quint16 start = 0;
    int count = 0;

    friend bool operator==(const RegisterBlock&, const RegisterBlock&) = default;
};

/// The fewest reads that cover `definitions`: sorted by address, neighbours merged while the
/// read stays within `maxRegistersPerRead` and skips at most `maxReadGap` unused registers.
QList<RegisterBlock> planReads(QList<RegisterDefinition> definitions, int maxRegistersPerRead, int maxReadGap);

} // namespace iotpro::modbus
