#pragma once

#include "graphics/PhasorDiagram.h"
#include "graphics/PhasorPainter.h"

#include <QWidget>

namespace iotpro::ui {

/// Shows a PhasorDiagram as graphics::PhasorPainter draws it (the report's PDF draws the same),
/// with labels that grow with the widget, or a placeholder text while there is none. Repaints
/// only when the diagram changes.
class PhasorView : public QWidget
{
    Q_OBJECT

public:
    explicit PhasorView(QWidget* parent = nullptr);

    /// Shows `diagram`; an empty diagram shows the placeholder text.
    void setDiagram(const graphics::PhasorDiagram& diagram);
    const graphics::PhasorDiagram& diagram() const { return m_diagram; }
    /// Shown while the diagram is empty.
    void setPlaceholderText(const QString& text);

    /// Where a phasor at `angleDeg` with `share` of the full radius ends, in widget coordinates.
    QPointF pointAt(double angleDeg, double share) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    graphics::PhasorDiagram m_diagram;
    QString m_placeholder;
};

} // namespace iotpro::ui
