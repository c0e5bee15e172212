#pragma once

#include "types.h"

namespace trro {

// Whether a bucket of an answer for [from, to) holds its whole interval.
enum class BucketCut {
    Whole,
    CutByRange, // the range starts or ends inside the bucket: it counts only part of it
    Open,       // the bucket is not over yet at now: its figures will still grow
};

// The bucket's own bounds decide (its EndTime may be inclusive, StartTime + width - 1).
BucketCut bucketCut(const IntervalBucket &bucket, qint64 from, qint64 to, qint64 now);

} // namespace trro
