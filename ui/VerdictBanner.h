#pragma once

#include "LiveCheckSummary.h"

#include <QFrame>

class QLabel;

namespace iotpro::ui {

/// The live check's verdict, big enough to read from the ladder: a word (PASS, CHECK, FAIL…)
/// on a colour, one sentence about the wiring, and what it is based on.
class VerdictBanner : public QFrame
{
    Q_OBJECT

public:
    explicit VerdictBanner(QWidget* parent = nullptr);

    void setSummary(const LiveCheckSummary& summary);
    const LiveCheckSummary& summary() const { return m_summary; }

private:
    LiveCheckSummary m_summary;
    QLabel* m_word;
    QLabel* m_headline;
    QLabel* m_detail;
};

} // namespace iotpro::ui
