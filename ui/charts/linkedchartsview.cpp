#include "linkedchartsview.h"

#include "chartspecbuilder.h"
#include "charttooltip.h"
#include "timechart.h"
#include "timerangecontroller.h"
#include "timeticks.h"

#include <QDateTime>
#include <QEvent>
#include <QKeyEvent>
#include <QMetaMethod>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace trro {

namespace {

constexpr int OverlayChartHeight = 150;
constexpr int SmallChartHeight = 120;

} // namespace

LinkedChartsView::LinkedChartsView(QWidget *parent)
    : QWidget(parent)
    , m_range(new TimeRangeController(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_tooltip(new ChartTooltip(this))
    , m_palette(ChartPalette::fromPalette(palette())) {
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Linked charts"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_range, &TimeRangeController::visibleRangeChanged, this,
            [this](qint64, qint64) { applyVisibleRange(); });
    rebuild();
}

LinkedChartsView::~LinkedChartsView() = default;

void LinkedChartsView::setData(const ChartData &data) {
    m_data = data;
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
    if (to <= from && from == 0) {
        // Nothing at all (a cleared view): keep the axis where it was rather than show 1970.
        from = m_range->fullTo() > m_range->fullFrom() ? m_range->fullFrom()
                                                       : QDateTime::currentSecsSinceEpoch() - 86400;
        to = m_range->fullTo() > m_range->fullFrom() ? m_range->fullTo() : from + 86400;
    }
    if (to <= from)
        to = from + nominalSeconds(m_data.interval);

    rebuild();
    const qint64 visibleFrom = m_range->visibleFrom();
    const qint64 visibleTo = m_range->visibleTo();
    m_range->setFullRange(from, to, true);
    if (visibleFrom == m_range->visibleFrom() && visibleTo == m_range->visibleTo())
        applyVisibleRange(); // no signal: the range stayed, the data did not
    if (m_hasCrosshair)
        setCrosshair(m_crosshair);
}

void LinkedChartsView::setRatioThreshold(int percent) {
    percent = std::clamp(percent, 0, 100);
    if (percent == m_threshold)
        return;
    m_threshold = percent;
    applySpecs();
}

void LinkedChartsView::setStale(bool stale) {
    m_stale = stale;
    for (TimeChart *chart : std::as_const(m_charts))
        chart->setStale(stale, tr("Stale data"));
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

    while (m_charts.size() > kinds.size())
        delete m_charts.takeLast();
    while (m_charts.size() < kinds.size()) {
        auto *chart = new TimeChart(m_range, m_content);
        chart->setFocusPolicy(Qt::ClickFocus);
        chart->setFocusProxy(this); // keys (undo, pan, zoom) go to the view
        connect(chart, &TimeChart::hovered, this, &LinkedChartsView::onHover);
        connect(chart, &TimeChart::left, this, &LinkedChartsView::onLeave);
        connect(chart, &TimeChart::clicked, this, &LinkedChartsView::onClicked);
        connect(chart, &TimeChart::contextMenuAt, this, [this, chart](const QPoint &globalPos) {
            static const QMetaMethod signal =
                QMetaMethod::fromSignal(&LinkedChartsView::chartContextMenuRequested);
            if (isSignalConnected(signal))
                Q_EMIT chartContextMenuRequested(chartIndex(chart), globalPos);
            else
                m_range->undo(); // right click steps the zoom back, as in cabana
        });
        m_layout->addWidget(chart, 1);
        m_charts.append(chart);
    }
    const int height = small ? SmallChartHeight : OverlayChartHeight;
    for (TimeChart *chart : std::as_const(m_charts)) {
        chart->setMinimumHeight(height);
        chart->setStale(m_stale, tr("Stale data"));
    }
    applySpecs(false);
}

void LinkedChartsView::applySpecs(bool sync) {
    const bool empty = m_data.isEmpty();
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        TimeChart *chart = m_charts.at(i);
        const auto [metric, series] = m_chartKinds.at(i);
        chart->setChartPalette(m_palette);
        chart->setTimeZone(m_data.timeZone);
        chart->setSpec(ChartSpecBuilder::build(m_data, metric, series, m_threshold, m_palette));
        chart->setAccessibleName(chart->spec().title);
        chart->setEmptyText(empty ? tr("No data in this range") : QString());
    }
    if (sync)
        syncCharts();
}

