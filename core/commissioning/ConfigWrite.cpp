#include "ConfigWrite.h"

#include <QCoreApplication>

namespace iotpro::commissioning {

namespace {

struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::commissioning::ConfigWrite)
};

} // namespace

QString stepText(WriteStep step)
{
    switch (step) {
    case WriteStep::ReadState:
        return Texts::tr("Reading the module's configuration");
    case WriteStep::Validate:
        return Texts::tr("Checking the configuration");
    case WriteStep::OpeningReadings:
        return Texts::tr("Recording the energy registers and the module clock");
    case WriteStep::Pair:
        return Texts::tr("Pairing with the label code");
    case WriteStep::Sign:
        return Texts::tr("Signing the configuration");
    case WriteStep::Upload:
        return Texts::tr("Uploading the configuration");
    case WriteStep::Commit:
        return Texts::tr("Activating the configuration");
    case WriteStep::Verify:
        return Texts::tr("Reading the configuration back");
    case WriteStep::NetworkCheck:
        return Texts::tr("Checking the networks and GPS");
    }
    Q_UNREACHABLE();
}

bool isLinkProblem(const Error& error)
{
    return error.kind == ErrorKind::LinkLost || error.kind == ErrorKind::Timeout
        || error.kind == ErrorKind::NotConnected;
}

bool linkBrokeBeforeUpload(const ConfigWriteFailure& failure)
{
    return failure.step < WriteStep::Upload && isLinkProblem(failure.error);
}

QString outcomeText(const ConfigWriteFailure& failure)
{
    switch (failure.outcome) {
    case ModuleOutcome::PreviousKept:
        return Texts::tr("The module kept the previous configuration (counter %1); nothing was changed.")
            .arg(failure.activeCounter);
    case ModuleOutcome::NewActive:
        return Texts::tr("The new configuration (counter %1) is active.").arg(failure.activeCounter);
    case ModuleOutcome::Unknown:
        break;
    }
    if (failure.newCounter == 0)
        return Texts::tr("Which configuration the module has is not known: read it with \"config get\".");
    return Texts::tr("Which configuration the module has is not known: read it with \"config get\" (counter %1 "
                     "is the previous configuration, %2 the new one).")
        .arg(failure.previousCounter)
        .arg(failure.newCounter);
}

QStringList failureLines(const ConfigWriteFailure& failure)
{
    QStringList lines { failure.error.title, failure.error.detail };
    for (const config::ValidationIssue& issue : failure.issues)
        lines.append(issue.toString());
    lines.append(outcomeText(failure));
    return lines;
}

} // namespace iotpro::commissioning
