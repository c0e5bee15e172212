#pragma once

#include "asyncstatscache.h"
#include "cacheplan.h"
#include "trroapi.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace trro {

class Clock;

// How a cached answer came about.
struct CacheOutcome {
    bool fromCache = false; // no statistics request was needed
    bool offline = false;   // the service failed (serviceError) and the cache answered
    qint64 ageSeconds = 0;  // age of the oldest part that may have changed since (0: none)
    int requests = 0;       // statistics requests made for this answer
    ApiError serviceError;  // offline: why the service could not answer
    TimeRanges notCached;   // offline: parts of the range the cache does not know (left out)
};

// TrroApi::intervalStatistics with the local cache in front (see cacheplan.h for the rules):
// the same callback, the same context semantics and the same output as without the cache.
// Settled buckets come from the cache, only unknown, open or recent parts are fetched, cut at
// bucket boundaries learned from earlier answers. When the only difference to a cached answer
// is a short window at the start of a moving range ("-7d..now"), one session-list request for
// the whole project (shared by every device asked for at the same time) shows which series had
// sessions starting there; the others are served from the cache. When the service cannot be
// reached (network errors, timeouts, 5xx after the scheduler's retries) whatever the cache holds
// is served, marked in CacheOutcome, by servedOffline() and by a warning in the series.
// The cache file is read and written on the cache's own thread (AsyncStatsCache): answers,
// from the cache or not, always arrive from the event loop, never inside the call.
class CachedStats final : public QObject {
    Q_OBJECT
public:
    using Callback = TrroApi::Callback<IntervalSeries>;
    using DetailedCallback =
        std::function<void(const Result<IntervalSeries> &, const CacheOutcome &)>;

    // cache: not owned (must outlive this). clock: the local clock that stamps and plans cache
    // rows (nullptr: the system's).
    CachedStats(TrroApi *api, AsyncStatsCache *cache, Clock *clock = nullptr,
                QObject *parent = nullptr);
    ~CachedStats() override;

    TrroApi *api() const { return m_api; }
    AsyncStatsCache *cache() const { return m_cache; }
    void setEnabled(bool enabled) { m_enabled = enabled; } // off: every call goes to TrroApi
    bool isEnabled() const { return m_enabled; }
    void setPolicy(const CachePolicy &policy) { m_policy = policy; }
    const CachePolicy &policy() const { return m_policy; }

    void intervalStatistics(const StatsQuery &query, QObject *context, Callback callback,
                            Priority priority = Priority::Normal);
    void intervalStatisticsDetailed(const StatsQuery &query, QObject *context,
                                    DetailedCallback callback,
                                    Priority priority = Priority::Normal);

    struct Stats {
        qint64 queries = 0;
        qint64 servedFromCache = 0; // answered without a statistics request
        qint64 fetches = 0;         // statistics requests
        qint64 partialFetches = 0;  // ... for less than the whole range
        qint64 probes = 0;          // session-list probes started
        qint64 servedOffline = 0;
    };
    Stats stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }

    // The clock that stamps and plans cache rows, unix seconds: the local clock, or the
    // service's (local clock plus the client's correction) when that is earlier.
    qint64 serviceNow() const;

Q_SIGNALS:
    void servedOffline(const QString &projectId, const QString &deviceId, qint64 ageSeconds);
    void warning(const QString &message); // from the cache file (set aside, unusable)

private:
    struct Pending;
    struct Probe;
    using PendingPtr = std::shared_ptr<Pending>;

    void passThrough(const PendingPtr &p);
    void plan(const PendingPtr &p);
    void serve(const PendingPtr &p, const CachePlan &plan);
    void fetch(const PendingPtr &p, const CachePlan &plan);
    void onFetched(const PendingPtr &p, const CachePlan &plan, qint64 fetchedAt,
                   const Result<IntervalSeries> &result);
    void serveOffline(const PendingPtr &p, const Result<IntervalSeries> &failure);
    bool serveOfflineFrom(const PendingPtr &p, const ApiError &error,
                          const StatsCache::Loaded &loaded);
    static QString offlineNote(const ApiError &error, qint64 ageSeconds,
                               const TimeRanges &notCached);
    void probe(const PendingPtr &p, const TimeRanges::Range &window);
    void applyProbe(const PendingPtr &p, const Probe &probe);
    void deliver(const PendingPtr &p, const Result<IntervalSeries> &result,
                 const CacheOutcome &outcome);
    IntervalSeries makeSeries(const PendingPtr &p, const QList<IntervalBucket> &buckets) const;

    TrroApi *m_api;
    AsyncStatsCache *m_cache;
    Clock *m_clock;
    CachePolicy m_policy;
    bool m_enabled = true;
    Stats m_stats;
    QHash<QString, std::shared_ptr<Probe>> m_probes;
};

} // namespace trro
