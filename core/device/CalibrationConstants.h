#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace iotpro {

/// One metering element's calibration constants (docs/protocol.md 4.12): the module multiplies
/// the element's current by (1 + gainPct / 100) and advances its phasor by phaseDeg.
struct ElementConstants
{
    int element = 1; ///< 1 to 3
    double gainPct = 0.0;
    double phaseDeg = 0.0;

    friend bool operator==(const ElementConstants&, const ElementConstants&) = default;
};

/// The calibration constants a module runs with (CalibrationState).
struct CalibrationConstants
{
    /// In element order; empty on a never-calibrated module (every element exact).
    QList<ElementConstants> elements;
    quint64 counter = 0; ///< 0: never calibrated
    QByteArray payloadSha256; ///< of the signed payload the module stores
    QDateTime written; ///< module clock, UTC; invalid when never calibrated

    /// The constants of `element`: exact (gain 0, phase 0) when not listed.
    ElementConstants of(int element) const;

    friend bool operator==(const CalibrationConstants&, const CalibrationConstants&) = default;
};

/// Calibration constants signed for one module with a factory key, ready for CalibrationWrite.
struct SignedCalibration
{
    /// The serialized CalibrationPayload: the exact bytes signed, sent and hashed.
    QByteArray payload;
    /// Ed25519 over "IoTPro calibration v1\0" || payload, 64 bytes.
    QByteArray signature;
    QByteArray payloadSha256;
    QString serialNumber;
    quint64 counter = 0;
    QList<ElementConstants> elements; ///< as given; they travel as single-precision floats
    QString signerFingerprint;

    friend bool operator==(const SignedCalibration&, const SignedCalibration&) = default;
};

} // namespace iotpro
