#pragma once

#include "types.h"

#include <QList>

namespace trro {

// What the collector asks the service for, so that the shared history store gets every bucket
// once it is over and the open ones again each cycle.

// One request's range and how far its answer settles the series.
struct StoreWindow {
    qint64 from = 0;
    qint64 to = 0;
    // Buckets ending by this time will not change any more; never after the settle limit, so
    // it may lie before `from` (then the window settles nothing).
    qint64 settledUntil = 0;

    friend bool operator==(const StoreWindow &, const StoreWindow &) = default;
};

// The start of the bucket holding t: whole UTC hours; days and months in China time (UTC+8),
// as the service cuts them.
qint64 storeBucketFloor(Interval interval, qint64 t);
qint64 storeBucketNext(Interval interval, qint64 bucketStart);

// Requests per interval cover at most 7 days of hours, 31 days, or 12 months.
qint64 storeWindowSpan(Interval interval);

// The windows that bring a series from its mark (0: nothing stored yet) and since up to now.
// Buckets are final settleSec after they end: the mark moves to the last bucket boundary that
// is that old, and the next cycle asks again from there. Every window starts on a bucket
// boundary; the last one ends at now. At most maxWindows (the rest comes next cycle).
QList<StoreWindow> storeWindows(Interval interval, qint64 mark, qint64 since, qint64 now,
                                qint64 settleSec, int maxWindows = 400);

// The same for a project's session list, in windows of one day (sessions by start time).
QList<StoreWindow> sessionWindows(qint64 mark, qint64 since, qint64 now, qint64 settleSec,
                                  int maxWindows = 400);

} // namespace trro
