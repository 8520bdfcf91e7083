#pragma once

#include "LoadGauge.h"

#include <QGroupBox>
#include <array>

class QLabel;
class QProgressBar;

namespace iotpro::ui {

class LiveCheckController;
class SteadyLabel;

/// Per CT: how much current it carries against what a trustworthy verdict needs, and how
/// much load to add.
class LoadGaugePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit LoadGaugePanel(LiveCheckController& check, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QProgressBar* bar = nullptr;
        SteadyLabel* text = nullptr;
    };

    void retranslate();
    void refresh();

    LiveCheckController& m_check;
    QLabel* m_placeholder;
    std::array<Row, 3> m_rows;
    QList<LoadGauge> m_shown;
};

} // namespace iotpro::ui
