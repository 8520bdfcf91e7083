// The small decisions and words of a configuration write: when the module clock is set, what a
// failed write says the module has, how a network check reads.
#include "commissioning/CommissioningJson.h"
#include "commissioning/ConfigWrite.h"
#include "commissioning/NetworkCheckText.h"
#include "commissioning/OpeningReader.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace iotpro;
using namespace iotpro::commissioning;

class tst_ConfigWriteTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clockNeedsSetting_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<bool>("synchronized");
        QTest::addColumn<bool>("set");
        QTest::newRow("right") << qint64(300) << true << false;
        QTest::newRow("at the tolerance") << qint64(5000) << true << false;
        QTest::newRow("ahead") << qint64(5001) << true << true;
        QTest::newRow("behind") << qint64(-60000) << true << true;
        QTest::newRow("never set since power-up") << qint64(0) << false << true;
    }
    void clockNeedsSetting()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(bool, synchronized);
        QFETCH(bool, set);
        QCOMPARE(commissioning::clockNeedsSetting(offsetMs, synchronized), set);
    }

    void outcome_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<quint64>("active");
        QTest::addColumn<QString>("text");
        QTest::newRow("kept") << int(ModuleOutcome::PreviousKept) << quint64(4)
                              << u"The module kept the previous configuration (counter 4)"_qs;
        QTest::newRow("new") << int(ModuleOutcome::NewActive) << quint64(5)
                             << u"The new configuration (counter 5) is active."_qs;
        QTest::newRow("unknown") << int(ModuleOutcome::Unknown) << quint64(0)
                                 << u"(counter 4 is the previous configuration, 5 the new one)"_qs;
    }
    void outcome()
    {
        QFETCH(int, outcome);
        QFETCH(quint64, active);
        QFETCH(QString, text);
        ConfigWriteFailure failure;
        failure.outcome = ModuleOutcome(outcome);
        failure.activeCounter = active;
        failure.previousCounter = 4;
        failure.newCounter = 5;
        QVERIFY2(outcomeText(failure).contains(text), qPrintable(outcomeText(failure)));
    }

    void everyStepHasItsWordsAndName()
    {
        QSet<QString> names;
        for (int step = int(WriteStep::ReadState); step <= int(WriteStep::NetworkCheck); ++step) {
            QVERIFY(!stepText(WriteStep(step)).isEmpty());
            names.insert(stepName(WriteStep(step)));
        }
        QCOMPARE(names.size(), int(WriteStep::NetworkCheck) + 1);
        QVERIFY(!names.contains(QString()));
    }

    // A failure says why and what to do; a pass gives the figures installers record.
    void networkCheckLines()
    {
        NetworkCheckReport report;
        report.wifi = { CheckState::Failed, WifiFailure::WrongPassphrase, u"Plant-IoT"_qs, {}, 0, 0, {}, {} };
        report.lorawan = { CheckState::Passed, LorawanFailure::None, 1, QByteArray::fromHex("260b1234"), -97, 7.5, 18, 3, 5 };
        report.cellular = { CheckState::Failed, CellularFailure::NoSim, {}, {}, 0, 0, 0, {} };
        report.gps = { CheckState::NotFitted, GpsFailure::None, 0, 0, 0, 0, 0, 0, 0 };
        const QList<NetworkCheckLine> lines = describeNetworkCheck(report);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines[0].text.contains(u"refused the passphrase"), qPrintable(lines[0].text));
        QVERIFY2(lines[1].text.contains(u"260B1234") && lines[1].text.contains(u"link margin 18 dB")
                && lines[1].text.contains(u"3 gateway(s)"),
            qPrintable(lines[1].text));
        QVERIFY2(lines[2].text.contains(u"no SIM"), qPrintable(lines[2].text));
        QCOMPARE(lines[3].text, u"not fitted"_qs);
        QVERIFY(report.anyFailed());
        QVERIFY(report.anyNetworkPassed());

        const QJsonObject json = toJson(report);
        QCOMPARE(json[u"wifi"][u"state"].toString(), u"failed"_qs);
        QCOMPARE(json[u"wifi"][u"failure"].toString(), u"wrong_passphrase"_qs);
        QCOMPARE(json[u"lorawan"][u"dev_addr"].toString(), u"260b1234"_qs);
        QCOMPARE(json[u"gps"][u"state"].toString(), u"not_fitted"_qs);
    }

    void unknownResultsCountAsFailures()
    {
        NetworkCheckReport report;
        report.wifi.state = CheckState::Disabled;
        report.lorawan.state = CheckState::Disabled;
        report.cellular.state = CheckState::Disabled;
        report.gps.state = CheckState::Unknown;
        QVERIFY(report.anyFailed());
        QVERIFY(!report.anyNetworkPassed());
        report.gps.state = CheckState::Disabled;
        QVERIFY(!report.anyFailed());
    }
};

QTEST_GUILESS_MAIN(tst_ConfigWriteTexts)
#include "tst_configwritetexts.moc"
