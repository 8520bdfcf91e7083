// The wizard's workflow model without widgets or a module: which step, what keeps it there, the
// draft and its problems, a lost link that keeps everything, the same module resuming, another
// module refused, and a write interrupted by a lost link recognised when the module is back.
#include "commissioning/CommissioningSession.h"
#include "commissioning/CommissioningStep.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace iotpro;
using namespace iotpro::commissioning;

using Edit = std::function<void(config::DeviceConfig&)>;
Q_DECLARE_METATYPE(Edit)

namespace {

DeviceInfo module(const QString& serial = u"SIM-000001"_qs, bool allOptions = true)
{
    DeviceInfo info;
    info.serialNumber = serial;
    info.options = { allOptions, allOptions, allOptions, allOptions };
    return info;
}

/// A never-configured module's state, as ConfigGet reports it.
ConfigState factoryState()
{
    ConfigState state;
    state.config = config::factoryDefaultConfig();
    return state;
}

/// The session linked to a read module, on the step after Identify (Site).
void linkAndIdentify(CommissioningSession& session, const DeviceInfo& info = module())
{
    session.linkUp(info);
    session.moduleStateRead(factoryState());
    QVERIFY(session.next());
    session.setModuleIdentified(true);
    QVERIFY(session.next());
    QCOMPARE(session.step(), Step::Site);
}

} // namespace

