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

// What a bucket's figures count: all of it, or only the part [from, to) of its own bounds that
// lies inside the range and before now. Charts draw a partial bucket apart from whole ones and
// name the covered part, so that its lower figures do not read as a drop.
struct BucketCoverage {
    BucketCut cut = BucketCut::Whole;
    qint64 from = 0; // unix seconds: the covered part of the bucket, [from, to)
    qint64 to = 0;

    bool isPartial() const { return cut != BucketCut::Whole; }
    friend bool operator==(const BucketCoverage &, const BucketCoverage &) = default;
};

// The covered part of bucket for a range [from, to) at now. A whole bucket covers its own
// bounds; an inverted one (EndTime before StartTime) covers nothing ([start, start)).
BucketCoverage bucketCoverage(const IntervalBucket &bucket, qint64 from, qint64 to, qint64 now);

} // namespace trro
