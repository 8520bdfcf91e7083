#include "ChannelErrors.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace iotpro::sim {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::sim::ChannelErrors)
};

} // namespace

std::variant<ElementChannelError, QString> parseChannelError(const QString& text)
{
    const QString syntaxError = Texts::tr("--meter-error takes ELEMENT:GAIN%,PHASEdeg with ELEMENT 1 to 3, "
                                          "e.g. 1:+0.4%,0.2deg or 2:-0.1deg, not \"%1\".")
                                    .arg(text);
    const QStringList elementAndErrors = text.split(u':');
    if (elementAndErrors.size() != 2)
        return syntaxError;
    ElementChannelError parsed;
    bool ok = false;
    parsed.element = elementAndErrors.at(0).toInt(&ok);
    if (!ok || parsed.element < 1 || parsed.element > 3)
        return syntaxError;
    const QStringList parts = elementAndErrors.at(1).split(u',');
    bool gainSeen = false;
    bool phaseSeen = false;
    for (const QString& part : parts) {
        if (part.endsWith(u'%') && !gainSeen && !phaseSeen) {
            parsed.error.gainPct = part.chopped(1).toDouble(&ok);
            gainSeen = true;
        } else if (part.endsWith(u"deg") && !phaseSeen) {
            parsed.error.phaseDeg = part.chopped(3).toDouble(&ok);
            phaseSeen = true;
        } else {
            ok = false;
        }
        if (!ok)
            return syntaxError;
    }
    if (std::abs(parsed.error.gainPct) > kMaxChannelGainPct || std::abs(parsed.error.phaseDeg) > kMaxChannelPhaseDeg)
        return Texts::tr("--meter-error \"%1\": the gain error must be within ±%2 % and the phase error within "
                         "±%3°.")
            .arg(text)
            .arg(kMaxChannelGainPct)
            .arg(kMaxChannelPhaseDeg);
    return parsed;
}

void applyChannelErrors(QList<ElementSignals>& elements, const QList<ChannelError>& errors)
{
    for (qsizetype k = 0; k < elements.size() && k < errors.size(); ++k) {
        const ChannelError& error = errors.at(k);
        // Late by phaseDeg: the current phasor turns back by that angle.
        elements[k].current.fundamental *= polarDegrees(1.0 + error.gainPct / 100.0, -error.phaseDeg);
    }
}

void applyChannelCalibration(QList<ElementSignals>& elements, const QList<ChannelCalibration>& constants)
{
    for (qsizetype k = 0; k < elements.size() && k < constants.size(); ++k) {
        const ChannelCalibration& c = constants.at(k);
        elements[k].current.fundamental *= polarDegrees(1.0 + c.gainPct / 100.0, c.phaseDeg);
    }
}

} // namespace iotpro::sim
