#include "cacheplan.h"

#include <QHash>
#include <algorithm>

namespace trro {
namespace {

bool isClean(qint64 start, qint64 end, const QList<IntervalBucket> &buckets) {
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const IntervalBucket &b = buckets.at(i);
        if (b.startTime >= b.endTime || b.startTime >= end || b.endTime <= start)
            return false;
        if (i > 0 && b.startTime < buckets.at(i - 1).endTime)
            return false;
    }
    return true;
}

// The part of the piece's cell a query over [start, end) needs.
TimeRanges::Range needed(const CachePiece &p, qint64 start, qint64 end) {
    return {std::max(start, p.cellStart), std::min(end, p.cellEnd)};
}

// Where the piece's clip and the needed part differ, minus what is known to be empty.
TimeRanges unexplained(const CachePiece &p, const TimeRanges::Range &need,
                       const TimeRanges &known) {
    TimeRanges diff(p.clipStart, p.clipEnd);
    diff.subtract(need.start, need.end);
    TimeRanges missing(need.start, need.end);
    missing.subtract(p.clipStart, p.clipEnd);
    diff.add(missing);
    diff.subtract(known);
    return diff;
}

struct Candidate {
    CachePiece piece;
    bool exact = false;
};

} // namespace

AbsorbedAnswer absorbAnswer(qint64 start, qint64 end, qint64 fetchedAt,
                            const QList<IntervalBucket> &buckets) {
    AbsorbedAnswer out;
    if (start >= end || !isClean(start, end, buckets))
        return out;
    out.clean = true;
    qint64 pos = start;
    auto addEmpty = [&](qint64 to) {
        CachePiece p;
        p.cellStart = p.clipStart = pos;
        p.cellEnd = p.clipEnd = to;
        p.empty = true;
        p.fetchedAt = fetchedAt;
        out.pieces.append(p);
    };
    for (const IntervalBucket &b : buckets) {
        const qint64 clipStart = std::max(b.startTime, start);
        if (clipStart > pos)
            addEmpty(clipStart);
        CachePiece p;
        p.cellStart = b.startTime;
        p.cellEnd = b.endTime;
        p.clipStart = clipStart;
        p.clipEnd = std::min(b.endTime, end);
        p.fetchedAt = fetchedAt;
        p.bucket = b;
        out.pieces.append(p);
        pos = p.clipEnd;
        // A bound equal to an edge of the request may be the request's edge echoed back.
        if (b.startTime != start)
            out.boundaries.append(b.startTime);
        if (b.endTime != end)
            out.boundaries.append(b.endTime);
    }
    if (pos < end)
        addEmpty(end);
    out.pieces.last().tail = true;
    return out;
}

