#include "ModuleAdjuster.h"

#include "device/CalibrationRequests.h"
#include "device/CalibrationSigning.h"

#include <algorithm>
#include <memory>

namespace iotpro::calibration {

namespace {

/// Whether `a` and `b` are the same constants as they travel: single-precision floats.
bool sameOnTheWire(const ElementConstants& a, const ElementConstants& b)
{
    return a.element == b.element && float(a.gainPct) == float(b.gainPct) && float(a.phaseDeg) == float(b.phaseDeg);
}

/// Whether the module's reply shows exactly the constants signed.
bool holds(const CalibrationConstants& reported, const SignedCalibration& signedCalibration)
{
    return reported.counter == signedCalibration.counter && reported.payloadSha256 == signedCalibration.payloadSha256
        && std::equal(reported.elements.cbegin(), reported.elements.cend(), signedCalibration.elements.cbegin(),
            signedCalibration.elements.cend(), sameOnTheWire);
}

} // namespace

void ModuleAdjuster::adjust(DeviceClient& module, const QList<PointResult>& results, security::SigningKey key,
    QObject* context, Callback<AdjustmentOutcome> done)
{
    // Held until the constants are signed; the key's destructor wipes it.
    auto signingKey = std::make_shared<security::SigningKey>(std::move(key));
    CalibrationRequests(module).read(context,
        [&module, results, signingKey, context, done = std::move(done)](Result<CalibrationConstants> present) mutable {
            if (!present)
                return done(present.error());
            Result<QList<ElementAdjustment>> adjustment = computeAdjustment(results, present.value());
            if (!adjustment)
                return done(adjustment.error());
            const QString serial = module.deviceInfo() ? module.deviceInfo()->serialNumber : QString();
            const SignedCalibration signedCalibration = signCalibration(serial, present->counter + 1,
                constantsAfter(adjustment.value(), present.value()), QDateTime::currentDateTimeUtc(), *signingKey);
            signingKey.reset();
            CalibrationRequests(module).write(signedCalibration, context,
                [signedCalibration, elements = adjustment.value(), done = std::move(done)](
                    Result<CalibrationConstants> written) {
                    if (!written)
                        return done(written.error());
                    if (!holds(written.value(), signedCalibration))
                        return done(Errors::make(ErrorKind::BadReply,
                            tr("the module reports calibration constants %1 other than those written (%2): "
                               "read them back with a new run before trusting the module.")
                                .arg(written->counter)
                                .arg(signedCalibration.counter)));
                    done(AdjustmentOutcome { elements, written.value(), signedCalibration.signerFingerprint });
                });
        });
}

} // namespace iotpro::calibration
