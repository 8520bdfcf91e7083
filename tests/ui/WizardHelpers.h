#pragma once

#include "CommissionerFixture.h"
#include "CommissioningWizard.h"
#include "commissioning/CommissioningSession.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

/// What the wizard tests share: the wizard of a Commissioner, a module "linked" straight into the
/// session (the pages without a device), and walking the wizard to a step.
namespace wizardtest {

inline iotpro::DeviceInfo moduleInfo(const QString& serial = u"SIM-WIZ-0001"_qs)
{
    iotpro::DeviceInfo info;
    info.serialNumber = serial;
    info.firmwareVersion = u"0.1.0"_qs;
    info.hardwareRevision = u"C"_qs;
    info.options = { true, true, true, true };
    return info;
}

/// The session as it is once a never-configured module answered and its state was read.
inline void linkFactoryModule(iotpro::commissioning::CommissioningSession& session)
{
    session.linkUp(moduleInfo());
    iotpro::ConfigState state;
    state.config = iotpro::config::factoryDefaultConfig();
    session.moduleStateRead(state);
}

/// Walks the session to `step` the way a technician would (confirming who the module is and
/// going on without a live verdict); false when something on the way blocks.
inline bool walkTo(iotpro::commissioning::CommissioningSession& session, iotpro::commissioning::Step step)
{
    session.setModuleIdentified(true);
    session.setLiveCheckAcknowledged(true);
    while (session.step() < step && session.next()) { }
    return session.step() == step;
}

/// The window shown and active: shortcuts and focus behave as for a user.
inline bool showActive(QWidget& window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    return QTest::qWaitForWindowActive(&window);
}

inline QPushButton* nextButton(const Commissioner& app)
{
    return app.find<QPushButton>(u"wizardNext"_qs);
}

} // namespace wizardtest