void LinkedChartsView::applyVisibleRange() {
    for (TimeChart *chart : std::as_const(m_charts))
        chart->setWindow(m_range->visibleFrom(), m_range->visibleTo());
    syncCharts();
}

void LinkedChartsView::syncCharts() {
    // The widest Y labels decide one left edge for all plot areas, so the time axes line up.
    int left = 0;
    for (TimeChart *chart : std::as_const(m_charts))
        left = std::max(left, chart->yLabelWidth());
    for (TimeChart *chart : std::as_const(m_charts)) {
        chart->setPlotLeft(left);
        chart->sync();
    }
}

void LinkedChartsView::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::LocaleChange:
        m_palette = ChartPalette::fromPalette(palette());
        applySpecs();
        break;
    default:
        break;
    }
}

void LinkedChartsView::keyPressEvent(QKeyEvent *event) {
    const qint64 span = m_range->visibleTo() - m_range->visibleFrom();
    const qint64 centre = m_range->visibleFrom() + span / 2;
    if (event->matches(QKeySequence::Undo)) {
        undo();
    } else if (event->matches(QKeySequence::Redo)) {
        redo();
    } else if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        m_range->panBy((event->key() == Qt::Key_Left ? -1 : 1) * span / 5);
    } else if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        m_range->zoomBy(1.5, centre);
    } else if (event->key() == Qt::Key_Minus) {
        m_range->zoomBy(1 / 1.5, centre);
    } else if (event->key() == Qt::Key_Home || event->key() == Qt::Key_0) {
        zoomReset();
    } else if (event->key() == Qt::Key_Escape && m_hasCrosshair) {
        clearCrosshair();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void LinkedChartsView::zoomReset() {
    m_range->reset();
}

void LinkedChartsView::undo() {
    m_range->undo();
}

void LinkedChartsView::redo() {
    m_range->redo();
}

// ---- crosshair and tooltip ---------------------------------------------------------------

bool LinkedChartsView::intervalAt(qint64 time, qint64 *start, qint64 *end) const {
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

void LinkedChartsView::setCrosshair(qint64 time) {
    m_hasCrosshair = true;
    m_crosshair = time;
    qint64 start = 0;
    qint64 end = 0;
    if (!intervalAt(time, &start, &end))
        start = end = 0;
    for (TimeChart *chart : std::as_const(m_charts))
        chart->setCrosshair(time, start, end);
    if (start != m_hoverStart || end != m_hoverEnd) {
        m_hoverStart = start;
        m_hoverEnd = end;
        Q_EMIT hoveredIntervalChanged(start, end);
    }
}

void LinkedChartsView::clearCrosshair() {
    m_hasCrosshair = false;
    for (TimeChart *chart : std::as_const(m_charts))
        chart->clearCrosshair();
    m_tooltip->hide();
    if (m_hoverStart != 0 || m_hoverEnd != 0) {
        m_hoverStart = m_hoverEnd = 0;
        Q_EMIT hoveredIntervalChanged(0, 0);
    }
}

bool LinkedChartsView::hoveredInterval(qint64 *start, qint64 *end) const {
    if (!m_hasCrosshair || m_hoverEnd <= m_hoverStart)
        return false;
    *start = m_hoverStart;
    *end = m_hoverEnd;
    return true;
}

QString LinkedChartsView::tooltipText() const {
    qint64 start = 0;
    qint64 end = 0;
    if (!hoveredInterval(&start, &end))
        return {};
    return ChartTooltip::html(m_data, start, end, m_threshold, m_palette, locale());
}

void LinkedChartsView::onHover(qint64 time, const QPoint &globalPos) {
    const qint64 oldStart = m_hoverStart;
    const qint64 oldEnd = m_hoverEnd;
    const bool had = m_tooltip->isVisible();
    setCrosshair(time);
    if (m_hoverEnd <= m_hoverStart) {
        m_tooltip->hide();
        return;
    }
    const QString html = (had && oldStart == m_hoverStart && oldEnd == m_hoverEnd)
                             ? m_tooltip->text()
                             : tooltipText();
    m_tooltip->showAt(html, mapFromGlobal(globalPos));
}

void LinkedChartsView::onLeave() {
    clearCrosshair();
}

void LinkedChartsView::onClicked(qint64 time) {
    qint64 start = 0;
    qint64 end = 0;
    if (intervalAt(time, &start, &end))
        Q_EMIT intervalActivated(start, end);
}

} // namespace trro
