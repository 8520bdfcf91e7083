#include "Faults.h"

#include "MeteringSetup.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>

namespace iotpro::sim {

using namespace Qt::StringLiterals;

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::sim::Faults)
};

/// A number from 1 to `count`, or nullopt.
std::optional<int> oneBased(const QString& text, qsizetype count)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < 1 || number > count)
        return std::nullopt;
    return number;
}

struct FaultContext
{
    SiteWiring& wiring;
    Wiring supplyWiring;
    const QStringList& arguments;

    std::optional<int> ctInput(qsizetype argument) const
    {
        return oneBased(arguments.value(argument), wiring.cts.size());
    }
    std::optional<int> voltageTap(qsizetype argument) const
    {
        return oneBased(arguments.value(argument), wiring.voltageTaps.size());
    }
    QString badCtInput(qsizetype argument) const
    {
        return Texts::tr("\"%1\" is not a CT input of this wiring (1 to %2)")
            .arg(arguments.value(argument))
            .arg(wiring.cts.size());
    }
    QString badVoltageTap(qsizetype argument) const
    {
        return Texts::tr("\"%1\" is not a voltage tap of this wiring (1 to %2)")
            .arg(arguments.value(argument))
            .arg(wiring.voltageTaps.size());
    }
};

using FaultHandler = std::optional<QString> (*)(const FaultContext&);

std::optional<QString> reverseCts(const FaultContext& c)
{
    for (qsizetype i = 0; i < c.arguments.size(); ++i) {
        const std::optional<int> input = c.ctInput(i);
        if (!input)
            return c.badCtInput(i);
        CtInstallation& ct = c.wiring.cts[*input - 1];
        ct.reversed = !ct.reversed;
    }
    return std::nullopt;
}

std::optional<QString> swapCts(const FaultContext& c)
{
    const std::optional<int> a = c.ctInput(0);
    const std::optional<int> b = c.ctInput(1);
    if (!a)
        return c.badCtInput(0);
    if (!b)
        return c.badCtInput(1);
    if (*a == *b)
        return Texts::tr("a CT cannot be swapped with itself");
    std::swap(c.wiring.cts[*a - 1].conductor, c.wiring.cts[*b - 1].conductor);
    return std::nullopt;
}

std::optional<QString> rotateCts(const FaultContext& c)
{
    const QString direction = c.arguments.value(0);
    if (direction != u"forward" && direction != u"backward")
        return Texts::tr("CTs rotate \"forward\" (each to the next phase) or \"backward\", not \"%1\"")
            .arg(direction);
    if (conductorCount(c.supplyWiring) != 3)
        return Texts::tr("CTs can only be rotated on a three-phase supply");
    const int shift = direction == u"forward" ? 1 : 2;
    for (CtInstallation& ct : c.wiring.cts)
        ct.conductor = (ct.conductor - 1 + shift) % 3 + 1;
    return std::nullopt;
}

std::optional<QString> moveCt(const FaultContext& c)
{
    const std::optional<int> input = c.ctInput(0);
    if (!input)
        return c.badCtInput(0);
    const std::optional<int> phase = oneBased(c.arguments.value(1), conductorCount(c.supplyWiring));
    if (!phase)
        return Texts::tr("\"%1\" is not a phase conductor of this supply (1 to %2)")
            .arg(c.arguments.value(1))
            .arg(conductorCount(c.supplyWiring));
    c.wiring.cts[*input - 1].conductor = *phase;
    return std::nullopt;
}

std::optional<QString> fitCtRating(const FaultContext& c)
{
    const std::optional<int> input = c.ctInput(0);
    if (!input)
        return c.badCtInput(0);
    bool ok = false;
    const double amps = c.arguments.value(1).toDouble(&ok);
    if (!ok || amps < 1.0 || amps > kMaxCtPrimaryA)
        return Texts::tr("a CT rating is 1 to %1 A, not \"%2\"")
            .arg(kMaxCtPrimaryA)
            .arg(c.arguments.value(1));
    c.wiring.cts[*input - 1].fittedPrimaryA = amps;
    return std::nullopt;
}

std::optional<QString> swapVoltageTaps(const FaultContext& c)
{
    const std::optional<int> a = c.voltageTap(0);
    const std::optional<int> b = c.voltageTap(1);
    if (!a)
        return c.badVoltageTap(0);
    if (!b)
        return c.badVoltageTap(1);
    if (*a == *b)
        return Texts::tr("a voltage tap cannot be swapped with itself");
    std::swap(c.wiring.voltageTaps[*a - 1], c.wiring.voltageTaps[*b - 1]);
    return std::nullopt;
}

std::optional<QString> disconnectVoltageTap(const FaultContext& c)
{
    const std::optional<int> tap = c.voltageTap(0);
    if (!tap)
        return c.badVoltageTap(0);
    c.wiring.voltageTaps[*tap - 1] = 0;
    return std::nullopt;
}

struct FaultKind
{
    QLatin1StringView name;
    QLatin1StringView arguments;
    /// How the arguments are separated from each other (the name always ends with ':').
    QChar separator;
    qsizetype minArguments;
    qsizetype maxArguments;
    FaultHandler apply;
};

constexpr qsizetype kAnyNumber = 3; // no wiring has more than three CTs
const std::array kFaultKinds {
    FaultKind { "ct_reversed"_L1, "N[,N...]"_L1, u',', 1, kAnyNumber, reverseCts },
    FaultKind { "ct_swapped"_L1, "A,B"_L1, u',', 2, 2, swapCts },
    FaultKind { "ct_rotated"_L1, "forward|backward"_L1, u',', 1, 1, rotateCts },
    FaultKind { "ct_phase"_L1, "N:P"_L1, u':', 2, 2, moveCt },
    FaultKind { "ct_rating"_L1, "N:AMPS"_L1, u':', 2, 2, fitCtRating },
    FaultKind { "voltage_swapped"_L1, "A,B"_L1, u',', 2, 2, swapVoltageTaps },
    FaultKind { "voltage_missing"_L1, "N"_L1, u',', 1, 1, disconnectVoltageTap },
};

} // namespace

std::optional<QString> applyFault(SiteWiring& wiring, Wiring supplyWiring, const QString& fault)
{
    const QString name = fault.section(u':', 0, 0);
    const auto kind = std::find_if(
        kFaultKinds.cbegin(), kFaultKinds.cend(), [&name](const FaultKind& k) { return k.name == name; });
    if (kind == kFaultKinds.cend())
        return Texts::tr("unknown fault \"%1\"; faults are %2").arg(fault, faultSyntax());
    const QString argumentText = fault.section(u':', 1);
    const QStringList arguments = argumentText.split(kind->separator);
    if (argumentText.isEmpty() || arguments.size() < kind->minArguments
        || arguments.size() > kind->maxArguments)
        return Texts::tr("fault \"%1\" is written %2:%3").arg(fault, kind->name, kind->arguments);
    // On a copy, so that a fault refused halfway leaves the wiring as it was.
    SiteWiring changed = wiring;
    if (std::optional<QString> error = kind->apply({ changed, supplyWiring, arguments }))
        return Texts::tr("fault \"%1\": %2").arg(fault, *error);
    wiring = changed;
    return std::nullopt;
}

QString faultSyntax()
{
    QStringList forms;
    for (const FaultKind& kind : kFaultKinds)
        forms.append(kind.name + u':' + kind.arguments);
    return forms.join(u", "_s);
}

} // namespace iotpro::sim
