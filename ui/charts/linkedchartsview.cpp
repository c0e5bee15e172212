#include "linkedchartsview.h"

#include "chartspecbuilder.h"
#include "charttooltip.h"
#include "timechart.h"
#include "timerangecontroller.h"
#include "timeticks.h"

#include <QDateTime>
#include <algorithm>

namespace trro {

namespace {

constexpr int OverlayChartHeight = 150;
constexpr int SmallChartHeight = 120;

} // namespace

LinkedChartsView::LinkedChartsView(QWidget *parent)
    : LinkedCharts(parent) {
    setSpanQuestions(true);
    rebuild();
}

LinkedChartsView::~LinkedChartsView() = default;

void LinkedChartsView::setData(const ChartData &data) {
    const bool sameAxis = data.rangeStart == m_data.rangeStart &&
                          data.rangeEnd == m_data.rangeEnd && data.interval == m_data.interval;
    const QList<ChartSeries> ghosts = sameAxis ? m_data.previous : QList<ChartSeries>();
    const QString ghostLabel = m_data.previousLabel;
    const ChartSeries without = sameAxis ? m_data.without : ChartSeries();
    m_data = data;
    if (m_data.previous.isEmpty()) {
        m_data.previous = ghosts;
        m_data.previousLabel = ghostLabel;
    }
    if (m_data.without.buckets.isEmpty())
        m_data.without = without;
    for (ChartSeries &series : m_data.series) {
        if (series.flags.size() != series.buckets.size())
            series.flags = classifyBuckets(series.buckets, m_data.interval);
    }
    qint64 from = m_data.rangeStart;
    qint64 to = m_data.rangeEnd;
    qint64 lo = 0;
    qint64 hi = 0;
    if (bucketExtent(m_data, &lo, &hi)) {
        // Buckets may reach outside the requested range (alignment, hostile data): show them.
        from = to > from ? std::min(from, lo) : lo;
        to = to > from ? std::max(to, hi) : hi;
    }
    TimeRangeController *range = timeRange();
    if (to <= from && from == 0) {
        // Nothing at all (a cleared view): keep the axis where it was rather than show 1970.
        from = range->fullTo() > range->fullFrom() ? range->fullFrom()
                                                   : QDateTime::currentSecsSinceEpoch() - 86400;
        to = range->fullTo() > range->fullFrom() ? range->fullTo() : from + 86400;
    }
    if (to <= from)
        to = from + nominalSeconds(m_data.interval);

    if (hasSelection() && (selectionEnd() <= from || selectionStart() >= to))
        clearSelection(); // a span of data no longer shown
    rebuild();
    const qint64 visibleFrom = range->visibleFrom();
    const qint64 visibleTo = range->visibleTo();
    range->setFullRange(from, to, true);
    if (visibleFrom == range->visibleFrom() && visibleTo == range->visibleTo())
        applyVisibleRange(); // no signal: the range stayed, the data did not
    if (hasCrosshair())
        setCrosshair(crosshair());
    Q_EMIT dataReplaced();
}

void LinkedChartsView::setPreviousSeries(const QList<ChartSeries> &ghosts, const QString &label) {
    m_data.previous = ghosts;
    m_data.previousLabel = label;
    applySpecs();
    if (hasCrosshair())
        setCrosshair(crosshair());
}

void LinkedChartsView::setWithoutSeries(const ChartSeries &series) {
    m_data.without = series;
    applySpecs();
}

void LinkedChartsView::setRatioThreshold(int percent) {
    percent = std::clamp(percent, 0, 100);
    if (percent == m_threshold)
        return;
    m_threshold = percent;
    applySpecs();
}

void LinkedChartsView::setLayoutMode(LayoutMode mode) {
    if (mode == m_layoutMode)
        return;
    m_layoutMode = mode;
    rebuild();
    applyVisibleRange();
}

void LinkedChartsView::rebuild() {
    QList<QPair<Metric, int>> kinds;
    const Metric metrics[] = {Metric::Sessions, Metric::Duration, Metric::NotBadRatio,
                              Metric::ActiveDevices};
    const bool small = m_layoutMode == LayoutMode::SmallMultiples && m_data.series.size() > 1;
    for (Metric metric : metrics) {
        if (!small) {
            kinds.append({metric, -1});
            continue;
        }
        for (int i = 0; i < m_data.series.size(); ++i)
            kinds.append({metric, i});
    }
    m_chartKinds = kinds;
    applySpecs(false);
}

void LinkedChartsView::applySpecs(bool sync) {
    const bool small = m_layoutMode == LayoutMode::SmallMultiples && m_data.series.size() > 1;
    QList<TimeChartSpec> specs;
    specs.reserve(m_chartKinds.size());
    for (const auto &[metric, series] : std::as_const(m_chartKinds))
        specs.append(ChartSpecBuilder::build(m_data, metric, series, m_threshold, chartPalette()));
    setTimeZone(m_data.timeZone);
    setEmptyText(m_data.isEmpty() ? tr("No data in this range") : QString());
    setChartSpecs(specs, small ? SmallChartHeight : OverlayChartHeight, sync);
}

void LinkedChartsView::refreshSpecs() {
    applySpecs();
}

bool LinkedChartsView::spanAt(qint64 time, qint64 *start, qint64 *end) const {
    if (m_data.series.isEmpty())
        return false;
    for (const ChartSeries &series : m_data.series) {
        for (const IntervalBucket &b : series.buckets) {
            if (b.endTime > b.startTime && b.startTime <= time && time < b.endTime) {
                *start = b.startTime;
                *end = b.endTime;
                return true;
            }
        }
    }
    nominalInterval(time, m_data.interval, m_data.timeZone, start, end);
    return true;
}

QString LinkedChartsView::tooltipFor(qint64 start, qint64 end) const {
    return ChartTooltip::html(m_data, start, end, m_threshold, chartPalette(), locale());
}

void LinkedChartsView::clickedAt(qint64 time) {
    qint64 start = 0;
    qint64 end = 0;
    if (spanAt(time, &start, &end))
        Q_EMIT intervalActivated(start, end);
}

} // namespace trro
