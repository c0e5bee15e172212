#pragma once

#include "timeranges.h"
#include "types.h"

#include <QStringList>

namespace trro {

// Per-bucket flags, for charts and tooltips.
enum class BucketFlag {
    None = 0,
    Inverted = 1 << 0,   // EndTime before StartTime
    Duplicate = 1 << 1,  // another bucket has the same StartTime
    OddWidth = 1 << 2,   // width differs from the nominal interval (not for month)
    OutOfOrder = 1 << 3, // StartTime earlier than the previous bucket's
    RatioOutOfRange = 1 << 4,
};
Q_DECLARE_FLAGS(BucketFlags, BucketFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(BucketFlags)

// One entry per bucket, same order as the input.
QList<BucketFlags> classifyBuckets(const QList<IntervalBucket> &buckets, Interval interval);

// Human-readable warnings for the whole series (translated); with withGaps, the intervals
// without data between the first and the last bucket are counted too (emptyIntervalsWarning).
QStringList describeAnomalies(const QList<IntervalBucket> &buckets, Interval interval,
                              bool withGaps = true);

// Hour or day intervals between the first and the last bucket that the series leaves out
// (months: 0). Intervals starting inside notCached are not counted: they are not known to be
// empty.
qint64 countEmptyIntervals(const QList<IntervalBucket> &buckets, Interval interval,
                           const TimeRanges &notCached = {});
// "%n interval(s) without data ..." for count > 0; empty otherwise.
QString emptyIntervalsWarning(qint64 count);

} // namespace trro
