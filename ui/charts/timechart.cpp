#include "timechart.h"

#include "timerangecontroller.h"
#include "timeticks.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QValueAxis>

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
                        const QRectF &plot, qint64 from, qint64 to, double minWidth)
{
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
        if (!rects.isEmpty() && left <= rects.last().right() + 0.5 && left >= rects.last().left()) {
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
    , m_chart(new QChart)
    , m_axisX(new QValueAxis)
    , m_axisY(new QValueAxis)
{
    setChart(m_chart); // the view owns the chart, the chart its axes and series
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
    m_chart->setPlotAreaBackgroundVisible(true);
    m_chart->setPlotAreaBackgroundPen(Qt::NoPen);
    m_chart->setBackgroundPen(Qt::NoPen);

    for (QValueAxis *axis : {m_axisX, m_axisY}) {
        axis->setVisible(false); // the overlay draws both axes
        axis->setRange(0.0, 1.0);
    }
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_overlay.titleFont = font();
    m_overlay.titleFont.setWeight(QFont::DemiBold);
    m_overlay.labelFont = font();
    m_overlay.labelFont.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.9));

    m_underlay = new ChartUnderlay(&m_overlay, m_chart);
    m_underlay->setZValue(3.5); // over the plot background, under the series
    m_decoration = new ChartDecoration(&m_overlay, m_chart);
    m_decoration->setZValue(20);

    m_gestureTimer.setSingleShot(true);
    m_gestureTimer.setInterval(600);
    connect(&m_gestureTimer, &QTimer::timeout, m_range, &TimeRangeController::endGesture);
}

TimeChart::~TimeChart() = default;

void TimeChart::setSpec(const TimeChartSpec &spec)
{
    m_spec = spec;
    m_overlay.title = spec.title;
    m_overlay.legend = spec.legend;
    m_seriesDirty = m_scaleDirty = m_pointsDirty = m_overlayDirty = true;
}

void TimeChart::setChartPalette(const ChartPalette &palette)
{
    m_overlay.palette = palette;
    m_chart->setBackgroundBrush(palette.background);
    m_chart->setPlotAreaBackgroundBrush(palette.plot);
    setBackgroundBrush(palette.background);
    m_seriesDirty = m_overlayDirty = true; // the fill alpha depends on light or dark
}

void TimeChart::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_overlayDirty = true;
}

void TimeChart::setStale(bool stale, const QString &text)
{
    m_overlay.stale = stale;
    m_overlay.staleText = text;
    for (QAbstractSeries *series : m_chart->series())
        series->setOpacity(stale ? 0.45 : 1.0);
    m_decoration->changed();
    invalidate();
}

void TimeChart::setEmptyText(const QString &text)
{
    if (text == m_overlay.emptyText)
        return;
    m_overlay.emptyText = text;
    m_decoration->changed();
    invalidate();
}

void TimeChart::setWindow(qint64 from, qint64 to)
{
    to = std::max(to, from + 1);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    m_scaleDirty = m_pointsDirty = m_overlayDirty = true;
}

void TimeChart::setPlotLeft(int left)
{
    if (left == m_plotLeft)
        return;
    m_plotLeft = left;
    m_geometryDirty = true;
}

void TimeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    layoutFor(viewport()->size());
}

void TimeChart::layoutFor(const QSize &size)
{
    if (m_chart->size().toSize() != size)
        m_chart->resize(QSizeF(size));
    m_overlay.chartRect = QRectF(QPointF(0, 0), QSizeF(size));
    m_geometryDirty = true;
    sync();
}

