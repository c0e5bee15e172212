#pragma once

#include "types.h"

#include <QStringList>

namespace trro {

// Per-bucket flags, for charts and tooltips.
enum class BucketFlag {
    None = 0,
    Inverted = 1 << 0,      // EndTime before StartTime
    Duplicate = 1 << 1,     // another bucket has the same StartTime
    OddWidth = 1 << 2,      // width differs from the nominal interval (not for month)
    OutOfOrder = 1 << 3,    // StartTime earlier than the previous bucket's
    RatioOutOfRange = 1 << 4,
};
Q_DECLARE_FLAGS(BucketFlags, BucketFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(BucketFlags)

// One entry per bucket, same order as the input.
QList<BucketFlags> classifyBuckets(const QList<IntervalBucket> &buckets, Interval interval);

// Human-readable warnings for the whole series (translated); gaps are counted too.
QStringList describeAnomalies(const QList<IntervalBucket> &buckets, Interval interval);

} // namespace trro
