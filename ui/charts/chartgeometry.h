#pragma once

#include "types.h"

#include <QList>
#include <QPointF>
#include <functional>

namespace trro {

// Pure geometry of the charts, in data units (x: unix seconds, y: the metric). No chart
// library, no widgets: the adapter (TimeChart) hands the results to its series as they are.

// The time span a bucket covers on the axis: [start, end). An inverted bucket (EndTime before
// StartTime) covers nothing: it is drawn as a spike at its StartTime and flagged.
struct BucketSpan {
    qint64 start = 0;
    qint64 end = 0;
    double value = 0.0;
};

enum class Combine { Max, Min };

// The visible window of a chart: [from, to) on pixelWidth pixels. Series are clipped to it
// (one bucket of margin) and reduced to at most ~2 points per pixel column, which keeps
// redraws fast for a year of hourly buckets.
struct PlotWindow {
    qint64 from = 0;
    qint64 to = 0;
    int pixelWidth = 1000;
};

// Spans of the buckets with a value per bucket; skip(bucket) == true leaves the bucket out
// (for the ratio: buckets without sessions have no ratio).
QList<BucketSpan> bucketSpans(const QList<IntervalBucket> &buckets,
                              const std::function<double(const IntervalBucket &)> &value,
                              const std::function<bool(const IntervalBucket &)> &skip = {});

// Step outline of the spans for a filled area: zero where no bucket is (empty intervals are
// zero for counts), steps at each bucket's own bounds, overlapping buckets combined (the
// flag overlay still shows each one). Sorted by x, starts and ends at y = 0.
QList<QPointF> areaSteps(const QList<BucketSpan> &spans, const PlotWindow &window,
                         Combine combine = Combine::Max);

// Step line of the spans with a gap (a NaN point, which the line series leaves open) wherever
// no bucket is: no interpolation across missing intervals.
QList<QPointF> lineSteps(const QList<BucketSpan> &spans, const PlotWindow &window,
                         Combine combine = Combine::Min);

// Largest y of the points with x inside [from, to] (NaN ignored); 0 when none.
double maxInRange(const QList<QPointF> &points, qint64 from, qint64 to);

// A "nice" Y axis from 0: top >= maxValue, ticks evenly spaced on round steps (1, 2, 2.5, 5
// times a power of ten, integers only when integral is true), tickCount between 3 and maxTicks.
struct NiceAxis {
    double top = 1.0;
    int tickCount = 2;
    double step = 1.0;
};
NiceAxis niceAxis(double maxValue, int maxTicks, bool integral = true);

} // namespace trro
