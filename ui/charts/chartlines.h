#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QPointF>

namespace trro {

// The traces' lines of one chart, in chart pixels, drawn as polylines with one-pixel cosmetic
// pens. Qt Charts' line series strokes the whole path of every series into a hover shape on
// each change (QPainterPathStroker, most of the cost of a live chart taking one more sample);
// this item only keeps the points and draws them, clipped to the plot.
class ChartLines final : public QGraphicsItem {
public:
    struct Line {
        QPen pen;
        QList<QPointF> points; // a NaN y leaves a gap
    };

    explicit ChartLines(QGraphicsItem *parent = nullptr);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

    // The plot (the clip) and the lines; both replace what was there.
    void setLines(const QRectF &plot, QList<Line> lines);

private:
    QRectF m_plot;
    QList<Line> m_lines;
};

} // namespace trro
