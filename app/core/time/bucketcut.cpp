#include "bucketcut.h"

#include <algorithm>

namespace trro {

BucketCut bucketCut(const IntervalBucket &bucket, qint64 from, qint64 to, qint64 now) {
    if (bucket.startTime < from || bucket.endTime > to)
        return BucketCut::CutByRange;
    if (bucket.endTime > now)
        return BucketCut::Open;
    return BucketCut::Whole;
}

BucketCoverage bucketCoverage(const IntervalBucket &bucket, qint64 from, qint64 to, qint64 now) {
    BucketCoverage coverage;
    coverage.cut = bucketCut(bucket, from, to, now);
    const qint64 end = std::max(bucket.startTime, bucket.endTime);
    coverage.from = std::min(std::max(bucket.startTime, from), end);
    coverage.to = std::max(coverage.from, std::min({end, to, now}));
    return coverage;
}

} // namespace trro
