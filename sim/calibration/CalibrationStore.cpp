#include "CalibrationStore.h"

#include "ProtoBytes.h"
#include "configuration/ConfigStore.h"

#include <QJsonObject>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFormat = 1; // JsonStateFile::FormatKey
constexpr QLatin1StringView kPayloadKey("payload");
constexpr QLatin1StringView kSignatureKey("signature");
constexpr QLatin1StringView kWrittenKey("written_unix_ms");

std::optional<QByteArray> base64(const QJsonValue& value)
{
    const auto bytes = QByteArray::fromBase64Encoding(
        value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return bytes && value.isString() ? std::optional(*bytes) : std::nullopt;
}

} // namespace

QList<ChannelCalibration> StoredCalibration::perElement() const
{
    QList<ChannelCalibration> elements;
    for (const v1::ElementCalibration& element : constants.elements()) {
        const qsizetype index = qsizetype(element.element()) - 1;
        if (elements.size() <= index)
            elements.resize(index + 1);
        elements[index] = { double(element.gain_pct()), double(element.phase_deg()) };
    }
    return elements;
}

v1::CalibrationState StoredCalibration::toState() const
{
    v1::CalibrationState state;
    if (payload.isEmpty())
        return state;
    // One entry per element in element order, whatever order the payload listed them in.
    const QList<ChannelCalibration> elements = perElement();
    for (qsizetype k = 0; k < elements.size(); ++k) {
        v1::ElementCalibration& element = *state.add_elements();
        element.set_element(quint32(k + 1));
        element.set_gain_pct(float(elements.at(k).gainPct));
        element.set_phase_deg(float(elements.at(k).phaseDeg));
    }
    state.set_counter(constants.counter());
    setBytes(state.mutable_signed_calibration()->mutable_payload(), payload);
    setBytes(state.mutable_signed_calibration()->mutable_signature(), signature);
    setBytes(state.mutable_payload_sha256(), payloadSha256(payload));
    state.set_written_unix_ms(writtenUnixMs);
    return state;
}

CalibrationStore::CalibrationStore(const QString& directory)
    : m_file(directory, u"calibration.json"_s)
{ }

bool CalibrationStore::load()
{
    m_current = {};
    if (!m_file.exists())
        return true;
    const std::optional<QJsonObject> object = m_file.read();
    if (!object) {
        m_errorString = m_file.errorString();
        return false;
    }
    StoredCalibration stored;
    const std::optional<QByteArray> payload = base64(object->value(kPayloadKey));
    const std::optional<QByteArray> signature = base64(object->value(kSignatureKey));
    const bool intact = object->value(JsonStateFile::FormatKey).toInt() == kFormat && payload && signature
        && !payload->isEmpty() && object->value(kWrittenKey).isDouble()
        && stored.constants.ParseFromArray(payload->constData(), int(payload->size()));
    if (!intact) {
        m_errorString = tr("%1 is damaged or was written by a newer iotpro-sim; delete it to start "
                           "uncalibrated.")
                            .arg(m_file.filePath());
        return false;
    }
    stored.payload = *payload;
    stored.signature = *signature;
    stored.writtenUnixMs = object->value(kWrittenKey).toInteger();
    m_current = stored;
    return true;
}

bool CalibrationStore::save(const StoredCalibration& calibration)
{
    const QJsonObject object { { JsonStateFile::FormatKey, kFormat },
        { kPayloadKey, QString::fromLatin1(calibration.payload.toBase64()) },
        { kSignatureKey, QString::fromLatin1(calibration.signature.toBase64()) },
        { kWrittenKey, calibration.writtenUnixMs } };
    if (!m_file.write(object)) {
        m_errorString = m_file.errorString();
        return false;
    }
    m_current = calibration;
    return true;
}

} // namespace iotpro::sim
