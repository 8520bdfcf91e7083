#include "PointResultJson.h"

namespace iotpro::calibration {

QString verdictCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return u"pass"_qs;
    case Verdict::FailInGuardBand:
        return u"fail_guard_band"_qs;
    case Verdict::Fail:
        return u"fail"_qs;
    }
    return {};
}

QString pointKindCode(PointKind kind)
{
    switch (kind) {
    case PointKind::Accuracy:
        return u"accuracy"_qs;
    case PointKind::StartingCurrent:
        return u"starting_current"_qs;
    case PointKind::NoLoad:
        return u"no_load"_qs;
    }
    return {};
}

QJsonObject pointResultJson(const PointResult& result)
{
    const TestPoint& p = result.point;
    QJsonObject json { { u"point"_qs, p.id }, { u"current_pct"_qs, p.currentPct },
        { u"power_factor"_qs, p.powerFactor }, { u"inductive"_qs, p.inductive }, { u"voltage_pct"_qs, p.voltagePct },
        { u"element"_qs, p.element }, { u"type"_qs, pointKindCode(p.kind) },
        { u"verdict"_qs, verdictCode(result.verdict) } };
    if (p.kind == PointKind::Accuracy) {
        json.insert(u"error_pct"_qs, result.errorPct);
        json.insert(u"uncertainty_pct"_qs, result.uncertaintyPct);
        json.insert(u"limit_pct"_qs, result.limitPct);
        json.insert(u"samples"_qs, result.samples);
        json.insert(u"module_p_w"_qs, result.module.activePower);
        json.insert(u"reference_p_w"_qs, result.reference.activePower);
        if (result.reactiveErrorPct)
            json.insert(u"reactive_error_pct"_qs, *result.reactiveErrorPct);
    } else {
        json.insert(u"module_energy_wh"_qs, result.moduleEnergyWh);
        json.insert(u"reference_energy_wh"_qs, result.referenceEnergyWh);
        json.insert(u"duration_s"_qs, result.durationS);
    }
    return json;
}

QJsonArray certificateResultsJson(const Certificate& certificate)
{
    QJsonArray results;
    for (const auto& [runName, points] : { std::pair(u"as_found"_qs, &certificate.asFound),
             std::pair(u"as_left"_qs, &certificate.asLeft) }) {
        for (const PointResult& result : *points) {
            QJsonObject json = pointResultJson(result);
            json.insert(u"run"_qs, runName);
            results.append(json);
        }
    }
    return results;
}

} // namespace iotpro::calibration
