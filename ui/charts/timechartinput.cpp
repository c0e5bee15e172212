#include "timechart.h"
#include "timerangecontroller.h"

#include <QMouseEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

// Mouse gestures of TimeChart: they ask the shared TimeRangeController for a new range and
// report hover and clicks to LinkedChartsView; no chart ever changes another directly.

namespace trro {

namespace {

constexpr int DragThreshold = 4;

} // namespace

void TimeChart::mousePressEvent(QMouseEvent *event) {
    const QPointF p = mapToScene(event->position().toPoint());
    if (!m_overlay.plot.contains(p)) {
        event->ignore();
        return;
    }
    m_pressPos = p.toPoint();
    m_pressFrom = m_range->visibleFrom();
    m_pressTo = m_range->visibleTo();
    if (event->button() == Qt::LeftButton && m_selectable &&
        (event->modifiers() & Qt::ControlModifier)) {
        m_drag = Drag::Select;
    } else if (event->button() == Qt::MiddleButton ||
               (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier))) {
        m_drag = Drag::Pan;
        m_range->endGesture();
        viewport()->setCursor(Qt::ClosedHandCursor);
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Zoom;
    } else if (event->button() == Qt::RightButton) {
        Q_EMIT contextMenuAt(event->globalPosition().toPoint(), dragTime(p.x()));
    }
    event->accept();
}

void TimeChart::mouseMoveEvent(QMouseEvent *event) {
    const QPointF p = mapToScene(event->position().toPoint());
    const QRectF &plot = m_overlay.plot;
    if (m_drag == Drag::Pan) {
        const double dt =
            -(p.x() - m_pressPos.x()) / plot.width() * double(m_pressTo - m_pressFrom);
        const qint64 shift = std::llround(dt);
        m_range->setVisibleRange(m_pressFrom + shift, m_pressTo + shift,
                                 TimeRangeController::PanMerge);
    } else if (m_drag == Drag::Zoom) {
        const double a = std::clamp(double(m_pressPos.x()), plot.left(), plot.right());
        const double b = std::clamp(p.x(), plot.left(), plot.right());
        const QRectF before = crosshairRect(m_cross, plot);
        m_cross.rubberBand = std::abs(a - b) >= DragThreshold
                                 ? QRectF(QPointF(std::min(a, b), plot.top()),
                                          QPointF(std::max(a, b), plot.bottom()))
                                 : QRectF();
        viewport()->update(mapFromScene(before.united(crosshairRect(m_cross, plot)))
                               .boundingRect()
                               .adjusted(-1, -1, 1, 1));
    } else if (m_drag == Drag::Select && std::abs(p.x() - m_pressPos.x()) >= DragThreshold) {
        const qint64 a = dragTime(m_pressPos.x());
        const qint64 b = dragTime(p.x());
        Q_EMIT selectionDragged(std::min(a, b), std::max(a, b), false);
    }
    if (plot.contains(p) || m_drag != Drag::None) {
        const double x = std::clamp(p.x(), plot.left(), plot.right() - 0.01);
        Q_EMIT hovered(std::llround(timeAt(x)), event->globalPosition().toPoint());
    } else {
        Q_EMIT left();
    }
    event->accept();
}

void TimeChart::mouseReleaseEvent(QMouseEvent *event) {
    const QPointF p = mapToScene(event->position().toPoint());
    const QRectF &plot = m_overlay.plot;
    if (m_drag == Drag::Zoom && event->button() == Qt::LeftButton) {
        viewport()->update(mapFromScene(crosshairRect(m_cross, plot)).boundingRect());
        m_cross.rubberBand = QRectF();
        const double a = std::clamp(double(m_pressPos.x()), plot.left(), plot.right());
        const double b = std::clamp(p.x(), plot.left(), plot.right());
        if (std::abs(a - b) >= DragThreshold) {
            m_range->endGesture();
            m_range->setVisibleRange(std::llround(timeAt(std::min(a, b))),
                                     std::llround(timeAt(std::max(a, b))));
        } else {
            Q_EMIT clicked(
                std::llround(timeAt(std::clamp(p.x(), plot.left(), plot.right() - 0.01))));
        }
    } else if (m_drag == Drag::Pan) {
        m_range->endGesture();
        viewport()->unsetCursor();
    } else if (m_drag == Drag::Select && event->button() == Qt::LeftButton &&
               std::abs(p.x() - m_pressPos.x()) >= DragThreshold) {
        const qint64 a = dragTime(m_pressPos.x());
        const qint64 b = dragTime(p.x());
        Q_EMIT selectionDragged(std::min(a, b), std::max(a, b), true);
    }
    m_drag = Drag::None;
    event->accept();
}

qint64 TimeChart::dragTime(double x) const {
    const QRectF &plot = m_overlay.plot;
    return std::llround(timeAt(std::clamp(x, plot.left(), plot.right())));
}

void TimeChart::mouseDoubleClickEvent(QMouseEvent *event) {
    mousePressEvent(event); // a quick second click is a click, not a special gesture
}

void TimeChart::wheelEvent(QWheelEvent *event) {
    const QPointF p = mapToScene(event->position().toPoint());
    if (!m_overlay.plot.contains(p)) {
        event->ignore(); // let the scroll area scroll
        return;
    }
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0) {
        const double steps = delta.y() / 120.0;
        m_range->zoomBy(std::pow(1.25, steps), std::llround(timeAt(p.x())),
                        TimeRangeController::WheelMerge);
    } else if (delta.x() != 0) {
        const double span = double(m_range->visibleTo() - m_range->visibleFrom());
        m_range->panBy(std::llround(-delta.x() / 120.0 * span * 0.1),
                       TimeRangeController::PanMerge);
    }
    m_gestureTimer.start();
    event->accept();
}

void TimeChart::leaveEvent(QEvent *event) {
    if (m_drag == Drag::None)
        Q_EMIT left();
    QChartView::leaveEvent(event);
}

} // namespace trro
