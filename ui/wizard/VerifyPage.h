#pragma once

#include "WizardPage.h"
#include "commissioning/ConfigWrite.h"
#include "device/NetworkCheckReport.h"
#include "storage/SessionRecord.h"

#include <QMap>
#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;

namespace iotpro::ui {

class VerdictBanner;

/// Step 11: proof that the module runs what was written (the configuration read back, its hash,
/// the signer), what was recorded before the write, the network and GPS check, the live wiring
/// check again, now with the new settings, and the safety checklist before leaving the panel: each
/// point a tick of its own, recorded in the session at once (unticked: NOT confirmed), as is a
/// network check run again.
class VerifyPage : public WizardPage
{
    Q_OBJECT

public:
    VerifyPage(WizardServices& services, QWidget* parent = nullptr);

    QString title() const override;
    QString instructions() const override;

    const std::optional<NetworkCheckReport>& networkReport() const { return m_report; }

protected:
    void retranslate() override;
    void refresh() override;

private:
    void runNetworkCheck();
    void showChecklist();
    void showNetwork();
    QString writtenText() const;
    QString openingText() const;

    QLabel* m_written;
    QLabel* m_details;
    QLabel* m_networkTitle;
    QLabel* m_network;
    QPushButton* m_checkAgain;
    QLabel* m_liveTitle;
    VerdictBanner* m_banner;
    QGroupBox* m_checklist;
    QMap<storage::ChecklistItem, QCheckBox*> m_checks;
    QLabel* m_checklistNote;
    std::optional<commissioning::ConfigWriteResult> m_result;
    std::optional<NetworkCheckReport> m_report;
    std::optional<Error> m_networkError;
    /// Counts network checks: only the latest answer is shown.
    quint64 m_networkCheck = 0;
};

} // namespace iotpro::ui
