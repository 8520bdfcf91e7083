#pragma once

namespace iotpro::ui {

class LiveCheckController;
class LiveStreamController;
class VerdictBanner;

/// Keeps `banner` showing the live check's verdict (summarizeLiveCheck) as the stream and the
/// check change.
void followLiveVerdict(VerdictBanner& banner, LiveStreamController& stream, LiveCheckController& check);

} // namespace iotpro::ui
