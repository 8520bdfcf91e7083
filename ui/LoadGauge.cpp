#include "LoadGauge.h"

#include "ReadingFormat.h"

#include <algorithm>
#include <cmath>

namespace iotpro::ui {

double LoadGauge::progress() const
{
    if (level == Level::NoVoltage)
        return 0.0;
    return neededA > 0.0 ? std::clamp(currentA / neededA, 0.0, 1.0) : 1.0;
}

QString LoadGauge::text() const
{
    const QString name = LoadGaugeTexts::tr("L%1").arg(phase);
    switch (level) {
    case Level::NoVoltage:
        return LoadGaugeTexts::tr("%1: no voltage — its CT cannot be checked").arg(name);
    case Level::TooLittle: {
        // In tenths of an ampere, the current rounded down: what is shown adds up ("5.9 A of
        // 10 A needed, add 4.1 A") and adding it is really enough. The allowance keeps 4.1 from
        // reading as 4.0999….
        const auto shownTenths = qint64(std::floor(currentA * 10.0 + 1e-6));
        const auto neededTenths = qint64(std::ceil(neededA * 10.0 - 1e-6));
        const auto missingTenths = std::max<qint64>(neededTenths - shownTenths, 1);
        return LoadGaugeTexts::tr("%1: %2 A of %3 A needed — add %4 A of load")
            .arg(name, formatAmps(double(shownTenths) / 10.0), formatAmps(double(neededTenths) / 10.0),
                formatAmps(double(missingTenths) / 10.0));
    }
    case Level::Enough:
        return LoadGaugeTexts::tr("%1: %2 A — enough load (%3 A needed)")
            .arg(name, formatAmps(currentA), formatAmps(neededA));
    case Level::OverRating:
        return LoadGaugeTexts::tr("%1: %2 A — over the %3 A the CT is rated for")
            .arg(name, formatAmps(currentA), formatAmps(limitA));
    }
    return {};
}

} // namespace iotpro::ui
