#include "modbus/ReferenceMeter.h"
#include "modbus/RegisterMap.h"

#include <QTest>

using namespace iotpro::modbus;

class tst_RegisterMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInSdm630HasTheDomainAddresses_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("address");
        QTest::addColumn<int>("table");
        // From the SDM630 register list (../shared/brief/domain.md section 1).
        const int input = int(RegisterTable::Input);
        QTest::newRow("V1") << u"voltage_l1"_qs << 0x0000 << input;
        QTest::newRow("I3") << u"current_l3"_qs << 0x000A << input;
        QTest::newRow("P2") << u"active_power_l2"_qs << 0x000E << input;
        QTest::newRow("Q1") << u"reactive_power_l1"_qs << 0x0018 << input;
        QTest::newRow("total P") << u"total_active_power"_qs << 0x0034 << input;
        QTest::newRow("frequency") << u"frequency"_qs << 0x0046 << input;
        QTest::newRow("import kWh") << u"import_active_energy"_qs << 0x0048 << input;
        QTest::newRow("total kvarh") << u"total_reactive_energy"_qs << 0x0158 << input;
        QTest::newRow("THD-I 3") << u"thd_current_l3"_qs << 0x00F4 << input;
        QTest::newRow("system type") << u"system_type"_qs << 0x000A << int(RegisterTable::Holding);
        QTest::newRow("serial") << u"serial_number"_qs << 0xFC00 << int(RegisterTable::Holding);
    }
    void builtInSdm630HasTheDomainAddresses()
    {
        QFETCH(QString, name);
        QFETCH(int, address);
        QFETCH(int, table);
        const RegisterMap map = RegisterMap::builtIn(u"sdm630"_qs);
        const RegisterDefinition* definition = map.find(name);
        QVERIFY(definition);
        QCOMPARE(int(definition->address), address);
        QCOMPARE(int(definition->table), table);
        QCOMPARE(definition->wordOrder, WordOrder::HighFirst);
    }

    void builtInProfilesServeTheirTasks()
    {
        const RegisterMap sdm = RegisterMap::builtIn(u"sdm630"_qs);
        QCOMPARE(sdm.defaultUnitId, 1);
        QVERIFY(sdm.select(ReferenceMeter::requiredRegisters()).ok());
        const RegisterMap source = RegisterMap::builtIn(u"simulated-source"_qs);
        QCOMPARE(source.defaultUnitId, 2);
        for (const QString& name : { u"voltage_l1"_qs, u"current_l3"_qs, u"angle_l2"_qs, u"frequency"_qs }) {
            QVERIFY2(source.find(name) && source.find(name)->writable, qPrintable(name));
        }
        QVERIFY(source.find(u"settled"_qs) && !source.find(u"settled"_qs)->writable);
    }

    void readsAProfile()
    {
        const QByteArray json = R"({"name": "swapped", "model": "Test meter", "default_unit_id": 5,
            "word_order": "low_first", "registers": [
              {"name": "v", "address": 16, "table": "input", "type": "float32", "unit": "V"},
              {"name": "e", "address": "0x0100", "table": "holding", "type": "int32", "scale": 0.01,
               "word_order": "high_first", "writable": true}]})";
        const auto map = RegisterMap::fromJson(json, u"swapped.json"_qs);
        QVERIFY2(map.ok(), qPrintable(map.ok() ? QString() : map.error().toString()));
        QCOMPARE(map->defaultUnitId, 5);
        QCOMPARE(map->maxRegistersPerRead, 80);
        const RegisterDefinition* v = map->find(u"v"_qs);
        QVERIFY(v);
        QCOMPARE(v->wordOrder, WordOrder::LowFirst);
        QCOMPARE(v->address, quint16(16));
        const RegisterDefinition* e = map->find(u"e"_qs);
        QVERIFY(e);
        QCOMPARE(e->address, quint16(0x100));
        QCOMPARE(e->scale, 0.01);
        QCOMPARE(e->wordOrder, WordOrder::HighFirst);
        QVERIFY(e->writable);
        QCOMPARE(e->count(), 2);
    }

    void refusesBadProfiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        const QByteArray head = R"({"name": "x", "model": "y", "registers": [)";
        QTest::newRow("not json") << QByteArray("{") << QString();
        QTest::newRow("unknown key") << QByteArray(R"({"name": "x", "model": "y", "registers": [], "regs": 1})")
                                     << u"regs"_qs;
        QTest::newRow("no registers") << QByteArray(R"({"name": "x", "model": "y"})") << u"registers"_qs;
        QTest::newRow("bad type") << head + R"({"name": "a", "address": 0, "table": "input", "type": "float64"}]})"
                                  << u"registers[0].type"_qs;
        QTest::newRow("bad address") << head + R"({"name": "a", "address": 70000, "table": "input", "type": "uint16"}]})"
                                     << u"registers[0].address"_qs;
        QTest::newRow("past the end") << head + R"({"name": "a", "address": "0xFFFF", "table": "input", "type": "int32"}]})"
                                      << u"registers[0].address"_qs;
        QTest::newRow("writable input") << head
                + R"({"name": "a", "address": 0, "table": "input", "type": "uint16", "writable": true}]})"
                                        << u"registers[0].writable"_qs;
        QTest::newRow("zero scale") << head
                + R"({"name": "a", "address": 0, "table": "input", "type": "uint16", "scale": 0}]})"
                                    << u"registers[0].scale"_qs;
        QTest::newRow("twice") << head
                + R"({"name": "a", "address": 0, "table": "input", "type": "uint16"},
                     {"name": "a", "address": 2, "table": "input", "type": "uint16"}]})"
                               << u"registers[1].name"_qs;
    }
    void refusesBadProfiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        const auto map = RegisterMap::fromJson(json, u"bad.json"_qs);
        QVERIFY(!map.ok());
        QCOMPARE(map.error().kind, iotpro::ErrorKind::InvalidFile);
        QVERIFY2(map.error().detail.startsWith(u"bad.json: "_qs + path), qPrintable(map.error().detail));
    }

    void selectNamesTheMissingRegister()
    {
        const RegisterMap map = RegisterMap::builtIn(u"simulated-source"_qs);
        const auto selected = map.select({ u"voltage_l1"_qs, u"total_active_power"_qs });
        QVERIFY(!selected.ok());
        QVERIFY(selected.error().detail.contains(u"total_active_power"_qs));
    }

    void plansFewestReads_data()
    {
        QTest::addColumn<QList<RegisterDefinition>>("definitions");
        QTest::addColumn<int>("maxPerRead");
        QTest::addColumn<int>("maxGap");
        QTest::addColumn<QList<RegisterBlock>>("blocks");
        const auto in = [](quint16 address) {
            RegisterDefinition definition;
            definition.name = u"r%1"_qs.arg(address);
            definition.address = address;
            return definition;
        };
        const auto hold = [](quint16 address) {
            RegisterDefinition definition;
            definition.name = u"h%1"_qs.arg(address);
            definition.address = address;
            definition.table = RegisterTable::Holding;
            return definition;
        };
        const RegisterTable I = RegisterTable::Input;
        QTest::newRow("contiguous") << QList { in(2), in(0), in(4) } << 80 << 0 << QList<RegisterBlock> { { I, 0, 6 } };
        QTest::newRow("gap not bridged") << QList { in(0), in(10) } << 80 << 0
                                         << QList<RegisterBlock> { { I, 0, 2 }, { I, 10, 2 } };
        QTest::newRow("gap bridged") << QList { in(0), in(10) } << 80 << 8 << QList<RegisterBlock> { { I, 0, 12 } };
        QTest::newRow("split at the read limit") << QList { in(0), in(2), in(4) } << 4 << 0
                                                 << QList<RegisterBlock> { { I, 0, 4 }, { I, 4, 2 } };
        QTest::newRow("tables apart") << QList { hold(0), in(0) } << 80 << 100
                                      << QList<RegisterBlock> { { RegisterTable::Holding, 0, 2 }, { I, 0, 2 } };
    }
    void plansFewestReads()
    {
        QFETCH(QList<RegisterDefinition>, definitions);
        QFETCH(int, maxPerRead);
        QFETCH(int, maxGap);
        QFETCH(QList<RegisterBlock>, blocks);
        QCOMPARE(planReads(definitions, maxPerRead, maxGap), blocks);
    }

    void referenceReadIsOneRequestOnAnSdm630()
    {
        const RegisterMap map = RegisterMap::builtIn(u"sdm630"_qs);
        const auto definitions = map.select(ReferenceMeter::requiredRegisters());
        QVERIFY(definitions.ok());
        QCOMPARE(planReads(definitions.value(), map.maxRegistersPerRead, map.maxReadGap).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RegisterMap)
#include "tst_registermap.moc"
