#pragma once

#include <QWidget>

namespace iotpro::ui {

/// How a CT goes on its conductor, drawn: the supply on the left, the load on the right, the CT
/// around the conductor with its P1 side facing the supply and the arrow on its body pointing to
/// the load, the way the current flows. Painter only, dark on white, words beside every sign.
class CtDirectionPicture : public QWidget
{
    Q_OBJECT

public:
    explicit CtDirectionPicture(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
};

} // namespace iotpro::ui
