#pragma once

#include "WizardPage.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace iotpro::ui {

class FindingsPanel;
class PhasorView;
class VerdictBanner;

/// Step 6: the live wiring check, from the live view's own parts: the verdict, the phasors, the
/// findings with their fixes and the load each CT still needs. Next needs PASS, or the
/// technician's word that they go on without it (a circuit with no load cannot pass yet). A CT
/// the findings say is reversed or on another phase can be corrected in software right here: the
/// correction is written to the module (CorrectionWriteDialog) and the check starts over.
class LiveCheckPage : public WizardPage
{
    Q_OBJECT

public:
    LiveCheckPage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

Q_SIGNALS:
    /// The user wants the whole live view (readings table, clamp meter).
    void fullViewRequested();

protected:
    void retranslate() override;
    void refresh() override;

private:
    void onVerdictChanged();
    QString setupDifference() const;
    /// Why the findings' correction cannot be written now; empty when it can.
    QString correctionUnavailable() const;
    void applyCorrection();

    VerdictBanner* m_banner;
    QLabel* m_setupNote;
    PhasorView* m_phasors;
    FindingsPanel* m_findings;
    QLabel* m_correctionNote;
    QCheckBox* m_acknowledge;
    QPushButton* m_fullView;
};

} // namespace iotpro::ui
