#include "SourceUnit.h"

#include <QLoggingCategory>

namespace iotpro::sim {

Q_LOGGING_CATEGORY(lcBenchSource, "iotpro.sim.bench", QtInfoMsg)

namespace {

constexpr int kFloatRegisters = 2;
constexpr int kRegisters = 0x0021;

} // namespace

SourceUnit::SourceUnit(TestSource& source, Clock now)
    : m_source(source)
    , m_now(std::move(now))
    , m_image(kRegisters, 0)
{
    show(m_source.setting());
}

void SourceUnit::show(const SourceSetting& setting)
{
    for (int p = 0; p < 3; ++p) {
        const auto phase = static_cast<std::size_t>(p);
        m_image.setHoldingFloat(kVoltage + p * kFloatRegisters, setting.voltageV[phase]);
        m_image.setHoldingFloat(kCurrent + p * kFloatRegisters, setting.currentA[phase]);
        m_image.setHoldingFloat(kAngle + p * kFloatRegisters, setting.angleDeg[phase]);
    }
    m_image.setHoldingFloat(kFrequency, setting.frequencyHz);
}

SourceSetting SourceUnit::settingIn(const RegisterImage& image)
{
    SourceSetting setting;
    for (int p = 0; p < 3; ++p) {
        const auto phase = static_cast<std::size_t>(p);
        setting.voltageV[phase] = double(image.holdingFloat(kVoltage + p * kFloatRegisters));
        setting.currentA[phase] = double(image.holdingFloat(kCurrent + p * kFloatRegisters));
        setting.angleDeg[phase] = double(image.holdingFloat(kAngle + p * kFloatRegisters));
    }
    setting.frequencyHz = double(image.holdingFloat(kFrequency));
    return setting;
}

RegisterImage& SourceUnit::registersNow()
{
    m_image.setHoldingUint16(kSettled, m_source.isSettled(m_now()) ? 1 : 0);
    return m_image;
}

int SourceUnit::checkWrite(int address, const QList<quint16>& words) const
{
    if (address < 0 || address + words.size() > kSetpointEnd)
        return kModbusIllegalDataAddress;
    // What the setpoints would say after the write: a float half written is refused with the rest.
    RegisterImage after(kRegisters, 0);
    for (int i = 0; i < kSetpointEnd; ++i)
        after.setHoldingUint16(i, m_image.holdingUint16(i));
    for (qsizetype i = 0; i < words.size(); ++i)
        after.setHoldingUint16(address + int(i), words.at(i));
    if (const std::optional<QString> error = TestSource::settingError(settingIn(after))) {
        qCInfo(lcBenchSource) << "setting refused:" << *error;
        return kModbusIllegalDataValue;
    }
    return 0;
}

void SourceUnit::written()
{
    const SourceSetting setting = settingIn(m_image);
    m_source.set(setting, m_now());
    qCDebug(lcBenchSource) << "source set to" << setting.voltageV[0] << "V" << setting.currentA[0] << "A"
                           << setting.angleDeg[0] << "deg" << setting.frequencyHz << "Hz";
}

} // namespace iotpro::sim
