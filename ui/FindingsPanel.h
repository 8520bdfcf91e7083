#pragma once

#include "electrical/Diagnosis.h"

#include <QGroupBox>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace iotpro::ui {

class LiveCheckController;

/// What the diagnosis found, each finding in plain language with its physical fix; the CT
/// secondary the advice assumes (it decides what is safe to touch); and the software correction.
/// Applying the correction writes the module's signed configuration, which needs a signing key
/// and the label code: where the host can do that (the wizard's live check) it calls
/// offerCorrection() and the button asks for it; elsewhere the button says where to go.
class FindingsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit FindingsPanel(LiveCheckController& check, QWidget* parent = nullptr);

    /// The host writes corrections: the button emits applyCorrectionRequested(), unless
    /// `unavailable` says why it cannot be done now (shown under the button).
    void offerCorrection(const QString& unavailable);

Q_SIGNALS:
    void applyCorrectionRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void refreshCorrectionNote();
    void refreshCorrectionAction(const std::optional<electrical::Diagnosis>& diagnosis);
    void onSecondaryChosen(int index);
    void onApplyCorrection();

    LiveCheckController& m_check;
    QTextBrowser* m_findings;
    QLabel* m_correctionNote;
    QLabel* m_secondaryLabel;
    QComboBox* m_secondary;
    QPushButton* m_applyCorrection;
    /// Why the correction cannot be applied (here, now), or where to apply it.
    QLabel* m_correctionHelp;
    bool m_correctionOffered = false;
    QString m_correctionUnavailable;
    /// The user asked, where corrections are not written: the help says where to go.
    bool m_explainCorrection = false;
    QString m_shownHtml;
};

} // namespace iotpro::ui
