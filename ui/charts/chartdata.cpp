#include "chartdata.h"

#include "checkedmath.h"

#include <algorithm>
#include <limits>

namespace trro {

bool ChartData::isEmpty() const {
    return std::all_of(series.cbegin(), series.cend(),
                       [](const ChartSeries &s) { return s.buckets.isEmpty(); });
}

BucketCoverage ChartData::coverage(const IntervalBucket &bucket) const {
    constexpr qint64 Unbounded = std::numeric_limits<qint64>::max();
    const bool ranged = rangeEnd > rangeStart;
    return bucketCoverage(bucket, ranged ? rangeStart : std::numeric_limits<qint64>::min(),
                          ranged ? rangeEnd : Unbounded, now > 0 ? now : Unbounded);
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

const ChartSeries *ChartData::previousOf(const QString &key) const {
    for (const ChartSeries &ghost : previous) {
        if (ghost.key == key)
            return &ghost;
    }
    return nullptr;
}

qint64 previousPeriodShift(PreviousPeriod period, qint64 rangeStart, qint64 rangeEnd) {
    if (period == PreviousPeriod::WeekEarlier)
        return 7 * 86400;
    return std::max<qint64>(rangeEnd - rangeStart, 1);
}

ChartSeries shiftedSeries(const ChartSeries &series, qint64 shift) {
    ChartSeries moved = series;
    for (IntervalBucket &b : moved.buckets) {
        b.startTime = saturatingAdd(b.startTime, shift);
        b.endTime = saturatingAdd(b.endTime, shift);
    }
    return moved;
}

} // namespace trro
