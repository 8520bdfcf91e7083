// The live readings table: a well-behaved model (QAbstractItemModelTester), the numbers and
// units it shows, totals, updates without resets, and energy registers shown exactly.
#include "LiveReadingsModel.h"
#include "LiveSnapshots.h"
#include "ReadingFormat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;
using Column = LiveReadingsModel::Column;

namespace {

LiveSnapshot snapshot(electrical::Wiring wiring = electrical::Wiring::ThreePhaseFourWire)
{
    return livesnapshots::snapshotOf(livesnapshots::correctSite(wiring, 25.0, 40.0), 1);
}

} // namespace

class tst_LiveReadingsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    void passesTheModelTester()
    {
        LiveReadingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot());
        model.setSnapshot(snapshot()); // same shape: data only
        model.setSnapshot(snapshot(electrical::Wiring::ThreePhaseThreeWire));
        model.setSnapshot(snapshot(electrical::Wiring::SinglePhase));
        model.retranslate();
        model.clear();
        model.setSnapshot(snapshot());
    }

    void rowsAreElementsAndTotal_data()
    {
        QTest::addColumn<electrical::Wiring>("wiring");
        QTest::addColumn<QStringList>("rowNames");
        QTest::newRow("3P4W") << electrical::Wiring::ThreePhaseFourWire
                              << QStringList { u"L1"_qs, u"L2"_qs, u"L3"_qs, u"Total"_qs };
        QTest::newRow("3P3W") << electrical::Wiring::ThreePhaseThreeWire
                              << QStringList { u"L1 (V12)"_qs, u"L3 (V32)"_qs, u"Total"_qs };
        QTest::newRow("1P") << electrical::Wiring::SinglePhase << QStringList { u"L1"_qs, u"Total"_qs };
    }

    void rowsAreElementsAndTotal()
    {
        QFETCH(electrical::Wiring, wiring);
        QFETCH(QStringList, rowNames);
        LiveReadingsModel model;
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(LiveReadingsModel::ColumnCount));
        model.setSnapshot(snapshot(wiring));
        QCOMPARE(model.rowCount(), rowNames.size());
        for (int row = 0; row < rowNames.size(); ++row)
            QCOMPARE(model.headerData(row, Qt::Vertical).toString(), rowNames[row]);
    }

    void cellsShowValuesWithUnitsInHeaders_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("element1");
        QTest::addColumn<QString>("total");

        // 230 V, 40 A at 25° lagging: S = 9.2 kVA, P = 8.338 kW, Q = 3.888 kvar per phase.
        QTest::newRow("voltage") << int(Column::Voltage) << u"V\n(V)"_qs << u"230.0"_qs << QString();
        QTest::newRow("current") << int(Column::Current) << u"I\n(A)"_qs << u"40.00"_qs << QString();
        QTest::newRow("CT load") << int(Column::RatingShare) << u"CT load\n(%)"_qs << u"40"_qs << QString();
        QTest::newRow("P") << int(Column::ActivePower) << u"P\n(kW)"_qs << u"8.34"_qs << u"25.01"_qs;
        QTest::newRow("Q") << int(Column::ReactivePower) << u"Q\n(kvar)"_qs << u"3.89"_qs << u"11.66"_qs;
        QTest::newRow("S") << int(Column::ApparentPower) << u"S\n(kVA)"_qs << u"9.20"_qs << u"27.60"_qs;
        QTest::newRow("PF") << int(Column::PowerFactor) << u"PF"_qs << u"0.91"_qs << u"0.91"_qs;
        QTest::newRow("angle") << int(Column::Angle) << u"Angle\n(°)"_qs << u"25.0"_qs << QString();
        QTest::newRow("THD-V") << int(Column::ThdVoltage) << u"THD-V\n(%)"_qs << u"2.1"_qs << QString();
        QTest::newRow("THD-I") << int(Column::ThdCurrent) << u"THD-I\n(%)"_qs << u"8.4"_qs << QString();
    }

    void cellsShowValuesWithUnitsInHeaders()
    {
        QFETCH(int, column);
        QFETCH(QString, header);
        QFETCH(QString, element1);
        QFETCH(QString, total);
        LiveReadingsModel model;
        model.setSnapshot(snapshot());
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header);
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.index(0, column).data().toString(), element1);
        const QModelIndex totalCell = model.index(3, column);
        QCOMPARE(totalCell.data().toString(), total);
        QCOMPARE(totalCell.data(LiveReadingsModel::ValueRole).isValid(), !total.isEmpty());
        QCOMPARE(model.index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
            Qt::AlignRight | Qt::AlignVCenter);
    }

    void numbersFollowTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        LiveReadingsModel model;
        model.setSnapshot(snapshot());
        QCOMPARE(model.index(0, Column::Voltage).data().toString(), u"230,0"_qs);
        QCOMPARE(model.index(0, Column::Voltage).data(LiveReadingsModel::ValueRole).toDouble(), 230.0);
    }

    void sameShapeUpdatesDataOnly()
    {
        LiveReadingsModel model;
        model.setSnapshot(snapshot());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        LiveSnapshot next = snapshot();
        next.elements[1].voltage = 231.5;
        model.setSnapshot(next);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(1, Column::Voltage).data().toString(), u"231.5"_qs);

        model.setSnapshot(snapshot(electrical::Wiring::ThreePhaseThreeWire));
        QCOMPARE(resets.count(), 1);
        model.clear();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void ratingShareNeedsARating()
    {
        LiveSnapshot s = snapshot();
        s.setup.ctPrimaryA = { 100.0, 0.0 };
        LiveReadingsModel model;
        model.setSnapshot(s);
        QCOMPARE(model.index(0, Column::RatingShare).data().toString(), u"40"_qs);
        QVERIFY(model.index(1, Column::RatingShare).data().toString().isEmpty());
        QVERIFY(model.index(2, Column::RatingShare).data().toString().isEmpty());
    }

    void energyAsKilowattHoursExactly_data()
    {
        QTest::addColumn<quint64>("wattHours");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("shown");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        QTest::newRow("zero") << quint64(0) << english << u"0.000"_qs;
        QTest::newRow("1 Wh") << quint64(1) << english << u"0.001"_qs;
        QTest::newRow("999 Wh") << quint64(999) << english << u"0.999"_qs;
        QTest::newRow("1 kWh") << quint64(1000) << english << u"1.000"_qs;
        QTest::newRow("grouped") << quint64(12'345'678) << english << u"12,345.678"_qs;
        QTest::newRow("German") << quint64(12'345'678) << german << u"12.345,678"_qs;
        QTest::newRow("Spanish") << quint64(1'234'500) << spanish << u"1234,500"_qs;
        // Beyond what a double holds exactly (2^53): integer arithmetic keeps every digit.
        QTest::newRow("2^53 + 1") << quint64(9'007'199'254'740'993) << english << u"9,007,199,254,740.993"_qs;
        QTest::newRow("largest register")
            << std::numeric_limits<quint64>::max() << english << u"18,446,744,073,709,551.615"_qs;
    }

    void energyAsKilowattHoursExactly()
    {
        QFETCH(quint64, wattHours);
        QFETCH(QLocale, locale);
        QFETCH(QString, shown);
        QCOMPARE(formatKiloFromUnits(wattHours, locale), shown);
    }

    void ampsAsPeopleSayThem_data()
    {
        QTest::addColumn<double>("amps");
        QTest::addColumn<QString>("shown");
        QTest::newRow("whole") << 10.0 << u"10"_qs;
        QTest::newRow("tenths") << 4.1 << u"4.1"_qs;
        QTest::newRow("rounds") << 5.86 << u"5.9"_qs;
        QTest::newRow("rounds to whole") << 9.96 << u"10"_qs;
    }

    void ampsAsPeopleSayThem()
    {
        QFETCH(double, amps);
        QFETCH(QString, shown);
        QCOMPARE(formatAmps(amps), shown);
    }
};

QTEST_GUILESS_MAIN(tst_LiveReadingsModel)
#include "tst_livereadingsmodel.moc"
