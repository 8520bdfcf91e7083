#include "CalibrateOptions.h"

#include <QDate>
#include <QFileInfo>

namespace iotpro::cli {

namespace {

QCommandLineOption referenceOption()
{
    return { u"reference"_qs,
        CalibrateOptionParser::tr("The reference meter: modbus-tcp:HOST:PORT[:UNIT] or modbus-rtu:DEVICE:BAUD:8N1[:UNIT]."),
        CalibrateOptionParser::tr("ADDRESS") };
}
QCommandLineOption sourceOption()
{
    return { u"source"_qs,
        CalibrateOptionParser::tr("The test source (the simulated bench source's registers); default: at the reference's "
                   "address, its own unit id."),
        CalibrateOptionParser::tr("ADDRESS") };
}
QCommandLineOption planOption()
{
    return { u"plan"_qs, CalibrateOptionParser::tr("A test plan (JSON); default: the built-in class 0.5S plan."), CalibrateOptionParser::tr("FILE") };
}
QCommandLineOption referenceFileOption()
{
    return { u"reference-file"_qs,
        CalibrateOptionParser::tr("The reference meter's description (JSON): model, serial, certificate, calibration due date, "
                   "accuracy, register profile."),
        CalibrateOptionParser::tr("FILE") };
}
QCommandLineOption referenceDueOption()
{
    return { u"reference-due"_qs, CalibrateOptionParser::tr("The reference meter's calibration due date, from its certificate."),
        CalibrateOptionParser::tr("YYYY-MM-DD") };
}
QCommandLineOption referenceCertificateOption()
{
    return { u"reference-certificate"_qs, CalibrateOptionParser::tr("The number of the reference meter's own certificate."),
        CalibrateOptionParser::tr("TEXT") };
}
QCommandLineOption referenceAccuracyOption()
{
    return { u"reference-accuracy"_qs, CalibrateOptionParser::tr("The reference meter's accuracy in % of reading (default 0.02)."),
        CalibrateOptionParser::tr("PCT") };
}
QCommandLineOption operatorOption()
{
    return { u"operator"_qs, CalibrateOptionParser::tr("Who runs the bench, for the certificate (default: the login name)."),
        CalibrateOptionParser::tr("NAME") };
}
QCommandLineOption temperatureOption()
{
    return { u"temperature"_qs, CalibrateOptionParser::tr("Ambient temperature in °C, for the certificate."), CalibrateOptionParser::tr("C") };
}
QCommandLineOption humidityOption()
{
    return { u"humidity"_qs, CalibrateOptionParser::tr("Relative humidity in %, for the certificate."), CalibrateOptionParser::tr("PCT") };
}
QCommandLineOption certificateOption()
{
    return { u"certificate"_qs, CalibrateOptionParser::tr("Where to write the calibration certificate (PDF)."), CalibrateOptionParser::tr("FILE.pdf") };
}
QCommandLineOption csvOption()
{
    return { u"csv"_qs, CalibrateOptionParser::tr("Append every point's result to this CSV log (a batch's modules in one file)."),
        CalibrateOptionParser::tr("FILE") };
}

QCommandLineOption adjustOption()
{
    return { u"adjust"_qs,
        CalibrateOptionParser::tr("After the run, correct each element's gain and phase with calibration constants signed with "
                   "the factory key (--factory-key), and run the plan again to verify.") };
}
QCommandLineOption factoryKeyOption()
{
    return { u"factory-key"_qs,
        CalibrateOptionParser::tr("With --adjust: the factory's private signing key file (iotpro-cli keygen); the module must "
                   "trust it with the factory role."),
        CalibrateOptionParser::tr("KEYFILE") };
}
QCommandLineOption passphraseFileOption()
{
    return { u"passphrase-file"_qs, CalibrateOptionParser::tr("The passphrase of an encrypted factory key, on the first line of FILE."),
        CalibrateOptionParser::tr("FILE") };
}

QCommandLineOption batchOption()
{
    return { u"batch"_qs,
        CalibrateOptionParser::tr("The production batch (e.g. a work order): recorded in the job history with each certificate; a "
                   "module that already passed in this batch is skipped, so a batch can be resumed."),
        CalibrateOptionParser::tr("NAME") };
}

Error usage(const QString& detail)
{
    return Errors::make(ErrorKind::InvalidOption, detail);
}

std::optional<double> number(const QString& text, double min, double max)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && value >= min && value <= max ? std::optional(value) : std::nullopt;
}

} // namespace

