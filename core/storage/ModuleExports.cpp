#include "ModuleExports.h"

#include "Csv.h"
#include "RecordJson.h"
#include "config/ProtoEnums.h"

#include <algorithm>

namespace iotpro::storage::exports {

namespace {

QByteArray document(const QList<QStringList>& rows, QChar delimiter)
{
    QString text;
    for (const QStringList& row : rows)
        text += csv::record(row, delimiter);
    return text.toUtf8();
}

} // namespace

QByteArray modulesCsv(const QList<CommissionedModule>& modules)
{
    QList<QStringList> rows { { u"serial_number"_qs, u"site"_qs, u"panel"_qs, u"circuit"_qs,
        u"installation_point"_qs, u"commissioned_utc"_qs, u"result"_qs, u"config_sha256"_qs,
        u"config_counter"_qs, u"signer_fingerprint"_qs } };
    for (const CommissionedModule& module : modules) {
        rows.append({ module.serialNumber, module.site, module.panel, module.circuit,
            config::protoenums::protoName(module.installationPoint), recordjson::isoTime(module.committedAt),
            resultName(module.result), module.configSha256, QString::number(module.counter),
            module.signerFingerprint });
    }
    return document(rows, u',');
}

QByteArray thingsStackCsv(const QList<CommissionedModule>& modules)
{
    QList<QStringList> rows { { u"id"_qs, u"dev_eui"_qs, u"join_eui"_qs, u"name"_qs, u"description"_qs,
        u"frequency_plan_id"_qs, u"supports_class_c"_qs, u"app_key"_qs } };
    for (const CommissionedModule& module : modules) {
        const config::LorawanConfig& lorawan = module.lorawan;
        if (!isLorawanDevice(module))
            continue;
        const QString place = QStringList { module.site, module.panel, module.circuit }.join(u" / ");
        rows.append({ thingsStackDeviceId(module.serialNumber), lorawan.devEui.toUpper(),
            lorawan.joinEui.toUpper(), place.isEmpty() ? module.serialNumber : place,
            u"IoT Pro Energy Module "_qs + module.serialNumber,
            frequencyPlanId(lorawan.region, lorawan.subBand),
            lorawan.deviceClass == config::LorawanClass::C ? u"true"_qs : u"false"_qs, QString() });
    }
    return document(rows, u';');
}

bool isLorawanDevice(const CommissionedModule& module)
{
    return module.lorawan.enabled && !module.lorawan.devEui.isEmpty();
}

QString thingsStackDeviceId(const QString& serialNumber)
{
    QString id;
    for (const QChar c : serialNumber.toLower()) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (allowed)
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    id.truncate(36);
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

QString frequencyPlanId(config::LorawanRegion region, quint32 subBand)
{
    // The plan ids of github.com/TheThingsNetwork/lorawan-frequency-plans (frequency-plans.yml):
    // each region's default plan, not a community network's variant.
    const bool validSubBand = subBand >= 1 && subBand <= 8;
    switch (region) {
    case config::LorawanRegion::Eu868:
        return u"EU_863_870"_qs;
    case config::LorawanRegion::Us915:
        return validSubBand ? u"US_902_928_FSB_%1"_qs.arg(subBand) : QString();
    case config::LorawanRegion::Au915:
        return validSubBand ? u"AU_915_928_FSB_%1"_qs.arg(subBand) : QString();
    case config::LorawanRegion::As923_1:
        return u"AS_923"_qs;
    case config::LorawanRegion::As923_2:
        return u"AS_923_2"_qs;
    case config::LorawanRegion::As923_3:
        return u"AS_923_3"_qs;
    case config::LorawanRegion::As923_4:
        return u"AS_923_4"_qs;
    case config::LorawanRegion::In865:
        return u"IN_865_867"_qs;
    case config::LorawanRegion::Kr920:
        return u"KR_920_923_TTN"_qs;
    }
    return {};
}

qsizetype lorawanDeviceCount(const QList<CommissionedModule>& modules)
{
    return std::count_if(modules.cbegin(), modules.cend(), isLorawanDevice);
}

} // namespace iotpro::storage::exports
