#pragma once

#include "LiveCheckSummary.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace iotpro::ui {

class FindingsPanel;
class LiveCheckController;
class LiveStreamController;
class PhasorView;
class VerdictBanner;

/// The live wiring check: the verdict on top, the phasors beside the findings with their
/// fixes, the load each CT still needs and the clamp-meter entries, and the readings table.
class LiveCheckView : public QWidget
{
    Q_OBJECT

public:
    LiveCheckView(LiveStreamController& stream, LiveCheckController& check, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refreshSummary();
    void refreshPhasors();

    LiveStreamController& m_stream;
    LiveCheckController& m_check;
    VerdictBanner* m_banner;
    QPushButton* m_retry;
    PhasorView* m_phasors;
    QLabel* m_phasorLegend;
};

} // namespace iotpro::ui
