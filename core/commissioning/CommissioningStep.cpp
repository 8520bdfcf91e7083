#include "CommissioningStep.h"

#include <QString>
#include <utility>

namespace iotpro::commissioning {

namespace {

/// Which page edits which part of the configuration, by JSON path prefix. A prefix matches a
/// whole path segment (isWithinField); the first match wins.
constexpr std::pair<QStringView, Step> kFieldOwners[] = {
    { u"installation", Step::Site },
    { u"metering.ct_inputs", Step::CurrentTransformers },
    { u"metering", Step::Wiring },
    { u"inputs", Step::Inputs },
    { u"network", Step::Network },
    { u"gps", Step::Network },
};

} // namespace

bool isWithinField(QStringView path, QStringView prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == u'.' || next == u'[';
}

QList<Step> allSteps()
{
    QList<Step> steps;
    for (int i = 0; i < StepCount; ++i)
        steps.append(static_cast<Step>(i));
    return steps;
}

Step stepOfField(QStringView path)
{
    for (const auto& [prefix, step] : kFieldOwners) {
        if (isWithinField(path, prefix))
            return step;
    }
    return Step::Review;
}

bool editsConfiguration(Step step)
{
    for (const auto& owner : kFieldOwners) {
        if (owner.second == step)
            return true;
    }
    return false;
}

} // namespace iotpro::commissioning