void TimeChart::sync()
{
    if (m_seriesDirty || m_geometryDirty || m_scaleDirty || m_pointsDirty || m_overlayDirty)
        invalidate();
    if (m_seriesDirty)
        rebuildSeries();
    if (m_geometryDirty) {
        const QFontMetricsF tfm(m_overlay.titleFont);
        const QFontMetricsF lfm(m_overlay.labelFont);
        const QSizeF size = m_overlay.chartRect.size();
        const double top = std::ceil(TitlePad + tfm.height() + 6);
        const double bottom = std::ceil(6 + lfm.height() * 2 + 2);
        const QRectF plot(m_plotLeft, top,
                          std::max(10.0, size.width() - m_plotLeft - RightMargin),
                          std::max(10.0, size.height() - top - bottom));
        if (plot != m_overlay.plot) {
            // Empty the series first: a new plot area re-strokes every path Qt Charts has.
            for (QAbstractSeries *series : m_chart->series())
                static_cast<QXYSeries *>(series)->clear();
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
}

void TimeChart::rebuildSeries()
{
    m_seriesDirty = false;
    m_pointsDirty = true;
    QList<bool> filled;
    for (const ChartTrace &trace : std::as_const(m_spec.traces))
        filled.append(trace.filled);
    if (filled != m_seriesFilled) { // another shape: new series objects
        m_chart->removeAllSeries();
        m_lines.clear();
        m_fills.clear();
        const auto add = [this]() {
            auto *series = new QLineSeries;
            m_chart->addSeries(series);
            series->attachAxis(m_axisX);
            series->attachAxis(m_axisY);
            return series;
        };
        for (bool fill : std::as_const(filled)) // every fill under every line
            m_fills.append(fill ? add() : nullptr);
        for (qsizetype i = 0; i < filled.size(); ++i)
            m_lines.append(add());
        m_seriesFilled = filled;
    }
    // One-pixel cosmetic pens: Qt's fast path (no stroker), and the look of monitoring tools.
    const QColor plot = m_overlay.palette.plot;
    const double tint = m_overlay.palette.dark ? 0.42 : 0.30;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const ChartTrace &trace = m_spec.traces.at(i);
        QPen pen(trace.color, 1.0, trace.style);
        pen.setCosmetic(true);
        m_lines[i]->setPen(pen);
        m_lines[i]->setName(trace.label);
        if (m_fills[i]) {
            // Opaque tint: the columns overlap themselves, a translucent pen would stripe.
            const QColor c = trace.color;
            const QColor fill = QColor::fromRgbF(float(plot.redF() + (c.redF() - plot.redF()) * tint),
                                                 float(plot.greenF() + (c.greenF() - plot.greenF()) * tint),
                                                 float(plot.blueF() + (c.blueF() - plot.blueF()) * tint));
            QPen fillPen(fill, 1.0);
            fillPen.setCosmetic(true);
            m_fills[i]->setPen(fillPen);
            m_fills[i]->setName(trace.label);
        }
    }
    for (QAbstractSeries *series : m_chart->series())
        series->setOpacity(m_overlay.stale ? 0.45 : 1.0);
}

void TimeChart::updateScale()
{
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
    const NiceAxis axis = niceAxis(top, std::clamp(int(height / 26.0) + 1, 3, 6), true);
    if (axis.top != m_yTop)
        m_pointsDirty = true;
    m_yTop = axis.top;
    m_yTicks = axis.tickCount;
}

void TimeChart::updatePoints()
{
    m_pointsDirty = false;
    const PlotWindow window{m_from, m_to, std::max(1, int(m_overlay.plot.width()))};
    const double span = double(m_to - m_from);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const ChartTrace &trace = m_spec.traces.at(i);
        const auto normalised = [this, span](QList<QPointF> points) {
            for (QPointF &p : points) // to the fixed [0, 1] axes
                p = QPointF((p.x() - double(m_from)) / span, p.y() / m_yTop);
            return points;
        };
        if (m_fills[i])
            m_fills[i]->replace(normalised(areaColumns(trace.spans, window, Combine::Max)));
        m_lines[i]->replace(normalised(trace.filled ? areaSteps(trace.spans, window, Combine::Max)
                                                    : lineSteps(trace.spans, window, Combine::Min)));
    }
}

