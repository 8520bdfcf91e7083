#pragma once

#include "BenchController.h"

#include <QFrame>

class QLabel;

namespace iotpro::ui {

/// The Bench mode's result, readable across the bench: a huge word (PASS, FAIL, STOPPED,
/// REFUSED, RUNNING, READY) with a glyph on a colour, and the sentence that says what to do.
/// The word carries the meaning; the colour only speeds reading.
class BenchResultBanner : public QFrame
{
    Q_OBJECT

public:
    explicit BenchResultBanner(QWidget* parent = nullptr);

    void setResult(BenchController::State state, const QString& message);

private:
    QLabel* m_word;
    QLabel* m_message;
};

} // namespace iotpro::ui
