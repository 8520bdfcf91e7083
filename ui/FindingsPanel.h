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
/// secondary the advice assumes (it decides what is safe to touch); and the software
/// correction, offered only as a disabled action until the signed configuration write exists.
class FindingsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit FindingsPanel(LiveCheckController& check, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void refreshCorrectionNote();
    void onSecondaryChosen(int index);

    LiveCheckController& m_check;
    QTextBrowser* m_findings;
    QLabel* m_correctionNote;
    QLabel* m_secondaryLabel;
    QComboBox* m_secondary;
    QPushButton* m_applyCorrection;
    QString m_shownHtml;
};

} // namespace iotpro::ui