QList<QCommandLineOption> CalibrateOptionParser::options()
{
    return { referenceOption(), sourceOption(), planOption(), referenceFileOption(), referenceDueOption(),
        referenceCertificateOption(), referenceAccuracyOption(), operatorOption(), temperatureOption(),
        humidityOption(), certificateOption(), csvOption(), adjustOption(), factoryKeyOption(),
        passphraseFileOption(), batchOption() };
}

Result<CalibrateOptions> CalibrateOptionParser::parse(const QCommandLineParser& parser)
{
    CalibrateOptions options;
    if (!parser.isSet(referenceOption()))
        return usage(tr("calibrate needs the reference meter: --reference modbus-tcp:HOST:PORT."));
    Result<modbus::ModbusAddress> reference = modbus::ModbusAddress::parse(parser.value(referenceOption()));
    if (!reference)
        return reference.error();
    options.bench.reference = reference.value();
    if (parser.isSet(sourceOption())) {
        Result<modbus::ModbusAddress> source = modbus::ModbusAddress::parse(parser.value(sourceOption()));
        if (!source)
            return source.error();
        options.bench.source = source.value();
    }

    if (parser.isSet(planOption())) {
        Result<calibration::TestPlan> plan = calibration::TestPlan::load(parser.value(planOption()));
        if (!plan)
            return plan.error();
        options.plan = std::move(plan).value();
    } else {
        options.plan = calibration::TestPlan::builtIn();
    }

    if (parser.isSet(referenceFileOption())) {
        Result<calibration::ReferenceStandard> standard
            = calibration::ReferenceStandard::load(parser.value(referenceFileOption()));
        if (!standard)
            return standard.error();
        options.reference = standard.value();
    }
    if (parser.isSet(referenceDueOption())) {
        options.reference.calibrationDue = QDate::fromString(parser.value(referenceDueOption()), Qt::ISODate);
        if (!options.reference.calibrationDue.isValid())
            return usage(tr("--reference-due needs a date, YYYY-MM-DD, not \"%1\".").arg(parser.value(referenceDueOption())));
    }
    if (parser.isSet(referenceCertificateOption()))
        options.reference.certificateNumber = parser.value(referenceCertificateOption());
    if (parser.isSet(referenceAccuracyOption())) {
        const std::optional<double> accuracy = number(parser.value(referenceAccuracyOption()), 0.0001, 1.0);
        if (!accuracy)
            return usage(tr("--reference-accuracy needs a percentage from 0.0001 to 1."));
        options.reference.accuracyPct = *accuracy;
    }

    options.operatorName = parser.isSet(operatorOption()) ? parser.value(operatorOption())
                                                          : qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (options.operatorName.trimmed().isEmpty())
        return usage(tr("calibrate needs the operator's name for the certificate: --operator NAME."));
    if (parser.isSet(temperatureOption())) {
        options.ambient.temperatureC = number(parser.value(temperatureOption()), -40.0, 85.0);
        if (!options.ambient.temperatureC)
            return usage(tr("--temperature needs degrees Celsius from -40 to 85."));
    }
    if (parser.isSet(humidityOption())) {
        options.ambient.humidityPct = number(parser.value(humidityOption()), 0.0, 100.0);
        if (!options.ambient.humidityPct)
            return usage(tr("--humidity needs a relative humidity from 0 to 100 %."));
    }

    options.certificatePath = parser.value(certificateOption());
    if (options.certificatePath.isEmpty())
        return usage(tr("calibrate needs --certificate FILE.pdf: every calibrated module gets its certificate."));
    options.csvPath = parser.value(csvOption());
    options.adjust = parser.isSet(adjustOption());
    options.factoryKeyPath = parser.value(factoryKeyOption());
    options.passphrasePath = parser.value(passphraseFileOption());
    options.batch = parser.value(batchOption()).trimmed();
    if (parser.isSet(batchOption()) && options.batch.isEmpty())
        return usage(tr("--batch needs a name, e.g. the work order."));
    if (options.adjust && options.factoryKeyPath.isEmpty())
        return usage(tr("--adjust needs the factory key that signs the calibration constants: --factory-key KEYFILE."));
    if (!options.adjust && !options.factoryKeyPath.isEmpty())
        return usage(tr("--factory-key is only used with --adjust."));
    return options;
}

} // namespace iotpro::cli
