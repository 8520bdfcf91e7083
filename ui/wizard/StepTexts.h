#pragma once

#include "commissioning/CommissioningSession.h"

#include <QCoreApplication>
#include <QString>

namespace iotpro::ui {

/// The words the wizard uses for its steps and for what keeps it on one.
class StepTexts
{
    Q_DECLARE_TR_FUNCTIONS(iotpro::ui::StepTexts)

public:
    /// The step's name in the list of steps: "Site and circuit".
    static QString name(commissioning::Step step);
    /// What to do for Next to become available; empty when nothing blocks.
    static QString blocker(const commissioning::CommissioningSession& session);
};

} // namespace iotpro::ui
