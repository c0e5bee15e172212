#include "timechart.h"

#include "timerangecontroller.h"
#include "timeticks.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace trro {

namespace {

constexpr double TitlePad = 8.0 * 0.6;
constexpr double RightMargin = 16.0;

// Pixel rectangles of spans in the window, adjacent ones merged (thousands of hourly buckets
// become a few rectangles at a year's zoom).
QList<QRectF> bandRects(const QList<QPair<qint64, qint64>> &spans, const TimeChart &chart,
                        const QRectF &plot, qint64 from, qint64 to, double minWidth, bool merge) {
    QList<QRectF> rects;
    for (const auto &span : spans) {
        const qint64 a = std::min(span.first, span.second);
        const qint64 b = std::max(span.first, span.second);
        if (b < from || a > to)
            continue;
        double left = chart.xAt(a);
        double right = std::max(chart.xAt(b), left + minWidth);
        left = std::max(left, plot.left() - 1);
        right = std::min(right, plot.right() + 1);
        if (merge && !rects.isEmpty() && left <= rects.last().right() + 0.5 &&
            left >= rects.last().left()) {
            rects.last().setRight(std::max(rects.last().right(), right));
            continue;
        }
        rects.append(QRectF(left, plot.top(), right - left, plot.height()));
    }
    return rects;
}

} // namespace

TimeChart::TimeChart(TimeRangeController *range, QWidget *parent)
    : QChartView(parent)
    , m_range(range)
    , m_chart(new QChart) {
    // QChartView made a chart of its own; setChart() releases it without deleting it.
    QChart *initial = chart();
    setChart(m_chart); // the view owns the chart, the chart its items
    delete initial;
    setFrameShape(QFrame::NoFrame);
    // Step outlines are horizontal and vertical: crisp without antialiasing, and filling a
    // year of buckets antialiased costs Qt's rasterizer tens of milliseconds per area.
    setRenderHint(QPainter::Antialiasing, false);
    setRenderHint(QPainter::TextAntialiasing, true);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_chart->legend()->hide();
    m_chart->setMargins(QMargins());
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setPlotAreaBackgroundVisible(false); // the underlay paints it
    m_chart->setBackgroundPen(Qt::NoPen);

    m_overlay.titleFont = font();
    m_overlay.titleFont.setWeight(QFont::DemiBold);
    m_overlay.labelFont = font();
    m_overlay.labelFont.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.9));

    m_underlay = new ChartUnderlay(&m_overlay, m_chart);
    m_underlay->setZValue(3.5); // over the plot background, under the series
    m_lines = new ChartLines(m_chart);
    m_lines->setZValue(5); // over the underlay and its fills
    m_decoration = new ChartDecoration(&m_overlay, m_chart);
    m_decoration->setZValue(20);

    m_gestureTimer.setSingleShot(true);
    m_gestureTimer.setInterval(600);
    connect(&m_gestureTimer, &QTimer::timeout, m_range, &TimeRangeController::endGesture);
}

TimeChart::~TimeChart() = default;

void TimeChart::setSpec(const TimeChartSpec &spec) {
    m_spec = spec;
    m_overlay.title = spec.title;
    m_overlay.legend = spec.legend;
    m_seriesDirty = m_scaleDirty = m_pointsDirty = m_overlayDirty = true;
}

void TimeChart::setChartPalette(const ChartPalette &palette) {
    m_overlay.palette = palette;
    m_chart->setBackgroundBrush(palette.background);
    setBackgroundBrush(palette.background);
    m_seriesDirty = m_overlayDirty = true; // the fill alpha depends on light or dark
}

void TimeChart::setTimeZone(const QTimeZone &zone) {
    m_zone = zone;
    m_overlayDirty = true;
}

void TimeChart::setStale(bool stale, const QString &text) {
    m_overlay.stale = stale;
    m_overlay.staleText = text;
    m_lines->setOpacity(stale ? 0.45 : 1.0);
    m_decoration->changed();
    invalidate();
}

void TimeChart::setEmptyText(const QString &text) {
    if (text == m_overlay.emptyText)
        return;
    m_overlay.emptyText = text;
    m_decoration->changed();
    invalidate();
}

void TimeChart::setWindow(qint64 from, qint64 to) {
    to = std::max(to, from + 1);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    m_scaleDirty = m_pointsDirty = m_overlayDirty = true;
}

void TimeChart::setPlotLeft(int left) {
    if (left == m_plotLeft)
        return;
    m_plotLeft = left;
    m_geometryDirty = true;
}

