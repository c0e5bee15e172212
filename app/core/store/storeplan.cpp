#include "storeplan.h"

#include <QDate>

namespace trro {
namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 ChinaOffset = 8 * Hour;

qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

QDate chinaDate(qint64 t) {
    return QDate(1970, 1, 1).addDays(floorDiv(t + ChinaOffset, Day));
}

qint64 chinaMidnight(const QDate &date) {
    return QDate(1970, 1, 1).daysTo(date) * Day - ChinaOffset;
}

QList<StoreWindow> windows(qint64 start, qint64 now, qint64 settleLimit, int maxWindows,
                           const auto &next) {
    QList<StoreWindow> out;
    while (start < now && out.size() < maxWindows) {
        const qint64 end = qMin(next(start), now);
        // Windows start on bucket boundaries and settleLimit is one: the buckets before it are
        // whole in the window and over long enough. A window after the limit settles nothing
        // (its mark is below its start; the store keeps the highest mark).
        out.append({start, end, qMin(end, settleLimit)});
        start = end;
    }
    return out;
}

} // namespace

qint64 storeBucketFloor(Interval interval, qint64 t) {
    switch (interval) {
    case Interval::Hour:
        return floorDiv(t, Hour) * Hour;
    case Interval::Day:
        return floorDiv(t + ChinaOffset, Day) * Day - ChinaOffset;
    case Interval::Month: {
        const QDate date = chinaDate(t);
        return chinaMidnight(QDate(date.year(), date.month(), 1));
    }
    }
    return t;
}

qint64 storeBucketNext(Interval interval, qint64 bucketStart) {
    switch (interval) {
    case Interval::Hour:
        return bucketStart + Hour;
    case Interval::Day:
        return bucketStart + Day;
    case Interval::Month:
        return chinaMidnight(chinaDate(bucketStart).addMonths(1));
    }
    return bucketStart + Hour;
}

qint64 storeWindowSpan(Interval interval) {
    switch (interval) {
    case Interval::Hour:
        return 7 * Day;
    case Interval::Day:
        return 31 * Day;
    case Interval::Month:
        return 366 * Day;
    }
    return Day;
}

QList<StoreWindow> storeWindows(Interval interval, qint64 mark, qint64 since, qint64 now,
                                qint64 settleSec, int maxWindows) {
    const qint64 start = storeBucketFloor(interval, qMax(mark, since));
    const qint64 settleLimit = storeBucketFloor(interval, now - settleSec);
    const auto next = [interval](qint64 from) {
        // Whole buckets up to the span.
        const qint64 limit = from + storeWindowSpan(interval);
        qint64 end = storeBucketNext(interval, from);
        for (qint64 n = storeBucketNext(interval, end); n <= limit;
             n = storeBucketNext(interval, n))
            end = n;
        return end;
    };
    return windows(start, now, settleLimit, maxWindows, next);
}

QList<StoreWindow> sessionWindows(qint64 mark, qint64 since, qint64 now, qint64 settleSec,
                                  int maxWindows) {
    const qint64 start = storeBucketFloor(Interval::Hour, qMax(mark, since));
    const qint64 settleLimit = storeBucketFloor(Interval::Hour, now - settleSec);
    const auto next = [](qint64 from) { return from + Day; };
    return windows(start, now, settleLimit, maxWindows, next);
}

} // namespace trro