class tst_CommissioningSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWaitingForAModule()
    {
        CommissioningSession session;
        QCOMPARE(session.step(), Step::Connect);
        QCOMPARE(session.blocker(), Blocker::NotConnected);
        QVERIFY(!session.next());
        QVERIFY(!session.back());
    }

    void readsTheModuleAndStartsFromItsConfiguration()
    {
        CommissioningSession session;
        QSignalSpy wanted(&session, &CommissioningSession::moduleStateWanted);
        QSignalSpy replaced(&session, &CommissioningSession::draftReplaced);
        session.linkUp(module());
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(session.blocker(), Blocker::ReadingModule);

        ConfigState state = factoryState();
        state.counter = 4;
        state.activeSlot = 2;
        state.config.installation.site = u"Hall B"_qs;
        state.config.network.wifi.passphraseSet = true;
        session.moduleStateRead(state);
        QCOMPARE(session.blocker(), Blocker::None);
        QCOMPARE(session.draft(), state.config);
        QCOMPARE(replaced.count(), 1);
        QVERIFY(session.issues().isEmpty());
    }

    void failedReadIsShownAndRetried()
    {
        CommissioningSession session;
        session.linkUp(module());
        session.moduleStateReadFailed(Errors::make(ErrorKind::Timeout, u"no reply"_qs));
        QCOMPARE(session.blocker(), Blocker::ReadFailed);
        QVERIFY(session.readError());
        QSignalSpy wanted(&session, &CommissioningSession::moduleStateWanted);
        session.retryModuleState();
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(session.blocker(), Blocker::ReadingModule);
    }

    void identifyNeedsTheTechniciansWord()
    {
        CommissioningSession session;
        session.linkUp(module());
        session.moduleStateRead(factoryState());
        QVERIFY(session.next());
        QCOMPARE(session.blocker(), Blocker::NotIdentified);
        QVERIFY(!session.next());
        session.setModuleIdentified(true);
        QVERIFY(session.next());
        QCOMPARE(session.step(), Step::Site);
    }

    void invalidFieldBlocksItsStep_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<Step>("step");
        QTest::addColumn<QString>("field");

        QTest::newRow("site too long")
            << Edit([](config::DeviceConfig& c) { c.installation.site = QString(65, u'x'); }) << Step::Site
            << u"installation.site"_qs;
        QTest::newRow("3P3W at a line-to-neutral voltage")
            << Edit([](config::DeviceConfig& c) { c.metering.wiring = config::Wiring::ThreePhaseThreeWire; })
            << Step::Wiring << u"metering.nominal_voltage_v"_qs;
        QTest::newRow("CT without a rating")
            << Edit([](config::DeviceConfig& c) { c.metering.ctInputs[1].ratingA = 0; }) << Step::CurrentTransformers
            << u"metering.ct_inputs[1].rating_a"_qs;
        QTest::newRow("two CTs on one phase")
            << Edit([](config::DeviceConfig& c) { c.metering.ctInputs[2].phase = 1; }) << Step::CurrentTransformers
            << u"metering.ct_inputs[2].phase"_qs;
        QTest::newRow("pulses without a unit") << Edit([](config::DeviceConfig& c) {
            c.inputs.digitalInputs[0].mode = config::DigitalInputMode::Pulse;
            c.inputs.digitalInputs[0].pulse.unit.clear();
        }) << Step::Inputs << u"inputs.digital_inputs[0].pulse.unit"_qs;
        QTest::newRow("Wi-Fi without a name")
            << Edit([](config::DeviceConfig& c) {
                   c.network.wifi.enabled = true;
                   c.network.wifi.passphrase = u"correct horse battery"_qs;
               })
            << Step::Network << u"network.wifi.ssid"_qs;
        QTest::newRow("Wi-Fi without a stored or new passphrase") << Edit([](config::DeviceConfig& c) {
            c.network.wifi.enabled = true;
            c.network.wifi.ssid = u"Plant-IoT"_qs;
        }) << Step::Network << u"network.wifi.passphrase"_qs;
        QTest::newRow("GPS fix too rare") << Edit([](config::DeviceConfig& c) {
            c.gps.enabled = true;
            c.gps.fixIntervalS = 100000;
        }) << Step::Network << u"gps.fix_interval_s"_qs;
    }

    void invalidFieldBlocksItsStep()
    {
        QFETCH(Edit, edit);
        QFETCH(Step, step);
        QFETCH(QString, field);
        CommissioningSession session;
        linkAndIdentify(session);
        session.setLiveCheckAcknowledged(true);
        session.editDraft(edit);

        QCOMPARE(stepOfField(field), step);
        QCOMPARE(session.issuesOf(step).constFirst().fieldPath, field);
        QCOMPARE(session.blockerAt(step), Blocker::InvalidFields);
        QCOMPARE(session.blockerAt(Step::Review), Blocker::InvalidFields); // Review sees every problem
        // The wizard walks up to the step with the problem and stops there.
        while (session.next()) { }
        QCOMPARE(session.step(), step);
        QCOMPARE(session.blocker(), Blocker::InvalidFields);
    }

    void optionNotFittedIsAProblemOfTheNetworkStep()
    {
        CommissioningSession session;
        linkAndIdentify(session, module(u"SIM-000002"_qs, false));
        session.editDraft([](config::DeviceConfig& c) { c.gps.enabled = true; });
        QCOMPARE(session.issuesOf(Step::Network).constFirst().fieldPath, u"gps.enabled"_qs);
    }

    void storedSecretNeedsNoRetyping()
    {
        CommissioningSession session;
        session.linkUp(module());
        ConfigState state = factoryState();
        state.config.network.wifi = { true, u"Plant-IoT"_qs, config::WifiSecurity::Wpa2Psk, QString(), true, {} };
        session.moduleStateRead(state);
        QVERIFY(session.issues().isEmpty());
        // The draft's flag does not decide: the module's does.
        session.editDraft([](config::DeviceConfig& c) { c.network.wifi.passphraseSet = false; });
        QVERIFY(session.issues().isEmpty());
        QVERIFY(session.draftToWrite().network.wifi.passphraseSet);
    }

    void liveCheckNeedsPassOrConfirmation()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        while (session.next()) { }
        QCOMPARE(session.step(), Step::LiveCheck);
        QCOMPARE(session.blocker(), Blocker::LiveCheckNotAccepted);
        session.setLiveCheckPassed(true);
        QCOMPARE(session.blocker(), Blocker::None);
        session.setLiveCheckPassed(false);
        session.setLiveCheckAcknowledged(true);
        QVERIFY(session.next());
        QCOMPARE(session.step(), Step::Inputs);
    }

    void writeMovesOnToVerifyAndForgetsTheSecrets()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        session.setLiveCheckPassed(true);
        session.editDraft([](config::DeviceConfig& c) {
            c.network.wifi = { true, u"Plant-IoT"_qs, config::WifiSecurity::Wpa2Psk, u"correct horse battery"_qs, false, {} };
        });
        while (session.next()) { }
        QCOMPARE(session.step(), Step::SignAndWrite);
        QCOMPARE(session.blocker(), Blocker::NotWritten);

        session.setWriteInProgress(true);
        QVERIFY(!session.back()); // a write runs: the wizard stays
        QSignalSpy wanted(&session, &CommissioningSession::moduleStateWanted);
        QSignalSpy replaced(&session, &CommissioningSession::draftReplaced);
        session.recordWrite({ 1, QByteArray(32, 'h') });
        QCOMPARE(session.step(), Step::Verify);
        QVERIFY(!session.isWriteInProgress());
        QCOMPARE(wanted.count(), 1); // Review compares with what the module runs now
        QCOMPARE(replaced.count(), 1);
        QVERIFY(session.draft().network.wifi.passphrase.isEmpty());
        QVERIFY(session.draft().network.wifi.passphraseSet);

        session.setNetworkCheckRunning(true);
        QCOMPARE(session.blocker(), Blocker::NetworkCheckRunning);
        session.setNetworkCheckRunning(false);
        QVERIFY(session.next());
        QCOMPARE(session.step(), Step::Done);
        QCOMPARE(session.blocker(), Blocker::LastStep);
    }

    void editAfterTheWriteMustBeWrittenAgain()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        session.setLiveCheckPassed(true);
        while (session.next()) { }
        session.recordWrite({ 1, QByteArray(32, 'h') });
        ConfigState written = factoryState();
        written.counter = 1;
        written.payloadSha256 = QByteArray(32, 'h');
        session.moduleStateRead(written);
        QVERIFY(session.written());
        QVERIFY(session.goTo(Step::Site));
        session.editDraft([](config::DeviceConfig& c) { c.installation.panel = u"MDB-3"_qs; });
        QVERIFY(!session.written());
        while (session.next()) { }
        QCOMPARE(session.step(), Step::SignAndWrite);
    }

    void lostLinkKeepsEverythingAndTheSameModuleResumes()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        session.setLiveCheckPassed(true);
        QVERIFY(session.goTo(Step::Site));
        session.editDraft([](config::DeviceConfig& c) { c.installation.site = u"Hall B"_qs; });
        while (session.step() != Step::Inputs && session.next()) { }
        QCOMPARE(session.step(), Step::Inputs);

        session.linkDown();
        QCOMPARE(session.step(), Step::Inputs);
        QCOMPARE(session.draft().installation.site, u"Hall B"_qs);
        // Editing goes on without the module; the steps that talk to it wait for it.
        QCOMPARE(session.blocker(), Blocker::None);
        QCOMPARE(session.blockerAt(Step::LiveCheck), Blocker::NotConnected);

        QSignalSpy replaced(&session, &CommissioningSession::draftReplaced);
        QSignalSpy wanted(&session, &CommissioningSession::moduleStateWanted);
        QSignalSpy changed(&session, &CommissioningSession::changed);
        session.linkUp(module());
        QCOMPARE(wanted.count(), 1);
        QVERIFY(changed.count() > 0); // the link is back: the wizard says so at once
        session.moduleStateRead(factoryState());
        QCOMPARE(session.step(), Step::Inputs);
        QCOMPARE(session.draft().installation.site, u"Hall B"_qs);
        QCOMPARE(replaced.count(), 0);
        QVERIFY(session.isModuleIdentified());
    }

    void anotherModuleIsRefusedUntilTheUserStartsOver()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        session.editDraft([](config::DeviceConfig& c) { c.installation.site = u"Hall B"_qs; });
        session.linkDown();
        QSignalSpy wanted(&session, &CommissioningSession::moduleStateWanted);
        session.linkUp(module(u"SIM-000099"_qs));
        QCOMPARE(wanted.count(), 0); // its configuration is of no use to this commissioning
        QCOMPARE(session.otherModule()->serialNumber, u"SIM-000099"_qs);
        QCOMPARE(session.module()->serialNumber, u"SIM-000001"_qs);
        for (const Step step : { Step::Site, Step::Review, Step::SignAndWrite })
            QCOMPARE(session.blockerAt(step), Blocker::OtherModule);
        QCOMPARE(session.draft().installation.site, u"Hall B"_qs);

        session.startOver();
        QCOMPARE(session.step(), Step::Connect);
        QCOMPARE(session.module()->serialNumber, u"SIM-000099"_qs);
        QVERIFY(!session.otherModule());
        QCOMPARE(wanted.count(), 1);
        session.moduleStateRead(factoryState());
        QVERIFY(session.draft().installation.site.isEmpty());
        QVERIFY(!session.isModuleIdentified());
    }

    void aPreparedDraftIsKeptForTheModuleThatLinks_data()
    {
        QTest::addColumn<bool>("linkedBefore");
        QTest::newRow("started from the history, then the module is connected") << false;
        QTest::newRow("started from the history while a module is linked") << true;
    }

    void aPreparedDraftIsKeptForTheModuleThatLinks()
    {
        // A template or a planned circuit (the job history) is what this module starts from: the
        // configuration the module runs now does not replace it.
        QFETCH(bool, linkedBefore);
        CommissioningSession session;
        if (linkedBefore)
            linkAndIdentify(session);
        config::DeviceConfig prepared = config::factoryDefaultConfig();
        prepared.installation.site = u"Plant 2, Hall B"_qs;
        prepared.metering.ctInputs[0].ratingA = 250;
        QSignalSpy replaced(&session, &CommissioningSession::draftReplaced);
        QVERIFY(session.startFrom(prepared));
        QCOMPARE(session.step(), Step::Connect);
        QVERIFY(!session.isModuleIdentified());
        QVERIFY(replaced.count() >= 1);
        if (!linkedBefore)
            session.linkUp(module());
        ConfigState running = factoryState();
        running.config.installation.site = u"Workshop"_qs;
        running.counter = 3;
        session.moduleStateRead(running);
        QCOMPARE(session.draft(), prepared);

        session.startOver(); // a plain new start takes the module's configuration again
        session.moduleStateRead(running);
        QCOMPARE(session.draft().installation.site, u"Workshop"_qs);
    }

    void noPreparedDraftWhileAWriteRuns()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        session.editDraft([](config::DeviceConfig& c) { c.installation.site = u"Hall B"_qs; });
        session.setWriteInProgress(true);
        QVERIFY(!session.startFrom(config::factoryDefaultConfig()));
        QCOMPARE(session.draft().installation.site, u"Hall B"_qs);
        QCOMPARE(session.step(), Step::Site);
    }

    void anotherModuleBeforeAnyStepIsTakenAsIs()
    {
        CommissioningSession session;
        session.linkUp(module());
        session.moduleStateRead(factoryState());
        session.linkDown();
        session.linkUp(module(u"SIM-000099"_qs));
        QVERIFY(!session.otherModule());
        QCOMPARE(session.module()->serialNumber, u"SIM-000099"_qs);
    }

    void interruptedWriteThatLandedCountsAsWritten()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        session.setLiveCheckPassed(true);
        session.editDraft([](config::DeviceConfig& c) {
            c.installation.site = u"Hall B"_qs;
            c.network.wifi = { true, u"Plant-IoT"_qs, config::WifiSecurity::Wpa2Psk, u"correct horse battery"_qs, false, {} };
        });
        while (session.next()) { }
        session.setWriteInProgress(true);
        session.linkDown();
        session.setWriteInProgress(false); // the writer gave up: the outcome is unknown

        session.linkUp(module());
        ConfigState landed;
        landed.config = config::withoutSecrets(session.draftToWrite());
        landed.counter = 1;
        landed.activeSlot = 1;
        landed.payloadSha256 = QByteArray(32, 'n');
        session.moduleStateRead(landed);
        QCOMPARE(session.step(), Step::Verify);
        QCOMPARE(session.written()->counter, 1u);
        QCOMPARE(session.written()->payloadSha256, landed.payloadSha256);
        QVERIFY(session.draft().network.wifi.passphrase.isEmpty());
    }

    void interruptedWriteThatDidNotLandStays()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        session.setLiveCheckPassed(true);
        session.editDraft([](config::DeviceConfig& c) { c.installation.site = u"Hall B"_qs; });
        while (session.next()) { }
        session.setWriteInProgress(true);
        session.linkDown();
        session.setWriteInProgress(false);
        session.linkUp(module());
        session.moduleStateRead(factoryState()); // the previous configuration is active
        QCOMPARE(session.step(), Step::SignAndWrite);
        QCOMPARE(session.blocker(), Blocker::NotWritten);
        QCOMPARE(session.draft().installation.site, u"Hall B"_qs);
    }

    void moduleWrittenByAnotherToolMeanwhileMustBeWrittenAgain()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        session.setLiveCheckPassed(true);
        while (session.next()) { }
        session.recordWrite({ 1, QByteArray(32, 'h') });
        ConfigState other = factoryState();
        other.counter = 2;
        other.payloadSha256 = QByteArray(32, 'o');
        session.moduleStateRead(other);
        QVERIFY(!session.written());
    }

    void goToReachesOnlyStepsAlreadyReached()
    {
        CommissioningSession session;
        linkAndIdentify(session);
        QVERIFY(!session.goTo(Step::Review));
        QVERIFY(session.goTo(Step::Connect));
        QVERIFY(session.goTo(Step::Site));
        QCOMPARE(session.step(), Step::Site);
    }

    void fieldsBelongToTheirStep_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Step>("step");
        QTest::newRow("site") << u"installation.site"_qs << Step::Site;
        QTest::newRow("wiring") << u"metering.wiring"_qs << Step::Wiring;
        QTest::newRow("demand") << u"metering.demand_period_s"_qs << Step::Wiring;
        QTest::newRow("ct") << u"metering.ct_inputs[2].phase"_qs << Step::CurrentTransformers;
        QTest::newRow("sensor") << u"inputs.digital_inputs[3].ds18b20.sensors[1].name"_qs << Step::Inputs;
        QTest::newRow("wifi") << u"network.wifi.passphrase"_qs << Step::Network;
        QTest::newRow("gps") << u"gps.enabled"_qs << Step::Network;
        QTest::newRow("whole document") << QString() << Step::Review;
        QTest::newRow("not a segment") << u"networks.x"_qs << Step::Review;
    }

    void fieldsBelongToTheirStep()
    {
        QFETCH(QString, path);
        QFETCH(Step, step);
        QCOMPARE(stepOfField(path), step);
    }
};

QTEST_GUILESS_MAIN(tst_CommissioningSession)
#include "tst_commissioningsession.moc"