void TimeChart::resizeEvent(QResizeEvent *event) {
    QChartView::resizeEvent(event);
    layoutFor(viewport()->size());
}

void TimeChart::layoutFor(const QSize &size) {
    if (m_chart->size().toSize() != size)
        m_chart->resize(QSizeF(size));
    m_overlay.chartRect = QRectF(QPointF(0, 0), QSizeF(size));
    m_geometryDirty = true;
    sync();
}

void TimeChart::sync() {
    if (isSyncPending())
        invalidate();
    if (m_seriesDirty)
        rebuildSeries();
    if (m_geometryDirty) {
        const QFontMetricsF tfm(m_overlay.titleFont);
        const QFontMetricsF lfm(m_overlay.labelFont);
        const QSizeF size = m_overlay.chartRect.size();
        const double top = std::ceil(TitlePad + tfm.height() + 6);
        const double bottom = std::ceil(6 + lfm.height() * 2 + 2);
        const QRectF plot(m_plotLeft, top, std::max(10.0, size.width() - m_plotLeft - RightMargin),
                          std::max(10.0, size.height() - top - bottom));
        if (plot != m_overlay.plot) {
            m_overlay.plot = plot;
            m_chart->setPlotArea(plot);
            m_chart->layout()->activate(); // now, not at the next LayoutRequest

            m_scaleDirty = m_pointsDirty = true;
        }
        m_overlayDirty = true;
        m_geometryDirty = false;
    }
    if (m_scaleDirty)
        updateScale();
    if (m_pointsDirty)
        updatePoints();
    if (m_overlayDirty)
        updateOverlay();
    placeCrosshair();
    placeSelection();
}

bool TimeChart::isSyncPending() const {
    return m_seriesDirty || m_geometryDirty || m_scaleDirty || m_pointsDirty || m_overlayDirty;
}

void TimeChart::rebuildSeries() {
    m_seriesDirty = false;
    m_pointsDirty = true;
    // One-pixel cosmetic pens: the fast path of Qt's rasterizer, and the look of monitoring tools.
    m_pens.clear();
    for (const ChartTrace &trace : std::as_const(m_spec.traces)) {
        QPen pen(trace.color, 1.0, trace.style);
        pen.setCosmetic(true);
        m_pens.append(pen);
    }
    m_lines->setOpacity(m_overlay.stale ? 0.45 : 1.0);
}

void TimeChart::updateScale() {
    m_scaleDirty = false;
    const double height = m_overlay.plot.height();
    if (m_spec.fixedTop > 0.0) {
        m_yTop = m_spec.fixedTop;
        m_yTicks = height >= 110 ? 5 : 3;
        return;
    }
    double top = 0.0;
    for (const ChartTrace &trace : std::as_const(m_spec.traces)) {
        for (const BucketSpan &span : trace.spans) {
            const qint64 end = std::max(span.end, span.start + 1);
            if (end > m_from && span.start < m_to)
                top = std::max(top, span.value);
        }
    }
    for (const ValueBand &band : std::as_const(m_spec.bands)) {
        if (band.end > m_from && band.start < m_to)
            top = std::max(top, band.high);
    }
    top = std::max(top, m_spec.threshold); // the threshold line stays in view
    // A little headroom: a step at the very top would merge with the plot's edge.
    const NiceAxis axis = niceAxis(top * 1.06, std::clamp(int(height / 26.0) + 1, 3, 6), true);
    if (axis.top != m_yTop)
        m_pointsDirty = true;
    m_yTop = axis.top;
    m_yTicks = axis.tickCount;
}

void TimeChart::updatePoints() {
    m_pointsDirty = false;
    const QRectF &plot = m_overlay.plot;
    const PlotWindow window{m_from, m_to, std::max(1, int(plot.width()))};
    const double xScale = plot.width() / double(m_to - m_from);
    QList<OverlayState::AreaFill> fills;
    QList<ChartLines::Line> lines;
    m_points.clear();
    qsizetype drawn = 0;
    for (qsizetype i = 0; i < m_spec.traces.size(); ++i) {
        const ChartTrace &trace = m_spec.traces.at(i);
        QList<QPointF> points = trace.gaps ? lineSteps(trace.spans, window, Combine::Min)
                                           : areaSteps(trace.spans, window, Combine::Max);
        ChartLines::Line line;
        line.pen = m_pens.value(i);
        line.points.reserve(points.size());
        for (const QPointF &p : std::as_const(points))
            line.points.append({plot.left() + (p.x() - double(m_from)) * xScale, yAt(p.y())});
        drawn += points.size();
        if (trace.filled) {
            OverlayState::AreaFill fill;
            fill.color = trace.fillColor;
            if (!fill.color.isValid()) {
                fill.color = trace.color;
                fill.color.setAlphaF(m_overlay.palette.dark ? 0.40f : 0.28f);
            }
            fill.outline = line.points;
            fills.append(fill);
        }
        lines.append(std::move(line));
        m_points.append(std::move(points));
    }
    setProperty("drawnPoints", drawn); // for probes outside the program (bench/startup)
    m_lines->setLines(plot, std::move(lines));
    m_overlay.fills = fills;
    m_overlayDirty = true;
}

