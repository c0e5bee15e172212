#pragma once

#include "pgstore.h"
#include "statscache.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>

namespace trro {

// The shared history store (PostgreSQL, filled by trro-collector) as the second back end of
// the statistics cache, read only. It answers StatsCache's question - the pieces of a series
// around [start, end) - for the part of the range the collector has settled: the rows from the
// series' covered_from (the collector's --since, or the retention's first whole bucket) up to
// its settled_until, turned into pieces by absorbAnswer() as if one request had asked for that
// part when the collector last wrote it. So planQuery() serves that part and the caller fetches
// only the rest (the open buckets, before the coverage); answers fetched go to the local cache,
// never to the shared store.
//
// Lives on AsyncStatsCache's worker thread (one PostgreSQL connection there). A store that
// cannot be opened or read says so once on warning() and is left alone for RetrySec: loads then
// answer nothing, exactly as without a store.
class SharedStatsStore final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 RetrySec = 60;

    explicit SharedStatsStore(const PgLocation &location, QObject *parent = nullptr);
    ~SharedStatsStore() override;

    struct Covered {
        QList<CachePiece> pieces; // in time order, covering [from, to) without gaps
        QList<qint64> boundaries;
        qint64 from = 0; // the part of the query the pieces cover; from == to: none
        qint64 to = 0;
    };
    // now: the local clock (rows fetched after it come from a wrong clock and are not served).
    Covered load(const CacheKey &key, qint64 start, qint64 end, qint64 now);
    // The collector's last cycles for the key's account; ok false when the store is unreachable.
    StoreFreshness freshness(const CacheKey &key, bool *ok);
    bool isReachable() const { return !m_down; }

    // CacheKey::endpoint is "<endpoint>#<SecretId>", the collector's StoreScope both parts.
    static StoreScope scopeOf(const CacheKey &key);

Q_SIGNALS:
    void warning(const QString &message);
    void reachableChanged(bool reachable);

private:
    struct Coverage {
        qint64 from = 0;
        qint64 to = 0;
        qint64 refreshedAt = 0;
    };
    bool ensureOpen();
    void failed(const QString &detail);
    bool readCoverage(const StoreScope &scope, const CacheKey &key, Coverage *coverage);
    bool readBuckets(const StoreScope &scope, const CacheKey &key, qint64 from, qint64 to,
                     QList<IntervalBucket> *out);
    qint64 retentionStart(Interval interval, qint64 now) const;

    PgLocation m_location;
    std::unique_ptr<PgStore> m_store;
    int m_retentionMonths = 0;
    bool m_down = false;
    QElapsedTimer m_downSince;
};

// The pieces for planQuery(): the shared store's over [shared.from, shared.to) and the local
// cache's outside it (a local piece reaching into the shared part is left out: the store's
// rows are final there).
StatsCache::Loaded mergeSharedPieces(const StatsCache::Loaded &local,
                                     const SharedStatsStore::Covered &shared);

} // namespace trro
