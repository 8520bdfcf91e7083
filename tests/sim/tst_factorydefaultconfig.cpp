// The module's factory default (sim/configuration) and the tool's (core/config) are written
// separately, as a firmware's and a tool's would be; they must agree field for field, because a
// tool applies what a new module reports unchanged.
#include "config/ConfigProto.h"
#include "config/ConfigValidator.h"
#include "config/DeviceConfig.h"
#include "configuration/FactoryDefaultConfig.h"

#include <QTest>
#include <google/protobuf/util/message_differencer.h>

using namespace iotpro;

class tst_FactoryDefaultConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moduleAndToolAgree();
    void toolAcceptsTheModulesDefault();
};

void tst_FactoryDefaultConfig::moduleAndToolAgree()
{
    const v1::DeviceConfig module = sim::factoryDefaultConfig();
    const v1::DeviceConfig tool = config::toProto(config::factoryDefaultConfig());
    google::protobuf::util::MessageDifferencer differencer;
    std::string differences;
    differencer.ReportDifferencesToString(&differences);
    QVERIFY2(differencer.Compare(module, tool), differences.c_str());
    // Byte for byte too: the hash of a configuration depends on its serialization.
    QCOMPARE(module.SerializeAsString(), tool.SerializeAsString());
}

void tst_FactoryDefaultConfig::toolAcceptsTheModulesDefault()
{
    const config::ReadResult<config::DeviceConfig> read = config::fromProto(sim::factoryDefaultConfig());
    QVERIFY(read.ok());
    QVERIFY(config::validate(read.value(), {}).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FactoryDefaultConfig)
#include "tst_factorydefaultconfig.moc"