CachePlan planQuery(const PlanInput &in, const CachePolicy &policy) {
    CachePlan plan;
    const qint64 S = in.start;
    const qint64 E = in.end;
    plan.fetchStart = S;
    plan.fetchEnd = E;
    if (S >= E) {
        plan.action = CachePlan::Action::Serve;
        return plan;
    }
    const auto usable = [&](const CachePiece &p) {
        return in.offline || p.settled(policy.settleSec) || in.now - p.fetchedAt < policy.maxAgeSec;
    };
    qint64 asOf = 0;
    const auto noteAsOf = [&asOf](qint64 t) { asOf = asOf == 0 ? t : std::min(asOf, t); };

    // What is known to hold no data: empty stretches, probe results, and what follows the end
    // of a recent request (nothing there had been reported when it was made).
    TimeRanges known = in.quiet;
    for (const CachePiece &p : in.pieces) {
        if (!usable(p))
            continue;
        if (p.empty) {
            known.add(p.clipStart, p.clipEnd);
            if (!p.settled(policy.settleSec) && p.clipStart < E && p.clipEnd > S)
                noteAsOf(p.fetchedAt);
        }
        // Offline the stretch after a request is not known at all: it is left to notCached.
        const qint64 horizon = std::min(p.fetchedAt, p.clipEnd);
        if (p.tail && p.clipEnd < E && !in.offline && in.now - horizon < policy.maxAgeSec) {
            known.add(p.clipEnd, E);
            noteAsOf(horizon);
        }
    }

    // The best piece for every cell the query touches.
    QHash<qint64, Candidate> best;
    for (const CachePiece &p : in.pieces) {
        if (p.empty || !usable(p))
            continue;
        const TimeRanges::Range need = needed(p, S, E);
        if (need.start >= need.end)
            continue;
        const bool exact = unexplained(p, need, known).isEmpty();
        if (!exact)
            continue;
        auto it = best.find(p.cellStart);
        if (it == best.end()) {
            best.insert(p.cellStart, Candidate{p, exact});
        } else if ((exact && !it->exact) ||
                   (exact == it->exact && p.fetchedAt > it->piece.fetchedAt)) {
            *it = Candidate{p, exact};
        }
    }
    QList<Candidate> matched = best.values();
    std::sort(matched.begin(), matched.end(), [](const Candidate &a, const Candidate &b) {
        return a.piece.cellStart < b.piece.cellStart;
    });
    TimeRanges covered = known;
    for (qsizetype i = 0; i < matched.size(); ++i) {
        const CachePiece &p = matched.at(i).piece;
        if (i > 0 && p.cellStart < matched.at(i - 1).piece.cellEnd)
            return plan; // cells that overlap: the grid is not consistent, ask for everything
        const TimeRanges::Range need = needed(p, S, E);
        covered.add(need.start, need.end);
    }
    TimeRanges unknown(S, E);
    unknown.subtract(covered);

    if (unknown.isEmpty() || (in.offline && unknown != TimeRanges(S, E))) {
        plan.action = CachePlan::Action::Serve;
        for (const Candidate &c : std::as_const(matched)) {
            plan.kept.append(c.piece);
            if (!c.piece.settled(policy.settleSec))
                noteAsOf(c.piece.fetchedAt);
        }
        plan.dataAsOf = asOf;
        plan.notCached = unknown;
        return plan;
    }
    if (in.offline) {
        plan.action = CachePlan::Action::Unavailable;
        plan.notCached = unknown;
        return plan;
    }

    // Every unknown part lies in a cell whose settled piece differs from the query only by a
    // short window (the edges of a moving range): a session probe over the window can show that
    // nothing started there, and then the piece serves. One window at a time.
    if (policy.probeMaxSec > 0) {
        TimeRanges::Range window{0, 0};
        bool explained = true;
        for (const TimeRanges::Range &u : unknown.ranges()) {
            bool found = false;
            for (const CachePiece &p : in.pieces) {
                if (p.empty || !p.settled(policy.settleSec))
                    continue;
                const TimeRanges::Range need = needed(p, S, E);
                if (u.start < need.start || u.end > need.end)
                    continue;
                const TimeRanges diff = unexplained(p, need, known);
                if (diff.ranges().size() != 1)
                    continue;
                const TimeRanges::Range w = diff.ranges().constFirst();
                if (w.end - w.start <= policy.probeMaxSec && w.end + policy.settleSec <= in.now &&
                    !in.busy.intersects(w.start, w.end)) {
                    if (window.end == 0)
                        window = w;
                    found = true;
                    break;
                }
            }
            if (!found) {
                explained = false;
                break;
            }
        }
        if (explained && window.end != 0) {
            plan.action = CachePlan::Action::Probe;
            plan.probe = window;
            return plan;
        }
    }

    // Fetch from the last known boundary before the unknown to the first one after it.
    QList<qint64> bounds = in.boundaries;
    for (const Candidate &c : std::as_const(matched))
        bounds << c.piece.cellStart << c.piece.cellEnd;
    qint64 x = S;
    qint64 y = E;
    for (const qint64 b : std::as_const(bounds)) {
        if (b > x && b <= unknown.first())
            x = b;
        if (b < y && b >= unknown.last())
            y = b;
    }
    for (const Candidate &c : std::as_const(matched)) {
        if (c.piece.cellStart < x && x < c.piece.cellEnd)
            x = S;
        if (c.piece.cellStart < y && y < c.piece.cellEnd)
            y = E;
    }
    plan.fetchStart = x;
    plan.fetchEnd = y;
    for (const Candidate &c : std::as_const(matched)) {
        const TimeRanges::Range need = needed(c.piece, S, E);
        if (need.end <= x || need.start >= y) {
            plan.kept.append(c.piece);
            if (!c.piece.settled(policy.settleSec))
                noteAsOf(c.piece.fetchedAt);
        }
    }
    plan.dataAsOf = asOf;
    return plan;
}

QList<IntervalBucket> assembleBuckets(const QList<CachePiece> &kept,
                                      const QList<IntervalBucket> &fetched) {
    QList<IntervalBucket> out;
    out.reserve(kept.size() + fetched.size());
    for (const CachePiece &p : kept)
        out.append(p.bucket);
    out.append(fetched);
    std::stable_sort(out.begin(), out.end(), [](const IntervalBucket &a, const IntervalBucket &b) {
        return a.startTime < b.startTime;
    });
    return out;
}

} // namespace trro
