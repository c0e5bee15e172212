#include "bucketcut.h"

namespace trro {

BucketCut bucketCut(const IntervalBucket &bucket, qint64 from, qint64 to, qint64 now) {
    if (bucket.startTime < from || bucket.endTime > to)
        return BucketCut::CutByRange;
    if (bucket.endTime > now)
        return BucketCut::Open;
    return BucketCut::Whole;
}

} // namespace trro
