#include "chartlines.h"

#include <QPainter>
#include <cmath>

namespace trro {

ChartLines::ChartLines(QGraphicsItem *parent)
    : QGraphicsItem(parent) {}

QRectF ChartLines::boundingRect() const {
    return m_plot;
}

void ChartLines::setLines(const QRectF &plot, QList<Line> lines) {
    if (plot != m_plot)
        prepareGeometryChange();
    m_plot = plot;
    m_lines = std::move(lines);
    update();
}

void ChartLines::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    painter->save();
    painter->setClipRect(m_plot);
    painter->setBrush(Qt::NoBrush);
    for (const Line &line : std::as_const(m_lines)) {
        painter->setPen(line.pen);
        const QPointF *points = line.points.constData();
        const qsizetype count = line.points.size();
        qsizetype start = 0;
        // One polyline per run between gaps; a lone point is drawn as a dot.
        for (qsizetype i = 0; i <= count; ++i) {
            if (i < count && !std::isnan(points[i].y()))
                continue;
            if (i - start > 1)
                painter->drawPolyline(points + start, int(i - start));
            else if (i - start == 1)
                painter->drawPoint(points[start]);
            start = i + 1;
        }
    }
    painter->restore();
}

} // namespace trro
