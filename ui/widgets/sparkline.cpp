#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <limits>

namespace trro {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
    , m_minimum(std::numeric_limits<double>::quiet_NaN())
    , m_maximum(std::numeric_limits<double>::quiet_NaN()) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void Sparkline::setValues(const QList<double> &values) {
    m_values = values;
    update();
}

void Sparkline::setColor(const QColor &color) {
    m_color = color;
    update();
}

void Sparkline::setRange(double minimum, double maximum) {
    m_minimum = minimum;
    m_maximum = maximum;
    update();
}

void Sparkline::setStale(bool stale) {
    m_stale = stale;
    update();
}

QSize Sparkline::sizeHint() const {
    return {160, 34};
}

QSize Sparkline::minimumSizeHint() const {
    return {60, 24};
}

void Sparkline::paintEvent(QPaintEvent *) {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    int finite = 0;
    for (double v : m_values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
            ++finite;
        }
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -4, -3);
    QColor line = m_color.isValid() ? m_color : palette().color(QPalette::Highlight);
    if (m_stale)
        line = palette().color(QPalette::Disabled, QPalette::WindowText);

    if (finite == 0 || m_values.size() < 2) {
        QPen pen(palette().color(QPalette::Mid), 1, Qt::DotLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(area.left(), area.center().y()),
                         QPointF(area.right(), area.center().y()));
        return;
    }
    if (std::isfinite(m_minimum))
        lo = m_minimum;
    if (std::isfinite(m_maximum))
        hi = m_maximum;
    if (lo > 0 && !std::isfinite(m_minimum))
        lo = 0; // counts read better from a zero baseline
    if (hi <= lo)
        hi = lo + 1;

    const double step = area.width() / double(m_values.size() - 1);
    auto pointAt = [&](int i) {
        const double v = std::clamp(m_values.at(i), lo, hi);
        return QPointF(area.left() + i * step,
                       area.bottom() - (v - lo) / (hi - lo) * area.height());
    };

    // One path per run of finite values: gaps stay gaps.
    QPainterPath fill;
    QPainterPath stroke;
    int runStart = -1;
    QPointF last;
    auto closeRun = [&](int endIndex) {
        if (runStart < 0)
            return;
        QPainterPath run;
        run.moveTo(pointAt(runStart).x(), area.bottom());
        for (int i = runStart; i <= endIndex; ++i)
            run.lineTo(pointAt(i));
        run.lineTo(pointAt(endIndex).x(), area.bottom());
        run.closeSubpath();
        fill.addPath(run);
        runStart = -1;
    };
    for (int i = 0; i < m_values.size(); ++i) {
        if (!std::isfinite(m_values.at(i))) {
            closeRun(i - 1);
            continue;
        }
        const QPointF p = pointAt(i);
        if (runStart < 0) {
            runStart = i;
            stroke.moveTo(p);
        } else {
            stroke.lineTo(p);
        }
        last = p;
    }
    closeRun(int(m_values.size()) - 1);

    QColor fillColor = line;
    fillColor.setAlphaF(0.14f);
    painter.fillPath(fill, fillColor);
    painter.setPen(QPen(line, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(stroke);
    painter.setBrush(line);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(last, 2.5, 2.5);
}

} // namespace trro
