#pragma once

#include "linkedchartsview.h"
#include "timechart.h"

#include <QCoreApplication>

namespace trro {

// What one chart of LinkedChartsView draws, from the chart data: traces (fleet filled, devices
// as lines, field solid and remote dashed), legend, threshold and the spans to mark.
class ChartSpecBuilder final {
    Q_DECLARE_TR_FUNCTIONS(trro::ChartSpecBuilder)
public:
    using Metric = LinkedChartsView::Metric;

    static QString metricTitle(Metric metric);
    // seriesIndex < 0: every series of data (overlay); else that series only.
    static TimeChartSpec build(const ChartData &data, Metric metric, int seriesIndex, int threshold,
                               const ChartPalette &palette);
    // The partial buckets and the flagged ones of one series.
    static void addMarks(TimeChartSpec *spec, const ChartData &data, const ChartSeries &series);
    // The previous period's ghost of a series for the metric: a muted dotted line (vehicles
    // only for the active devices); no trace when there is no ghost.
    static void addGhost(TimeChartSpec *spec, const ChartData &data, const ChartSeries &series,
                         Metric metric, const ChartPalette &palette);
    // The series without a cause's value (ChartData::without): a dashed line in the text colour
    // on the sessions and ratio charts, drawn with gaps where the finder read no list.
    static void addWithout(TimeChartSpec *spec, const ChartData &data, Metric metric,
                           const ChartPalette &palette);
};

} // namespace trro
