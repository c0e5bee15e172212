#pragma once

#include "timeranges.h"
#include "types.h"

#include <QList>

namespace trro {

// The decisions of the statistics cache, as pure functions (the storage is StatsCache, the
// requests CachedStats).
//
// What an answer of DescribeSessionStatisticsByInterval tells: asked for [start, end), the
// service returns one bucket per interval ("cell") that holds sessions starting inside the
// range; the cells at the edges count only the part inside the range, the others are whole;
// a cell without sessions is left out, so every part of [start, end) outside the returned
// cells is known to be empty. The cache keeps this knowledge as pieces: a bucket with the part
// of its cell it covered (its clip), or an empty stretch. A query is answered from pieces
// only when every cell it needs is known with exactly the clip the query gives it (parts that
// are known to be empty may differ); otherwise one request fetches the smallest range, cut at
// a known cell boundary, that holds everything unknown. So the output with the cache is the
// output the service gives for the same range; the only allowed difference is that data which
// may still change (not settled) is served while younger than maxAgeSec.

struct CachePolicy {
    qint64 maxAgeSec = 60;       // unsettled data fetched less than this ago is served as is
    qint64 settleSec = 3 * 3600; // a stretch is final this long after its end (sessions end,
                                 // late reports arrive); the local service needs 2 h
    qint64 probeMaxSec = 3600;   // longest window a session-list probe may ask about (0: never)
};

struct CachePiece {
    qint64 cellStart = 0; // the bucket's bounds as the service gave them (empty: the clip)
    qint64 cellEnd = 0;
    qint64 clipStart = 0; // the part of the cell the request covered
    qint64 clipEnd = 0;
    bool empty = false;    // [clipStart, clipEnd) held no data
    bool tail = false;     // clipEnd was the end of the requested range
    qint64 fetchedAt = 0;  // service clock when the request was made
    IntervalBucket bucket; // when !empty

    bool settled(qint64 settleSec) const { return clipEnd + settleSec <= fetchedAt; }
    bool isWholeCell() const { return !empty && clipStart == cellStart && clipEnd == cellEnd; }
    friend bool operator==(const CachePiece &, const CachePiece &) = default;
};

struct AbsorbedAnswer {
    bool clean = false;       // ordered, disjoint, inside the request: safe to cache and combine
    QList<CachePiece> pieces; // in time order, covering [start, end) without gaps
    QList<qint64> boundaries; // bucket bounds that are certainly cell boundaries
};

// Turns the answer for [start, end) into pieces. Answers that are not clean (unsorted,
// overlapping, inverted buckets...) are never cached: they are passed through as they are.
AbsorbedAnswer absorbAnswer(qint64 start, qint64 end, qint64 fetchedAt,
                            const QList<IntervalBucket> &buckets);

struct PlanInput {
    qint64 start = 0;
    qint64 end = 0;
    qint64 now = 0;           // service clock
    QList<CachePiece> pieces; // what the cache holds around [start, end)
    QList<qint64> boundaries; // cell boundaries learned from earlier answers
    TimeRanges quiet;         // known (from a session probe) to hold no session of the series
    TimeRanges busy;          // known to hold sessions: probing again is pointless
    bool offline = false;     // the service is unreachable: serve what is known, however old,
                              // but only buckets whose whole part in the query is known
};

struct CachePlan {
    enum class Action {
        Serve,       // kept is the whole answer
        Fetch,       // request [fetchStart, fetchEnd); kept covers the rest of the query
        Probe,       // learn whether the series had sessions starting in probe, then plan again
        Unavailable, // offline and nothing of the query is known
    };
    Action action = Action::Fetch;
    QList<CachePiece> kept; // bucket pieces in time order
    qint64 fetchStart = 0;
    qint64 fetchEnd = 0;
    TimeRanges::Range probe;
    qint64 dataAsOf = 0; // the served data is complete up to this service time; 0: final
    // Offline only: the parts of the query the cache does not know. Buckets reaching into them
    // are left out (a piece covering part of a bucket is not that bucket); they are neither
    // empty nor served.
    TimeRanges notCached;
};

CachePlan planQuery(const PlanInput &input, const CachePolicy &policy);

// The buckets of an answer assembled from kept pieces and the fetched part, in time order.
QList<IntervalBucket> assembleBuckets(const QList<CachePiece> &kept,
                                      const QList<IntervalBucket> &fetched = {});

} // namespace trro
