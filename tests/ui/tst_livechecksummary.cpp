// What the verdict banner says for every state of the stream and the check: always a word,
// never colour alone, and never a verdict on readings that stopped.
#include "LiveCheckController.h"
#include "LiveCheckSummary.h"
#include "LiveSnapshots.h"

#include <QTest>

using namespace iotpro;
using namespace iotpro::ui;
using Level = LiveCheckSummary::Level;
using State = LiveStreamController::State;

namespace {

const livesnapshots::Site kCorrect = livesnapshots::correctSite(electrical::Wiring::ThreePhaseFourWire);

/// A check fed `count` snapshots of `site`.
std::unique_ptr<LiveCheckController> checkOf(const livesnapshots::Site& site, int count)
{
    auto check = std::make_unique<LiveCheckController>();
    for (int sequence = 1; sequence <= count; ++sequence)
        check->addSnapshot(livesnapshots::snapshotOf(site, quint64(sequence)));
    return check;
}

} // namespace

class tst_LiveCheckSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void banner_data()
    {
        QTest::addColumn<State>("stream");
        QTest::addColumn<livesnapshots::Site>("site");
        QTest::addColumn<int>("snapshots");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("headline");

        livesnapshots::Site light = kCorrect;
        light.load.current = { 40.0, 4.0, 40.0 };
        livesnapshots::Site twoProblems
            = livesnapshots::reversedCt(livesnapshots::reversedCt(kCorrect, 2), 3);

        QTest::newRow("not connected") << State::Off << kCorrect << 0 << Level::Idle << u"NOT CONNECTED"_qs
                                       << u"Connect to a module to check its wiring live."_qs;
        QTest::newRow("starting") << State::Starting << kCorrect << 0 << Level::Waiting << u"WAITING"_qs
                                  << u"Starting the live readings…"_qs;
        QTest::newRow("collecting") << State::Live << kCorrect << 5 << Level::Waiting << u"CHECKING"_qs
                                    << u"Collecting steady readings…"_qs;
        QTest::newRow("pass") << State::Live << kCorrect << 21 << Level::Pass << u"PASS"_qs
                              << u"Every CT is on its phase and faces the right way."_qs;
        QTest::newRow("fail") << State::Live << livesnapshots::reversedCt(kCorrect, 2) << 21 << Level::Fail
                              << u"FAIL"_qs << u"CT on input 2 faces the wrong way"_qs;
        QTest::newRow("two problems") << State::Live << twoProblems << 21 << Level::Fail << u"FAIL"_qs
                                      << u"CT on input 2 faces the wrong way (and 1 more)"_qs;
        QTest::newRow("check") << State::Live << light << 21 << Level::Check << u"CHECK"_qs
                               << u"Too little load on input 2 for a verdict"_qs;
        // Readings that stopped win over any verdict: what is shown is not current.
        QTest::newRow("stalled after a fail")
            << State::Stalled << livesnapshots::reversedCt(kCorrect, 2) << 21 << Level::Waiting
            << u"NO READINGS"_qs << u"No readings for 2 s: what is shown is not current."_qs;
    }

    void banner()
    {
        QFETCH(State, stream);
        QFETCH(livesnapshots::Site, site);
        QFETCH(int, snapshots);
        QFETCH(Level, level);
        QFETCH(QString, word);
        QFETCH(QString, headline);

        const std::unique_ptr<LiveCheckController> check = checkOf(site, snapshots);
        const LiveCheckSummary summary = summarizeLiveCheck(stream, std::nullopt, *check);
        QCOMPARE(summary.level, level);
        QCOMPARE(summary.word, word);
        QCOMPARE(summary.headline, headline);
        if (level == Level::Pass || level == Level::Fail || level == Level::Check)
            QVERIFY2(summary.detail.startsWith(u"From the last 2 s of steady readings"),
                qPrintable(summary.detail));
    }

    void failedStreamSaysWhy()
    {
        LiveCheckController check;
        const Error error { ErrorKind::Unsupported, u"Not available"_qs,
            u"Update the module's firmware."_qs };
        const LiveCheckSummary summary = summarizeLiveCheck(State::Failed, error, check);
        QCOMPARE(summary.word, u"NO LIVE READINGS"_qs);
        QCOMPARE(summary.headline, error.title);
        QCOMPARE(summary.detail, error.detail);
    }
};

QTEST_GUILESS_MAIN(tst_LiveCheckSummary)
#include "tst_livechecksummary.moc"
