#include "cacheplan.h"

#include <QHash>
#include <algorithm>
#include <optional>

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

namespace {

// planQuery's steps over one query [start, end): what is known to be empty, the best cached
// piece of every cell, then serve, probe a short window, or fetch the smallest stretch.
class Planner final {
public:
    Planner(const PlanInput &input, const CachePolicy &policy)
        : m_in(input)
        , m_policy(policy)
        , m_start(input.start)
        , m_end(input.end) {}

    CachePlan plan();

private:
    bool usable(const CachePiece &p) const {
        return m_in.offline || p.settled(m_policy.settleSec) ||
               m_in.now - p.fetchedAt < m_policy.maxAgeSec;
    }
    void noteAsOf(qint64 t) { m_asOf = m_asOf == 0 ? t : std::min(m_asOf, t); }
    void collectKnownEmpty();
    bool matchCells();
    void keep(const CachePiece &p, CachePlan *plan);
    std::optional<TimeRanges::Range> probeWindow(const TimeRanges &unknown) const;
    void planFetch(const TimeRanges &unknown, CachePlan *plan);

    const PlanInput &m_in;
    const CachePolicy &m_policy;
    const qint64 m_start;
    const qint64 m_end;
    qint64 m_asOf = 0;
    TimeRanges m_known;         // known to hold no data
    QList<Candidate> m_matched; // the best piece of each cell, in time order
};

// What is known to hold no data: empty stretches, probe results, and what follows the end of a
// recent request (nothing there had been reported when it was made).
void Planner::collectKnownEmpty() {
    m_known = m_in.quiet;
    for (const CachePiece &p : m_in.pieces) {
        if (!usable(p))
            continue;
        if (p.empty) {
            m_known.add(p.clipStart, p.clipEnd);
            if (!p.settled(m_policy.settleSec) && p.clipStart < m_end && p.clipEnd > m_start)
                noteAsOf(p.fetchedAt);
        }
        // Offline the stretch after a request is not known at all: it is left to notCached.
        const qint64 horizon = std::min(p.fetchedAt, p.clipEnd);
        if (p.tail && p.clipEnd < m_end && !m_in.offline &&
            m_in.now - horizon < m_policy.maxAgeSec) {
            m_known.add(p.clipEnd, m_end);
            noteAsOf(horizon);
        }
    }
}

// The best piece for every cell the query touches; false when cells overlap (the grid is not
// consistent).
bool Planner::matchCells() {
    QHash<qint64, Candidate> best;
    for (const CachePiece &p : m_in.pieces) {
        if (p.empty || !usable(p))
            continue;
        const TimeRanges::Range need = needed(p, m_start, m_end);
        if (need.start >= need.end || !unexplained(p, need, m_known).isEmpty())
            continue;
        auto it = best.find(p.cellStart);
        if (it == best.end())
            best.insert(p.cellStart, Candidate{p, true});
        else if (p.fetchedAt > it->piece.fetchedAt)
            *it = Candidate{p, true};
    }
    m_matched = best.values();
    std::sort(m_matched.begin(), m_matched.end(), [](const Candidate &a, const Candidate &b) {
        return a.piece.cellStart < b.piece.cellStart;
    });
    for (qsizetype i = 1; i < m_matched.size(); ++i) {
        if (m_matched.at(i).piece.cellStart < m_matched.at(i - 1).piece.cellEnd)
            return false;
    }
    return true;
}

void Planner::keep(const CachePiece &p, CachePlan *plan) {
    plan->kept.append(p);
    if (!p.settled(m_policy.settleSec))
        noteAsOf(p.fetchedAt);
}

// Every unknown part lies in a cell whose settled piece differs from the query only by a short
// window (the edges of a moving range): a session probe over the window can show that nothing
// started there, and then the piece serves. One window at a time.
std::optional<TimeRanges::Range> Planner::probeWindow(const TimeRanges &unknown) const {
    if (m_policy.probeMaxSec <= 0)
        return std::nullopt;
    std::optional<TimeRanges::Range> window;
    for (const TimeRanges::Range &u : unknown.ranges()) {
        bool found = false;
        for (const CachePiece &p : m_in.pieces) {
            if (p.empty || !p.settled(m_policy.settleSec))
                continue;
            const TimeRanges::Range need = needed(p, m_start, m_end);
            if (u.start < need.start || u.end > need.end)
                continue;
            const TimeRanges diff = unexplained(p, need, m_known);
            if (diff.ranges().size() != 1)
                continue;
            const TimeRanges::Range w = diff.ranges().constFirst();
            if (w.end - w.start <= m_policy.probeMaxSec && w.end + m_policy.settleSec <= m_in.now &&
                !m_in.busy.intersects(w.start, w.end)) {
                if (!window)
                    window = w;
                found = true;
                break;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return window;
}

// Fetch from the last known boundary before the unknown to the first one after it; the matched
// pieces outside that stretch are kept.
void Planner::planFetch(const TimeRanges &unknown, CachePlan *plan) {
    QList<qint64> bounds = m_in.boundaries;
    for (const Candidate &c : std::as_const(m_matched))
        bounds << c.piece.cellStart << c.piece.cellEnd;
    qint64 fetchStart = m_start;
    qint64 fetchEnd = m_end;
    for (const qint64 b : std::as_const(bounds)) {
        if (b > fetchStart && b <= unknown.first())
            fetchStart = b;
        if (b < fetchEnd && b >= unknown.last())
            fetchEnd = b;
    }
    // A bound inside a matched cell is not a cell boundary after all.
    for (const Candidate &c : std::as_const(m_matched)) {
        if (c.piece.cellStart < fetchStart && fetchStart < c.piece.cellEnd)
            fetchStart = m_start;
        if (c.piece.cellStart < fetchEnd && fetchEnd < c.piece.cellEnd)
            fetchEnd = m_end;
    }
    plan->fetchStart = fetchStart;
    plan->fetchEnd = fetchEnd;
    for (const Candidate &c : std::as_const(m_matched)) {
        const TimeRanges::Range need = needed(c.piece, m_start, m_end);
        if (need.end <= fetchStart || need.start >= fetchEnd)
            keep(c.piece, plan);
    }
    plan->dataAsOf = m_asOf;
}

CachePlan Planner::plan() {
    CachePlan plan;
    plan.fetchStart = m_start;
    plan.fetchEnd = m_end;
    if (m_start >= m_end) {
        plan.action = CachePlan::Action::Serve;
        return plan;
    }
    collectKnownEmpty();
    if (!matchCells())
        return plan; // ask for everything
    TimeRanges covered = m_known;
    for (const Candidate &c : std::as_const(m_matched)) {
        const TimeRanges::Range need = needed(c.piece, m_start, m_end);
        covered.add(need.start, need.end);
    }
    TimeRanges unknown(m_start, m_end);
    unknown.subtract(covered);

    if (unknown.isEmpty() || (m_in.offline && unknown != TimeRanges(m_start, m_end))) {
        plan.action = CachePlan::Action::Serve;
        for (const Candidate &c : std::as_const(m_matched))
            keep(c.piece, &plan);
        plan.dataAsOf = m_asOf;
        plan.notCached = unknown;
        return plan;
    }
    if (m_in.offline) {
        plan.action = CachePlan::Action::Unavailable;
        plan.notCached = unknown;
        return plan;
    }
    if (const auto window = probeWindow(unknown)) {
        plan.action = CachePlan::Action::Probe;
        plan.probe = *window;
        return plan;
    }
    planFetch(unknown, &plan);
    return plan;
}

} // namespace

CachePlan planQuery(const PlanInput &input, const CachePolicy &policy) {
    return Planner(input, policy).plan();
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
