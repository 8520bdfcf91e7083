// The limits table: embedded as built, and read strictly.
#include "config/ConfigLimits.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>
#include <functional>

using namespace iotpro::config;

Q_DECLARE_METATYPE(iotpro::config::Range)

namespace {

QByteArray sourceTable()
{
    QFile file(QStringLiteral(IOTPRO_SOURCE_DIR "/resources/config/limits.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The source table with the value at `path` ("network.wifi_ssid_bytes.max") replaced, or removed
/// when `value` is undefined.
QByteArray tableWith(const QString& path, const QJsonValue& value)
{
    const QStringList keys = path.split(u'.');
    std::function<QJsonObject(QJsonObject, qsizetype)> edit = [&](QJsonObject object, qsizetype depth) {
        const QString& key = keys[depth];
        if (depth + 1 == keys.size()) {
            if (value.isUndefined())
                object.remove(key);
            else
                object.insert(key, value);
        } else {
            object.insert(key, edit(object.value(key).toObject(), depth + 1));
        }
        return object;
    };
    return QJsonDocument(edit(QJsonDocument::fromJson(sourceTable()).object(), 0)).toJson();
}

} // namespace

class tst_ConfigLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedTableIsTheSourceFile()
    {
        QFile embedded(ConfigLimits::ResourcePath.toString());
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QCOMPARE(embedded.readAll(), sourceTable());
    }

    void builtInReadsTheTable()
    {
        const ConfigLimits limits = ConfigLimits::builtIn();
        QCOMPARE(limits, ConfigLimits::fromJson(sourceTable()).value());
        // A few values the domain fixes, as a check that the table is read into the right places.
        QCOMPARE(limits.network.wifiSsidBytes, (Range { 1, 32, false }));
        QCOMPARE(limits.network.wifiPassphraseChars, (Range { 8, 63, false }));
        QCOMPARE(limits.network.wifiRawPskHexDigits, 64);
        QCOMPARE(limits.network.lorawanEuiHexDigits, 16);
        QCOMPARE(limits.network.lorawanAppKeyHexDigits, 32);
        QCOMPARE(limits.network.regionsWithSubBands,
            (QList<LorawanRegion> { LorawanRegion::Us915, LorawanRegion::Au915 }));
        QCOMPARE(limits.network.lorawanSubBand, (Range { 1, 8, false }));
        QCOMPARE(limits.network.cellularApnBytes.max, 100.0);
        QCOMPARE(limits.metering.ctRatingA, (Range { 1, 10000, false }));
        QCOMPARE(limits.metering.standardCtRatingsA, (QList<quint32> { 100, 250, 500, 1000, 2000 }));
        QVERIFY(limits.metering.nominalVoltagesV.value(Wiring::ThreePhaseFourWire).contains(230));
        QVERIFY(limits.metering.nominalVoltagesV.value(Wiring::ThreePhaseThreeWire).contains(400));
        QCOMPARE(limits.inputs.pulseMinWidthMs.min, 30.0);
        QCOMPARE(limits.inputs.pulseWeight, (Range { 0, 1000000, true }));
        QCOMPARE(limits.inputs.analogInputV, (Range { 0, 30, false }));
    }

    void rangeBounds_data()
    {
        QTest::addColumn<Range>("range");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("contained");
        const Range inclusive { 1, 8, false };
        const Range aboveZero { 0, 10, true };
        QTest::newRow("below") << inclusive << 0.0 << false;
        QTest::newRow("at min") << inclusive << 1.0 << true;
        QTest::newRow("at max") << inclusive << 8.0 << true;
        QTest::newRow("above") << inclusive << 8.5 << false;
        QTest::newRow("NaN") << inclusive << std::nan("") << false;
        QTest::newRow("at an excluded min") << aboveZero << 0.0 << false;
        QTest::newRow("just above an excluded min") << aboveZero << 1e-9 << true;
    }
    void rangeBounds()
    {
        QFETCH(Range, range);
        QFETCH(double, value);
        QFETCH(bool, contained);
        QCOMPARE(range.contains(value), contained);
    }

    void refusesABrokenTable_data()
    {
        QTest::addColumn<QByteArray>("table");
        QTest::addColumn<QString>("path");

        QTest::newRow("not JSON") << QByteArray("{ \"format_version\": 1,") << QString();
        QTest::newRow("not an object") << QByteArray("[]") << QString();
        QTest::newRow("another format version") << tableWith(u"format_version"_qs, 2) << u"format_version"_qs;
        QTest::newRow("a section missing") << tableWith(u"gps"_qs, QJsonValue::Undefined) << u"gps"_qs;
        QTest::newRow("a bound missing") << tableWith(u"network.wifi_ssid_bytes.max"_qs,
            QJsonValue::Undefined) << u"network.wifi_ssid_bytes.max"_qs;
        QTest::newRow("text for a number")
            << tableWith(u"network.wifi_ssid_bytes.max"_qs, u"32"_qs) << u"network.wifi_ssid_bytes.max"_qs;
        QTest::newRow("max below min") << tableWith(u"inputs.dry_contact_debounce_ms.max"_qs, 10)
                                       << u"inputs.dry_contact_debounce_ms"_qs;
        QTest::newRow("negative count")
            << tableWith(u"installation.text_max_bytes"_qs, -1) << u"installation.text_max_bytes"_qs;
        QTest::newRow("fractional count")
            << tableWith(u"network.lorawan_eui_hex_digits"_qs, 16.5) << u"network.lorawan_eui_hex_digits"_qs;
        QTest::newRow("a wiring missing") << tableWith(u"metering.nominal_voltages_v.WIRING_1P"_qs,
            QJsonValue::Undefined) << u"metering.nominal_voltages_v.WIRING_1P"_qs;
        QTest::newRow("a list of text") << tableWith(u"metering.demand_periods_s"_qs,
            QJsonArray { u"15 min"_qs }) << u"metering.demand_periods_s"_qs;
        QTest::newRow("an unknown region")
            << tableWith(u"network.lorawan_sub_bands.regions"_qs, QJsonArray { u"LORAWAN_REGION_US902"_qs })
            << u"network.lorawan_sub_bands.regions"_qs;
    }
    void refusesABrokenTable()
    {
        QFETCH(QByteArray, table);
        QFETCH(QString, path);
        const ReadResult<ConfigLimits> read = ConfigLimits::fromJson(table);
        QVERIFY(!read.ok());
        QCOMPARE(read.problem().fieldPath, path);
        QVERIFY(!read.problem().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ConfigLimits)
#include "tst_configlimits.moc"
