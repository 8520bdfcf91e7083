// The phasor widget as pixels: a reversed CT is drawn in the alarm colour along its own
// direction, a correct one is not, at any size; the same data never repaints.
#include "LiveSnapshots.h"
#include "PhasorView.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace iotpro;
using namespace iotpro::graphics;
using namespace iotpro::ui;

namespace {

bool isAlarmColour(QRgb pixel)
{
    const QColor alarm = PhasorPainter::kAlarmColor;
    // Antialiased edges blend with the background: only near-exact pixels count.
    return std::abs(qRed(pixel) - alarm.red()) <= 12 && std::abs(qGreen(pixel) - alarm.green()) <= 12
        && std::abs(qBlue(pixel) - alarm.blue()) <= 12;
}

/// Alarm-coloured pixels along the phasor at `angleDeg`, from 15 % to 90 % of its drawn length.
int alarmPixelsAlong(const PhasorView& view, const QImage& image, const PhasorArrow& arrow)
{
    int hits = 0;
    for (double share = 0.15; share <= 0.9; share += 0.01) {
        const QPoint point
            = view.pointAt(arrow.angleDeg, arrow.length * PhasorPainter::kCurrentScale * share).toPoint();
        if (image.rect().contains(point) && isAlarmColour(image.pixel(point)))
            ++hits;
    }
    return hits;
}

QImage render(PhasorView& view)
{
    QImage image(view.size(), QImage::Format_RGB32);
    image.fill(Qt::black); // anything the view does not paint would show
    view.render(&image);
    return image;
}

/// Counts paint events.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

class tst_PhasorView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reversedCtInAlarmColour_data()
    {
        QTest::addColumn<electrical::Wiring>("wiring");
        QTest::addColumn<int>("reversedInput");
        QTest::addColumn<QSize>("size");

        QTest::newRow("3P4W CT 2, 400 px") << electrical::Wiring::ThreePhaseFourWire << 2 << QSize(400, 400);
        QTest::newRow("3P4W CT 1, wide") << electrical::Wiring::ThreePhaseFourWire << 1 << QSize(700, 300);
        QTest::newRow("3P4W CT 3, small") << electrical::Wiring::ThreePhaseFourWire << 3 << QSize(240, 260);
        QTest::newRow("3P3W CT 2") << electrical::Wiring::ThreePhaseThreeWire << 2 << QSize(400, 400);
    }

    void reversedCtInAlarmColour()
    {
        QFETCH(electrical::Wiring, wiring);
        QFETCH(int, reversedInput);
        QFETCH(QSize, size);

        const livesnapshots::Site site
            = livesnapshots::reversedCt(livesnapshots::correctSite(wiring), reversedInput);
        const PhasorDiagram diagram = buildPhasorDiagram(livesnapshots::snapshotOf(site, 1));
        PhasorView view;
        view.resize(size);
        view.setDiagram(diagram);
        const QImage image = render(view);

        for (qsizetype k = 0; k < diagram.currents.size(); ++k) {
            const PhasorArrow& current = diagram.currents[k];
            const int hits = alarmPixelsAlong(view, image, current);
            if (k + 1 == reversedInput) {
                QCOMPARE(current.status, PhasorArrow::Status::Alarm);
                // Dashed, so not every pixel; but most of the line.
                QVERIFY2(hits >= 30, qPrintable(u"%1 alarm pixels along %2"_qs.arg(hits).arg(current.label)));
            } else {
                QCOMPARE(current.status, PhasorArrow::Status::Normal);
                QVERIFY2(hits == 0, qPrintable(u"%1 alarm pixels along %2"_qs.arg(hits).arg(current.label)));
            }
        }
    }

    void correctWiringHasNoAlarmColourAnywhere()
    {
        PhasorView view;
        view.resize(420, 420);
        view.setDiagram(buildPhasorDiagram(livesnapshots::snapshotOf(
            livesnapshots::correctSite(electrical::Wiring::ThreePhaseFourWire), 1)));
        const QImage image = render(view);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                QVERIFY2(
                    !isAlarmColour(image.pixel(x, y)), qPrintable(u"alarm colour at %1,%2"_qs.arg(x).arg(y)));
        }
    }

    void paintsEveryPixel()
    {
        // Opaque painting: nothing of what was behind may show through (no flicker).
        PhasorView view;
        view.resize(300, 300);
        view.setPlaceholderText(u"Waiting"_qs);
        const QImage image = render(view);
        QCOMPARE(image.pixel(0, 0), qRgb(255, 255, 255));
        QCOMPARE(image.pixel(299, 299), qRgb(255, 255, 255));
    }

    void repaintsOnlyOnNewData()
    {
        PhasorView view;
        view.resize(300, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        PaintCounter counter;
        view.installEventFilter(&counter);

        const livesnapshots::Site site = livesnapshots::correctSite(electrical::Wiring::ThreePhaseFourWire);
        view.setDiagram(buildPhasorDiagram(livesnapshots::snapshotOf(site, 1)));
        QTRY_COMPARE(counter.paints, 1);
        // The same readings again (a new snapshot of a steady load draws the same diagram).
        view.setDiagram(buildPhasorDiagram(livesnapshots::snapshotOf(site, 2)));
        QTest::qWait(50);
        QCOMPARE(counter.paints, 1);

        view.setDiagram(buildPhasorDiagram(livesnapshots::snapshotOf(livesnapshots::reversedCt(site, 1), 3)));
        QTRY_COMPARE(counter.paints, 2);
    }
};

QTEST_MAIN(tst_PhasorView)
#include "tst_phasorview.moc"
