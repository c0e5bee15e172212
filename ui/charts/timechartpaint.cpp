#include "timechart.h"

#include <QPaintEngine>
#include <QPaintEvent>
#include <algorithm>

// TimeChart on screen: the rendered chart is cached in a pixmap (as cabana does) and the
// crosshair and rubber band are painted over it, so moving them repaints a narrow strip from
// the cache instead of re-rendering every series.

namespace trro {

void TimeChart::setCrosshair(qint64 time, qint64 intervalStart, qint64 intervalEnd) {
    m_hasCrosshair = true;
    m_crossTime = time;
    m_crossStart = intervalStart;
    m_crossEnd = intervalEnd;
    placeCrosshair();
}

void TimeChart::clearCrosshair() {
    m_hasCrosshair = false;
    placeCrosshair();
}

void TimeChart::placeCrosshair() {
    const QRectF before = crosshairRect(m_cross, m_overlay.plot);
    m_cross.visible = m_hasCrosshair;
    if (m_hasCrosshair) {
        m_cross.x = xAt(m_crossTime);
        m_cross.bandLeft = m_crossEnd > m_crossStart ? xAt(m_crossStart) : 0.0;
        m_cross.bandRight = m_crossEnd > m_crossStart ? xAt(m_crossEnd) : -1.0;
    }
    const QRectF after = crosshairRect(m_cross, m_overlay.plot);
    if (before != after) {
        viewport()->update(mapFromScene(before).boundingRect().adjusted(-1, -1, 1, 1));
        viewport()->update(mapFromScene(after).boundingRect().adjusted(-1, -1, 1, 1));
    }
}

void TimeChart::setSelection(qint64 start, qint64 end) {
    if (end <= start)
        start = end = 0;
    if (start == m_selStart && end == m_selEnd)
        return;
    m_selStart = start;
    m_selEnd = end;
    placeSelection();
}

void TimeChart::placeSelection() {
    const QRectF &plot = m_overlay.plot;
    QRectF rect;
    if (m_selEnd > m_selStart && m_selEnd > m_from && m_selStart < m_to) {
        const double left = std::max(xAt(m_selStart), plot.left());
        const double right = std::min(xAt(m_selEnd), plot.right());
        rect = QRectF(left, plot.top(), std::max(1.0, right - left), plot.height());
    }
    if (rect == m_selectionRect)
        return;
    const QRectF dirty = rect.united(m_selectionRect).adjusted(-2, -2, 2, 2);
    m_selectionRect = rect;
    viewport()->update(mapFromScene(dirty).boundingRect());
}

void TimeChart::paintSelection(QPainter *painter) const {
    if (m_selectionRect.isEmpty())
        return;
    // A selection, not a zoom: the threshold colour's complement would shout; the fleet's colour
    // at a low alpha with solid edges reads as "this span", distinct from the dashed rubber band.
    QColor edge = m_overlay.palette.seriesColor(1);
    QColor fill = edge;
    fill.setAlphaF(m_overlay.palette.dark ? 0.22f : 0.14f);
    painter->save();
    painter->setClipRect(m_overlay.plot.adjusted(0, 0, 1, 1));
    painter->fillRect(m_selectionRect, fill);
    painter->setPen(QPen(edge, 0));
    painter->drawLine(m_selectionRect.topLeft(), m_selectionRect.bottomLeft());
    painter->drawLine(m_selectionRect.topRight(), m_selectionRect.bottomRight());
    painter->restore();
}

void TimeChart::invalidate() {
    m_cacheValid = false;
    viewport()->update();
}

void TimeChart::paintEvent(QPaintEvent *event) {
    // A chart that was out of sight when its data or range changed is brought up to date
    // when it is drawn (LinkedCharts syncs only the charts in view).
    if (isSyncPending())
        sync();
    const QSize size = viewport()->size();
    const qreal ratio = devicePixelRatioF();
    QPainter painter(viewport());
    const QRectF source(mapToScene(0, 0), QSizeF(size));

    // Painted into something else than the screen (QWidget::render of a whole dashboard into
    // SVG, PDF or a scaled image): draw the scene itself, so that it stays vector and sharp.
    const QPaintEngine *engine = painter.paintEngine();
    if (!engine || engine->type() != QPaintEngine::Raster ||
        !qFuzzyCompare(painter.deviceTransform().m11(), ratio)) {
        painter.setRenderHints(renderHints());
        scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source,
                        Qt::IgnoreAspectRatio);
        return;
    }

    if (!m_cacheValid || m_cache.size() != size * ratio) {
        m_cache = QPixmap(size * ratio);
        m_cache.setDevicePixelRatio(ratio);
        m_cache.fill(m_overlay.palette.background);
        QPainter cache(&m_cache);
        cache.setRenderHints(renderHints());
        scene()->render(&cache, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::IgnoreAspectRatio);
        m_cacheValid = true;
    }
    const QRect dirty = event->rect();
    painter.drawPixmap(dirty, m_cache,
                       QRectF(dirty.topLeft() * ratio, QSizeF(dirty.size()) * ratio).toRect());
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.translate(-source.topLeft());
    paintSelection(&painter);
    paintCrosshair(&painter, m_cross, m_overlay.plot, m_overlay.palette);
}

} // namespace trro
