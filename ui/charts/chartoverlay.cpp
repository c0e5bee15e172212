#include "chartoverlay.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace trro {

namespace {

constexpr double Pad = 8.0;

QColor withAlpha(QColor c, double alpha) {
    c.setAlphaF(float(alpha));
    return c;
}

} // namespace

// ---- ChartUnderlay ----------------------------------------------------------------------

ChartUnderlay::ChartUnderlay(const OverlayState *state, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_state(state) {
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF ChartUnderlay::boundingRect() const {
    return m_bounds;
}

void ChartUnderlay::changed() {
    prepareGeometryChange();
    m_bounds = m_state->plot.adjusted(-1, -1, 1, 1);
    update();
}

void ChartUnderlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const OverlayState &s = *m_state;
    const ChartPalette &p = s.palette;
    painter->save();
    painter->fillRect(s.plot, p.plot);
    painter->setClipRect(s.plot);

    QPen gridPen(p.grid, 0);
    painter->setPen(gridPen);
    for (double x : s.gridX)
        painter->drawLine(QPointF(x, s.plot.top()), QPointF(x, s.plot.bottom()));
    for (const auto &tick : s.yTicks)
        painter->drawLine(QPointF(s.plot.left(), tick.first), QPointF(s.plot.right(), tick.first));

    for (const OverlayState::AreaFill &fill : s.fills)
        paintFill(painter, fill);
    if (!s.valueBands.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(s.valueBandColor);
        for (const QRectF &r : s.valueBands)
            painter->drawRect(r);
    }

    painter->setPen(Qt::NoPen);
    if (!s.belowBands.isEmpty()) {
        painter->setBrush(withAlpha(p.threshold, p.dark ? 0.22 : 0.12));
        for (const QRectF &r : s.belowBands)
            painter->drawRect(r);
        painter->setBrush(withAlpha(p.threshold, 0.85));
        for (const QRectF &r : s.belowBands)
            painter->drawRect(QRectF(r.left(), s.plot.bottom() - 3, r.width(), 3));
    }
    painter->restore();
}

void ChartUnderlay::paintFill(QPainter *painter, const OverlayState::AreaFill &fill) const {
    const QList<QPointF> &outline = fill.outline;
    if (outline.size() < 2)
        return;
    const QRectF &plot = m_state->plot;
    const QTransform toDevice = painter->deviceTransform();
    const QPaintEngine *engine = painter->paintEngine();
    const bool raster = engine && engine->type() == QPaintEngine::Raster;
    if (!raster || toDevice.isRotating()) {
        QPainterPath path(QPointF(outline.first().x(), plot.bottom()));
        for (const QPointF &p : outline)
            path.lineTo(p.x(), std::min(p.y(), plot.bottom()));
        path.lineTo(outline.last().x(), plot.bottom());
        path.closeSubpath();
        painter->fillPath(path, fill.color);
        return;
    }
    // One vertical line per device pixel column, up to the highest step over that column.
    const QRectF device = toDevice.mapRect(plot);
    const int first = int(std::floor(device.left()));
    const int count = std::max(0, int(std::ceil(device.right())) - first);
    QList<double> tops(count, device.bottom());
    for (qsizetype i = 0; i + 1 < outline.size(); ++i) {
        const QPointF a = toDevice.map(outline[i]);
        const QPointF b = toDevice.map(outline[i + 1]);
        if (a.y() != b.y() || b.x() <= a.x() || a.y() >= device.bottom())
            continue; // risers and the baseline
        const int c0 = std::max(0, int(std::floor(a.x())) - first);
        const int c1 = std::min(count - 1, int(std::ceil(b.x())) - 1 - first);
        for (int c = c0; c <= c1; ++c)
            tops[c] = std::min(tops[c], std::max(a.y(), device.top()));
    }
    QList<QLineF> lines;
    lines.reserve(count);
    for (int c = 0; c < count; ++c) {
        if (tops[c] < device.bottom())
            lines.append(
                QLineF(first + c + 0.5, std::round(tops[c]), first + c + 0.5, device.bottom()));
    }
    painter->save();
    // Device pixels: undo the world transform and the device pixel ratio Qt applies after it.
    const qreal ratio = painter->device()->devicePixelRatioF();
    painter->setWorldTransform(QTransform::fromScale(1.0 / ratio, 1.0 / ratio));
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(fill.color, 0));
    painter->drawLines(lines);
    painter->restore();
}

// ---- ChartDecoration ---------------------------------------------------------------------

