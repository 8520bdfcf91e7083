#pragma once

#include "WizardPage.h"
#include "commissioning/ConfigWrite.h"
#include "device/NetworkCheckReport.h"

#include <optional>

class QLabel;
class QPushButton;

namespace iotpro::ui {

class VerdictBanner;

/// Step 11: proof that the module runs what was written (the configuration read back, its hash,
/// the signer), what was recorded before the write, the network and GPS check, and the live
/// wiring check again, now with the new settings.
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
    std::optional<commissioning::ConfigWriteResult> m_result;
    std::optional<NetworkCheckReport> m_report;
    std::optional<Error> m_networkError;
    /// Counts network checks: only the latest answer is shown.
    quint64 m_networkCheck = 0;
};

} // namespace iotpro::ui
