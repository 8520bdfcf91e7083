#pragma once

#include "LiveStreamController.h"
#include "electrical/Diagnosis.h"

#include <QCoreApplication>
#include <QString>

namespace iotpro::ui {

class LiveCheckController;

/// What the live check's verdict banner says: a level shown in words and colour, one sentence
/// about the wiring, and what that sentence is based on.
struct LiveCheckSummary
{
    enum class Level {
        Idle, ///< nothing to check: not connected
        Waiting, ///< no verdict yet, or the readings stopped
        Pass,
        Check,
        Fail,
    };

    Level level = Level::Idle;
    QString word; ///< "PASS", "CHECK", "FAIL", "WAITING", …: never colour alone
    QString headline;
    QString detail;

    friend bool operator==(const LiveCheckSummary&, const LiveCheckSummary&) = default;
};

/// The banner for the stream's state and the check's result. A stalled or failed stream wins
/// over any verdict: a verdict on readings that stopped must not look current.
LiveCheckSummary summarizeLiveCheck(LiveStreamController::State stream,
    const std::optional<Error>& streamError, const LiveCheckController& check);

/// A finding in a few words, for the banner: "CT on input 2 faces the wrong way".
QString findingTitle(const electrical::Finding& finding);

/// The texts of the summary.
class LiveCheckSummaryTexts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::ui::LiveCheckSummary)
};

} // namespace iotpro::ui
