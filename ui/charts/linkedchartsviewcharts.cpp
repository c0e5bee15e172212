#include "linkedchartsview.h"
#include "timechart.h"

#include <QPainter>
#include <algorithm>

// LinkedChartsView: access to the individual charts, for export and tests.

namespace trro {

int LinkedChartsView::chartCount() const {
    return int(m_charts.size());
}

int LinkedChartsView::chartIndex(const TimeChart *chart) const {
    return int(m_charts.indexOf(chart));
}

QString LinkedChartsView::chartTitle(int index) const {
    return index >= 0 && index < m_charts.size() ? m_charts.at(index)->spec().title : QString();
}

LinkedChartsView::Metric LinkedChartsView::chartMetric(int index) const {
    return m_chartKinds.value(index, {Metric::Sessions, -1}).first;
}

QString LinkedChartsView::chartSeriesKey(int index) const {
    const int series = m_chartKinds.value(index, {Metric::Sessions, -1}).second;
    return series >= 0 && series < m_data.series.size() ? m_data.series.at(series).key : QString();
}

QWidget *LinkedChartsView::chartWidget(int index) const {
    return m_charts.value(index, nullptr);
}

QRectF LinkedChartsView::plotArea(int index) const {
    const TimeChart *chart = m_charts.value(index, nullptr);
    if (!chart)
        return {};
    const QPointF offset = chart->mapTo(this, QPoint(0, 0));
    return chart->plotArea().translated(offset);
}

QPair<double, double> LinkedChartsView::yRange(int index) const {
    const TimeChart *chart = m_charts.value(index, nullptr);
    return chart ? chart->yRange() : QPair<double, double>{0.0, 0.0};
}

LinkedChartsView::ChartProbe LinkedChartsView::probe(int index) const {
    ChartProbe probe;
    const TimeChart *chart = m_charts.value(index, nullptr);
    if (!chart)
        return probe;
    probe.from = chart->windowFrom();
    probe.to = chart->windowTo();
    probe.yTop = chart->yRange().second;
    for (int i = 0; i < chart->spec().traces.size(); ++i) {
        probe.traces.append(chart->tracePoints(i));
        probe.traceLabels.append(chart->spec().traces.at(i).label);
    }
    probe.flagged = chart->spec().flagSpans;
    probe.belowThreshold = chart->spec().belowSpans;
    probe.crosshairVisible = chart->crosshairVisible();
    probe.crosshairX = chart->crosshairX() + chart->mapTo(this, QPoint(0, 0)).x();
    return probe;
}

void LinkedChartsView::renderChart(int index, QPainter *painter, const QRectF &target) {
    TimeChart *chart = m_charts.value(index, nullptr);
    if (!chart || target.isEmpty())
        return;
    chart->renderTo(painter, target, target.size().toSize());
}

void LinkedChartsView::renderAll(QPainter *painter, const QRectF &target) {
    if (m_charts.isEmpty() || target.isEmpty())
        return;
    QList<int> heights;
    int total = 0;
    for (const TimeChart *chart : std::as_const(m_charts)) {
        const int h =
            chart->height() > 0 && chart->isVisible() ? chart->height() : chart->minimumHeight();
        heights.append(h);
        total += h;
    }
    double y = target.top();
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        const double h = target.height() * heights.at(i) / std::max(1, total);
        const QRectF part(target.left(), y, target.width(), h);
        m_charts.at(i)->renderTo(painter, part, part.size().toSize());
        y += h;
    }
}

QSize LinkedChartsView::contentSize() const {
    int height = 0;
    for (const TimeChart *chart : std::as_const(m_charts))
        height += chart->isVisible() && chart->height() > 0 ? chart->height()
                                                            : chart->minimumHeight() * 3 / 2;
    const int width = m_content->isVisible() && m_content->width() > 0 ? m_content->width() : 1200;
    return {width, std::max(1, height)};
}

QSize LinkedChartsView::sizeHint() const {
    return {960, 720};
}

QSize LinkedChartsView::minimumSizeHint() const {
    return {420, 320};
}

} // namespace trro
