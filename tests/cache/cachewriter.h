#pragma once

// Deterministic content for the tests that share one cache file between instances and
// processes: series `device` holds `days` whole day buckets from Start, values derived from
// the device name and the day.

#include "cacheplan.h"
#include "statscache.h"

#include <QString>

namespace trro::test {

inline constexpr qint64 WriterStart = 1704038400; // 2023-12-31 16:00 UTC = 2024-01-01 UTC+8
inline constexpr qint64 WriterDay = 86400;

inline CacheKey writerKey(const QString &device) {
    return CacheKey{QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("project-w"), device,
                    Interval::Day};
}

inline QList<IntervalBucket> writerBuckets(const QString &device, int days) {
    QList<IntervalBucket> out;
    const qint64 salt = qHash(device) % 1000;
    for (int d = 0; d < days; ++d) {
        if ((d + salt) % 5 == 0)
            continue; // sparse, like the service
        IntervalBucket b;
        b.startTime = WriterStart + d * WriterDay;
        b.endTime = b.startTime + WriterDay;
        b.sessionNum = salt + d;
        b.totalDuration = (salt + d) * 7;
        b.notBadSessionRatio = int((salt + d) % 101);
        b.activeFieldDeviceNum = 1;
        b.activeRemoteDeviceNum = 1 + d % 3;
        out.append(b);
    }
    return out;
}

// Stores the series as one answer fetched long after it ended (settled).
inline bool writeSeries(StatsCache &cache, const QString &device, int days) {
    const qint64 end = WriterStart + days * WriterDay;
    const AbsorbedAnswer a =
        absorbAnswer(WriterStart, end, end + 30 * WriterDay, writerBuckets(device, days));
    return cache.store(writerKey(device), WriterStart, end, a, 3 * 3600);
}

// The buckets the cache holds for the series, in time order.
inline QList<IntervalBucket> readSeries(StatsCache &cache, const QString &device, int days) {
    const StatsCache::Loaded loaded =
        cache.load(writerKey(device), WriterStart, WriterStart + days * WriterDay, 0);
    QList<CachePiece> withData;
    for (const CachePiece &p : loaded.pieces) {
        if (!p.empty)
            withData.append(p);
    }
    return assembleBuckets(withData);
}

} // namespace trro::test
