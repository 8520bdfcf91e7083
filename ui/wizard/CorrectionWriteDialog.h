#pragma once

#include "WizardServices.h"
#include "commissioning/CtCorrection.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace iotpro::commissioning {
class ConfigWriter;
struct ConfigWriteFailure;
} // namespace iotpro::commissioning

namespace iotpro::ui {

class KeyChooser;
class LabelCodeBox;

/// Writes the live check's software correction to the module at once, so that the electrician
/// sees the readings come right while still at the panel: the module's active configuration with
/// only the CT remap and inversion changed, signed with the user's key and paired with the label
/// code, as one transaction (its own ConfigWriter: this is not the wizard's write of step 10).
/// Once the module runs it, the draft gets the same remap and inversion, so the wizard's write
/// keeps it and the report flags it as a software correction (docs/diagnosis.md).
class CorrectionWriteDialog : public QDialog
{
    Q_OBJECT

public:
    CorrectionWriteDialog(WizardServices& services, const MeteringSetup& measuredWith,
        commissioning::CtArrangement arrangement, QWidget* parent = nullptr);
    ~CorrectionWriteDialog() override;

Q_SIGNALS:
    /// The module runs the corrected configuration, number `counter`.
    void corrected(quint64 counter);

public Q_SLOTS:
    void reject() override;

private:
    void refresh();
    void write();
    void onWritten(quint64 counter);
    void onFailed(const commissioning::ConfigWriteFailure& failure);
    bool isVirtualModule() const;

    WizardServices& m_services;
    const commissioning::CtArrangement m_arrangement;
    commissioning::ConfigWriter* m_writer;
    QLabel* m_changes;
    KeyChooser* m_keys;
    LabelCodeBox* m_code;
    QPushButton* m_write;
    QLabel* m_progress;
    QLabel* m_outcome;
    QDialogButtonBox* m_buttons;
};

} // namespace iotpro::ui