int TimeChart::yLabelWidth() {
    if (m_scaleDirty)
        updateScale();
    const QFontMetricsF fm(m_overlay.labelFont);
    const QLocale locale;
    double width = 0.0;
    for (int i = 0; i < m_yTicks; ++i)
        width = std::max(width, fm.horizontalAdvance(locale.toString(
                                    m_yTop * i / std::max(1, m_yTicks - 1), 'f', 0)));
    return int(std::ceil(width)) + 6 + 8; // gap to the plot, margin to the edge
}

double TimeChart::xAt(qint64 time) const {
    const QRectF &plot = m_overlay.plot;
    return plot.left() + double(time - m_from) * plot.width() / double(m_to - m_from);
}

double TimeChart::yAt(double value) const {
    const QRectF &plot = m_overlay.plot;
    return plot.bottom() - value / m_yTop * plot.height();
}

double TimeChart::timeAt(double x) const {
    const QRectF &plot = m_overlay.plot;
    return double(m_from) + (x - plot.left()) / plot.width() * double(m_to - m_from);
}

void TimeChart::updateOverlay() {
    m_overlayDirty = false;
    OverlayState &s = m_overlay;
    const QRectF &plot = s.plot;
    if (plot.width() < 2)
        return;
    const QLocale locale;
    const int maxTicks = std::max(2, int(plot.width() / 95.0));
    s.gridX.clear();
    s.axisLabels.clear();
    for (const TimeTick &tick : timeTicks(m_from, m_to, m_zone, maxTicks, locale)) {
        const double x = xAt(tick.time);
        s.gridX.append(x);
        s.axisLabels.append({x, tick.label, tick.context});
    }
    s.yTicks.clear();
    for (int i = 0; i < m_yTicks; ++i) {
        const double value = m_yTop * i / std::max(1, m_yTicks - 1);
        s.yTicks.append({std::round(yAt(value)) + 0.5, locale.toString(value, 'f', 0)});
    }
    s.belowBands = bandRects(m_spec.belowSpans, *this, plot, m_from, m_to, 1.0, true);
    s.flagBands = bandRects(m_spec.flagSpans, *this, plot, m_from, m_to, 3.0, false);
    s.partialBands = bandRects(m_spec.partialSpans, *this, plot, m_from, m_to, 1.0, true);
    s.valueBands.clear();
    s.valueBandColor = m_spec.bandColor;
    for (const ValueBand &band : std::as_const(m_spec.bands)) {
        if (band.end <= m_from || band.start >= m_to)
            continue;
        const double left = std::max(xAt(band.start), plot.left());
        const double right = std::min(xAt(band.end), plot.right());
        const double top = std::max(yAt(band.high), plot.top());
        const double bottom = std::min(yAt(band.low), plot.bottom());
        if (right > left && bottom > top)
            s.valueBands.append(QRectF(left, top, right - left, bottom - top));
    }
    s.flagMarkers.clear();
    for (const QRectF &r : std::as_const(s.flagBands))
        s.flagMarkers.append(r.center().x());
    if (m_spec.threshold >= 0) {
        s.thresholdY = yAt(m_spec.threshold);
        s.thresholdText = m_spec.thresholdText.isEmpty()
                              ? locale.toString(m_spec.threshold) + u" %"_s
                              : m_spec.thresholdText;
    } else {
        s.thresholdY = -1.0;
    }
    m_underlay->changed();
    m_decoration->changed();
}

QRectF TimeChart::plotArea() const {
    return m_overlay.plot;
}

QList<QPointF> TimeChart::tracePoints(int trace) const {
    return m_points.value(trace);
}

QPair<double, double> TimeChart::yRange() const {
    return {0.0, m_yTop};
}

void TimeChart::renderTo(QPainter *painter, const QRectF &target, const QSize &size) {
    const QSize onScreen = m_chart->size().toSize();
    layoutFor(size);
    scene()->render(painter, target, QRectF(QPointF(0, 0), QSizeF(size)), Qt::IgnoreAspectRatio);
    layoutFor(onScreen);
}

} // namespace trro
