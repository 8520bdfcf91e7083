#pragma once

#include "WizardPage.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace iotpro::ui {

class PhasorView;
class VerdictBanner;

/// Step 6: the live wiring check, from the live view's own parts: the verdict, the phasors, the
/// findings with their fixes and the load each CT still needs. Next needs PASS, or the
/// technician's word that they go on without it (a circuit with no load cannot pass yet).
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

    VerdictBanner* m_banner;
    QLabel* m_setupNote;
    PhasorView* m_phasors;
    QCheckBox* m_acknowledge;
    QPushButton* m_fullView;
};

} // namespace iotpro::ui
