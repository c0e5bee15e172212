#pragma once

// ServiceFixture with a cache file of the test's own and CachedStats in front of the TrroApi;
// helpers to run many queries and wait for them.

#include "servicefixture.h"
#include "statscache.h"

namespace trro::test {

struct CacheFixture final : ServiceFixture {
    // clock: the service's, the scheduler's and the cache's time; nullptr for the system's.
    // With a ManualClock, the waits below move it from timer to timer while nothing is busy,
    // so the same queries meet the same times on every run.
    explicit CacheFixture(const QString &cachePath, sim::ServiceOptions options = {},
                          ManualClock *clock = nullptr);

    // ClientStack::waitFor on the fixture's clock.
    bool waitFor(const std::function<bool()> &done, int timeoutMs) const {
        return ClientStack::waitFor(done, timeoutMs, manual);
    }

    qint64 statsRequests() const {
        return requests(QStringLiteral("DescribeSessionStatisticsByInterval"));
    }

    QStringList deviceIds(const QString &project = sim::LocalService::demoProjectId());

    struct Answer {
        bool done = false;
        Result<IntervalSeries> result{ApiError{}};
        CacheOutcome outcome;
    };

    // One query per device, through the cache (or straight through TrroApi with direct).
    QList<Answer> run(const QStringList &devices, qint64 start, qint64 end, Interval interval,
                      bool direct = false, int timeoutMs = 60000);

    // The cache's figures, read on its thread (blocks until the calls before it are done).
    CacheInfo cacheInfo() const;

    ManualClock *manual = nullptr;
};

// The buckets of every answer (an empty list for a failed one), for comparisons.
QList<QList<IntervalBucket>> bucketsOf(const QList<CacheFixture::Answer> &answers);
int failures(const QList<CacheFixture::Answer> &answers);

} // namespace trro::test
