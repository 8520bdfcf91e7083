#pragma once

#include "calibration/BenchLinks.h"
#include "calibration/Certificate.h"
#include "calibration/ReferenceStandard.h"
#include "calibration/TestPlan.h"
#include "common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace iotpro::cli {

/// What `iotpro-cli calibrate` was asked to do, every value checked.
struct CalibrateOptions
{
    calibration::BenchAddresses bench;
    calibration::TestPlan plan;
    calibration::ReferenceStandard reference;
    calibration::AmbientConditions ambient;
    QString operatorName;
    QString certificatePath;
    QString csvPath; ///< empty: no CSV log
    /// Adjust the module after the run and check it again (docs/calibration.md, "Adjustment").
    bool adjust = false;
    QString factoryKeyPath; ///< with adjust: the factory's signing key
    QString passphrasePath; ///< its passphrase file when encrypted; empty: none
    /// The production batch: recorded with each certificate; a module that already passed in it is skipped.
    QString batch;
};

/// The options of `iotpro-cli calibrate` and their parsing.
class CalibrateOptionParser
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::cli::CalibrateCommand)

public:
    static QList<QCommandLineOption> options();
    /// The options from `parser`; a usage error naming the option at fault otherwise.
    static Result<CalibrateOptions> parse(const QCommandLineParser& parser);
};

} // namespace iotpro::cli
