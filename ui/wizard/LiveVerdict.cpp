#include "LiveVerdict.h"

#include "LiveCheckController.h"
#include "LiveCheckSummary.h"
#include "LiveStreamController.h"
#include "VerdictBanner.h"

namespace iotpro::ui {

void followLiveVerdict(VerdictBanner& banner, LiveStreamController& stream, LiveCheckController& check)
{
    const auto refresh = [&banner, &stream, &check] {
        const LiveCheckSummary summary = summarizeLiveCheck(stream.state(), stream.error(), check);
        if (summary != banner.summary())
            banner.setSummary(summary);
    };
    QObject::connect(&stream, &LiveStreamController::stateChanged, &banner, refresh);
    QObject::connect(&check, &LiveCheckController::windowStateChanged, &banner, refresh);
    QObject::connect(&check, &LiveCheckController::diagnosisChanged, &banner, refresh);
    refresh();
}

} // namespace iotpro::ui
