#pragma once

#include <QCoreApplication>
#include <QString>

namespace iotpro::ui {

/// How much current one CT carries against what a trustworthy verdict needs (the diagnosis'
/// load gates: DiagnosisThresholds::minLoadShare and maxLoadShare of the CT rating).
struct LoadGauge
{
    enum class Level {
        NoVoltage, ///< the element has no voltage: its CT cannot be judged at any load
        TooLittle, ///< below the CT's accuracy range: add load
        Enough,
        OverRating, ///< above what the CT is rated for
    };

    int input = 1; ///< CT input, 1-based
    int phase = 1; ///< the phase the input belongs on (3P3W: input 2 is L3)
    Level level = Level::TooLittle;
    double currentA = 0.0;
    double neededA = 0.0; ///< least current for a verdict
    double limitA = 0.0; ///< most current within the CT's rating

    /// The share of the needed current present, 0 … 1 (1 when enough or more).
    double progress() const;
    /// "L2: 4.1 A of 10 A needed — add 5.9 A of load", in the user's language and locale.
    QString text() const;

    friend bool operator==(const LoadGauge&, const LoadGauge&) = default;
};

/// The texts of LoadGauge.
class LoadGaugeTexts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::ui::LoadGauge)
};

} // namespace iotpro::ui