int TimeChart::yLabelWidth()
{
    if (m_scaleDirty)
        updateScale();
    const QFontMetricsF fm(m_overlay.labelFont);
    const QLocale locale;
    double width = 0.0;
    for (int i = 0; i < m_yTicks; ++i)
        width = std::max(width, fm.horizontalAdvance(
                                    locale.toString(m_yTop * i / std::max(1, m_yTicks - 1), 'f', 0)));
    return int(std::ceil(width)) + 6 + 8; // gap to the plot, margin to the edge
}

double TimeChart::xAt(qint64 time) const
{
    const QRectF &plot = m_overlay.plot;
    return plot.left() + double(time - m_from) * plot.width() / double(m_to - m_from);
}

double TimeChart::yAt(double value) const
{
    const QRectF &plot = m_overlay.plot;
    return plot.bottom() - value / m_yTop * plot.height();
}

double TimeChart::timeAt(double x) const
{
    const QRectF &plot = m_overlay.plot;
    return double(m_from) + (x - plot.left()) / plot.width() * double(m_to - m_from);
}

void TimeChart::updateOverlay()
{
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
    s.belowBands = bandRects(m_spec.belowSpans, *this, plot, m_from, m_to, 1.0);
    s.flagBands = bandRects(m_spec.flagSpans, *this, plot, m_from, m_to, 3.0);
    s.flagMarkers.clear();
    for (const QRectF &r : std::as_const(s.flagBands))
        s.flagMarkers.append(r.center().x());
    if (m_spec.threshold >= 0) {
        s.thresholdY = yAt(m_spec.threshold);
        s.thresholdText = locale.toString(m_spec.threshold) + u" %"_s;
    } else {
        s.thresholdY = -1.0;
    }
    m_underlay->changed();
    m_decoration->changed();
}

void TimeChart::setCrosshair(qint64 time, qint64 intervalStart, qint64 intervalEnd)
{
    m_hasCrosshair = true;
    m_crossTime = time;
    m_crossStart = intervalStart;
    m_crossEnd = intervalEnd;
    placeCrosshair();
}

void TimeChart::clearCrosshair()
{
    m_hasCrosshair = false;
    placeCrosshair();
}

void TimeChart::placeCrosshair()
{
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

void TimeChart::invalidate()
{
    m_cacheValid = false;
    viewport()->update();
}

void TimeChart::paintEvent(QPaintEvent *event)
{
    const QSize size = viewport()->size();
    const qreal ratio = devicePixelRatioF();
    if (!m_cacheValid || m_cache.size() != size * ratio) {
        m_cache = QPixmap(size * ratio);
        m_cache.setDevicePixelRatio(ratio);
        m_cache.fill(m_overlay.palette.background);
        QPainter painter(&m_cache);
        painter.setRenderHints(renderHints());
        scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                        QRectF(mapToScene(0, 0), QSizeF(size)), Qt::IgnoreAspectRatio);
        m_cacheValid = true;
    }
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    painter.drawPixmap(dirty, m_cache,
                       QRectF(dirty.topLeft() * ratio, QSizeF(dirty.size()) * ratio).toRect());
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.translate(-mapToScene(0, 0));
    paintCrosshair(&painter, m_cross, m_overlay.plot, m_overlay.palette);
}

QRectF TimeChart::plotArea() const
{
    return m_overlay.plot;
}

QPair<double, double> TimeChart::yRange() const
{
    return {0.0, m_yTop};
}

void TimeChart::renderTo(QPainter *painter, const QRectF &target, const QSize &size)
{
    const QSize onScreen = m_chart->size().toSize();
    layoutFor(size);
    scene()->render(painter, target, QRectF(QPointF(0, 0), QSizeF(size)), Qt::IgnoreAspectRatio);
    layoutFor(onScreen);
}

} // namespace trro
