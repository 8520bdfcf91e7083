#include "ReadingFormat.h"

#include <cmath>

namespace iotpro::ui {

QString formatKiloFromUnits(quint64 units, const QLocale& locale)
{
    const quint64 whole = units / 1000;
    const quint64 thousandths = units % 1000;
    return locale.toString(whole) + locale.decimalPoint()
        + QStringLiteral("%1").arg(thousandths, 3, 10, QLatin1Char('0'));
}

QString formatAmps(double amps, const QLocale& locale)
{
    const double tenths = std::round(amps * 10.0);
    return locale.toString(tenths / 10.0, 'f', std::fmod(tenths, 10.0) == 0.0 ? 0 : 1);
}

} // namespace iotpro::ui
