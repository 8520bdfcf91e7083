#pragma once

#include <QLocale>
#include <QString>

namespace iotpro::ui {

/// An energy register in Wh (or varh) as kWh (kvarh) with exactly three decimals, in the
/// locale's digits grouping and decimal sign. Integer arithmetic only: a billing register must
/// never show a value a double rounded.
QString formatKiloFromUnits(quint64 units, const QLocale& locale = QLocale());

/// Amperes as people say them: "10", "2.5", "4.1" (one decimal, none when it is .0).
QString formatAmps(double amps, const QLocale& locale = QLocale());

} // namespace iotpro::ui
