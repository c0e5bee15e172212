#include "chartdata.h"

#include <algorithm>

namespace trro {

bool ChartData::isEmpty() const {
    return std::all_of(series.cbegin(), series.cend(),
                       [](const ChartSeries &s) { return s.buckets.isEmpty(); });
}

ChartSeries makeChartSeries(const QString &key, const QString &label,
                            const QList<IntervalBucket> &buckets, Interval interval) {
    ChartSeries series;
    series.key = key;
    series.label = label;
    series.buckets = buckets;
    series.flags = classifyBuckets(buckets, interval);
    return series;
}

bool bucketExtent(const ChartData &data, qint64 *from, qint64 *to) {
    bool any = false;
    qint64 lo = 0;
    qint64 hi = 0;
    for (const ChartSeries &s : data.series) {
        for (const IntervalBucket &b : s.buckets) {
            const qint64 a = std::min(b.startTime, b.endTime);
            const qint64 z = std::max(b.startTime, b.endTime);
            lo = any ? std::min(lo, a) : a;
            hi = any ? std::max(hi, z) : z;
            any = true;
        }
    }
    if (any) {
        *from = lo;
        *to = hi;
    }
    return any;
}

} // namespace trro