ChartDecoration::ChartDecoration(const OverlayState *state, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_state(state) {
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF ChartDecoration::boundingRect() const {
    return m_bounds;
}

void ChartDecoration::changed() {
    prepareGeometryChange();
    m_bounds = m_state->chartRect;
    update();
}

void ChartDecoration::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    const OverlayState &s = *m_state;
    const ChartPalette &p = s.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);

    // Title, then the stale badge right after it.
    painter->setFont(s.titleFont);
    painter->setPen(p.text);
    const QFontMetricsF tfm(s.titleFont);
    const double titleTop = s.chartRect.top() + Pad * 0.6;
    const QRectF titleRect(s.chartRect.left() + Pad, titleTop, tfm.horizontalAdvance(s.title) + 1,
                           tfm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, s.title);
    if (s.stale) {
        const QFontMetricsF lfm(s.labelFont);
        const QRectF badge(titleRect.right() + Pad,
                           titleTop + (tfm.height() - lfm.height()) / 2 - 1,
                           lfm.horizontalAdvance(s.staleText) + 12, lfm.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(p.stale);
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(p.dark ? QColor(Qt::black) : QColor(Qt::white));
        painter->setFont(s.labelFont);
        painter->drawText(badge, Qt::AlignCenter, s.staleText);
    }

    paintLegend(painter);

    // Partial buckets: lighter and hatched over the series (under the threshold line), so that
    // their lower figures do not read as a drop (the tooltip names the part they count).
    if (!s.partialBands.isEmpty()) {
        painter->save();
        painter->setClipRect(s.plot);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        for (const QBrush &brush : {QBrush(partialVeil(p)), partialHatch(p)}) {
            painter->setBrush(brush);
            for (const QRectF &r : s.partialBands)
                painter->drawRect(r);
        }
        painter->restore();
    }

    // Threshold line with its value at the right end.
    if (s.thresholdY >= 0.0) {
        QPen pen(p.threshold, 1.2, Qt::DashLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawLine(QPointF(s.plot.left(), s.thresholdY),
                          QPointF(s.plot.right(), s.thresholdY));
        painter->setFont(s.labelFont);
        const QFontMetricsF lfm(s.labelFont);
        const double w = lfm.horizontalAdvance(s.thresholdText) + 8;
        const QRectF r(s.plot.right() - w - 2, s.thresholdY - lfm.height() - 1, w, lfm.height());
        painter->setPen(Qt::NoPen);
        painter->setBrush(withAlpha(p.plot, 0.8));
        painter->drawRect(r);
        painter->setPen(p.threshold);
        painter->drawText(r, Qt::AlignCenter, s.thresholdText);
    }

    // Anomalous buckets: hatched over the series (never hidden by a fill), and a small
    // triangle hanging from the top edge of the plot.
    if (!s.flagBands.isEmpty()) {
        painter->save();
        painter->setClipRect(s.plot);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(withAlpha(p.flag, 0.07));
        for (const QRectF &r : s.flagBands)
            painter->drawRect(r);
        painter->setBrush(QBrush(withAlpha(p.flag, 0.55), Qt::BDiagPattern));
        for (const QRectF &r : s.flagBands)
            painter->drawRect(r);
        painter->restore();
    }
    if (!s.flagMarkers.isEmpty()) {
        painter->setPen(QPen(p.plot, 0.8));
        painter->setBrush(p.flag);
        double last = -1e9;
        for (double x : s.flagMarkers) {
            if (x - last < 3.0)
                continue;
            last = x;
            const QPointF tri[] = {
                {x - 4.5, s.plot.top()}, {x + 4.5, s.plot.top()}, {x, s.plot.top() + 7}};
            painter->drawPolygon(tri, 3);
        }
    }

    paintAxis(painter);

    if (!s.emptyText.isEmpty()) {
        painter->setFont(s.titleFont);
        painter->setPen(p.muted);
        painter->drawText(s.plot, Qt::AlignCenter, s.emptyText);
    }
    painter->restore();
}

void ChartDecoration::paintLegend(QPainter *painter) const {
    const OverlayState &s = *m_state;
    if (s.legend.isEmpty())
        return;
    painter->setFont(s.labelFont);
    const QFontMetricsF fm(s.labelFont);
    const QFontMetricsF tfm(s.titleFont);
    const double swatch = 14.0;
    const double y = s.chartRect.top() + Pad * 0.6 + tfm.height() / 2;
    double right = s.chartRect.right() - Pad;
    const double minLeft = s.chartRect.left() + Pad + tfm.horizontalAdvance(s.title) + Pad * 3 +
                           (s.stale ? fm.horizontalAdvance(s.staleText) + 20 : 0);
    // From the right: the last entries are dropped (and counted) when the row is full.
    for (qsizetype i = s.legend.size() - 1; i >= 0; --i) {
        const LegendEntry &e = s.legend.at(i);
        const double textWidth = fm.horizontalAdvance(e.label);
        const double width = swatch + 4 + textWidth;
        if (right - width < minLeft)
            break;
        const double left = right - width;
        if (e.filled) {
            painter->setPen(QPen(e.color, 1.2));
            QColor fill = e.color;
            fill.setAlphaF(0.35f);
            painter->setBrush(fill);
            painter->drawRect(QRectF(left, y - 4.5, swatch, 9));
        } else {
            QPen pen(e.color, 2.0, e.style);
            pen.setCapStyle(Qt::FlatCap);
            painter->setPen(pen);
            painter->drawLine(QPointF(left, y), QPointF(left + swatch, y));
        }
        painter->setPen(s.palette.text);
        painter->drawText(
            QRectF(left + swatch + 4, y - fm.height() / 2, textWidth + 1, fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, e.label);
        right = left - 12;
    }
}

void ChartDecoration::paintAxis(QPainter *painter) const {
    const OverlayState &s = *m_state;
    const ChartPalette &p = s.palette;
    painter->setFont(s.labelFont);
    const QFontMetricsF fm(s.labelFont);
    painter->setPen(p.muted);
    for (const auto &tick : s.yTicks) {
        const QRectF r(s.chartRect.left(), tick.first - fm.height() / 2,
                       s.plot.left() - s.chartRect.left() - 6, fm.height());
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, tick.second);
    }
    painter->setPen(QPen(p.axis, 1.0));
    painter->drawLine(QPointF(s.plot.left(), s.plot.bottom() + 0.5),
                      QPointF(s.plot.right(), s.plot.bottom() + 0.5));
    double lastRight = -1e9;
    double lastContextRight = -1e9;
    const double top = s.plot.bottom() + 4;
    for (const AxisLabel &label : s.axisLabels) {
        painter->setPen(QPen(p.axis, 1.0));
        painter->drawLine(QPointF(label.x, s.plot.bottom()), QPointF(label.x, s.plot.bottom() + 4));
        const double w = fm.horizontalAdvance(label.label);
        double left =
            std::clamp(label.x - w / 2, s.chartRect.left() + 2, s.chartRect.right() - w - 2);
        if (left < lastRight + 8)
            continue;
        lastRight = left + w;
        painter->setPen(p.muted);
        painter->drawText(QRectF(left, top, w + 1, fm.height()), Qt::AlignCenter, label.label);
        if (!label.context.isEmpty()) {
            const double cw = fm.horizontalAdvance(label.context);
            const double cl =
                std::clamp(label.x - cw / 2, s.chartRect.left() + 2, s.chartRect.right() - cw - 2);
            if (cl >= lastContextRight + 8) {
                painter->setPen(p.text);
                painter->drawText(QRectF(cl, top + fm.height(), cw + 1, fm.height()),
                                  Qt::AlignCenter, label.context);
                lastContextRight = cl + cw;
            }
        }
    }
}

// ---- partial buckets ---------------------------------------------------------------------

QColor partialVeil(const ChartPalette &palette) {
    return withAlpha(palette.plot, 0.55);
}

QBrush partialHatch(const ChartPalette &palette) {
    return QBrush(withAlpha(palette.muted, palette.dark ? 0.45 : 0.35), Qt::FDiagPattern);
}

// ---- crosshair ---------------------------------------------------------------------------

QRectF crosshairRect(const CrosshairState &state, const QRectF &plot) {
    QRectF r;
    if (state.visible) {
        r = QRectF(std::floor(state.x) - 1, plot.top(), 3, plot.height());
        if (state.bandRight > state.bandLeft)
            r = r.united(QRectF(state.bandLeft, plot.top(), state.bandRight - state.bandLeft,
                                plot.height()));
        r = r.intersected(plot.adjusted(-2, 0, 2, 0));
    }
    if (!state.rubberBand.isEmpty())
        r = r.united(state.rubberBand.adjusted(-1, -1, 1, 1));
    return r.toAlignedRect().adjusted(-1, -1, 1, 1);
}

void paintCrosshair(QPainter *painter, const CrosshairState &state, const QRectF &plot,
                    const ChartPalette &palette) {
    painter->save();
    painter->setClipRect(plot.adjusted(0, 0, 1, 1));
    if (state.visible) {
        if (state.bandRight > state.bandLeft)
            painter->fillRect(
                QRectF(state.bandLeft, plot.top(), state.bandRight - state.bandLeft, plot.height()),
                palette.hover);
        painter->setPen(QPen(palette.crosshair, 0));
        const double x = std::floor(state.x) + 0.5;
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    if (!state.rubberBand.isEmpty()) {
        QColor color = palette.seriesColor(0);
        painter->setPen(QPen(color, 0));
        color.setAlphaF(0.18f);
        painter->setBrush(color);
        painter->drawRect(state.rubberBand);
    }
    painter->restore();
}

} // namespace trro
