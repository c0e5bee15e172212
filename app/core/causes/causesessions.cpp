#include "causesessions.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace trro {
namespace {

// Calls visit(session, bad) for every session of list that findCauses() counts.
void forCounted(const QList<DeviceSession> &list, qint64 start, qint64 end,
                const std::function<void(const DeviceSession &, bool)> &visit) {
    QSet<QString> seen;
    const bool bounded = start != 0 || end != 0;
    for (const DeviceSession &s : list) {
        bool bad = false;
        if (!countedSession(s, &bad) || (bounded && (s.startTime < start || s.startTime >= end)))
            continue;
        if (!s.sessionId.isEmpty()) {
            if (seen.contains(s.sessionId))
                continue;
            seen.insert(s.sessionId);
        }
        visit(s, bad);
    }
}

struct Count {
    qint64 sessions = 0;
    qint64 notBad = 0;
};

} // namespace

bool holdsCauseValue(const CauseRow &row, const DeviceSession &session, const CauseInput &input,
                     const CauseOptions &options) {
    if (row.other || row.value.isEmpty())
        return false;
    return causeValue(row.dimension, session, input, options) == row.value;
}

QList<DeviceSession> causeSessions(const CauseRow &row, const CauseInput &input,
                                   const CauseOptions &options) {
    QList<DeviceSession> out;
    forCounted(input.span, input.spanStart, input.spanEnd, [&](const DeviceSession &s, bool) {
        if (holdsCauseValue(row, s, input, options))
            out.append(s);
    });
    std::stable_sort(out.begin(), out.end(), [](const DeviceSession &a, const DeviceSession &b) {
        return a.startTime < b.startTime;
    });
    return out;
}

QList<IntervalBucket> bucketsWithout(const CauseRow &row, const CauseInput &input,
                                     const CauseOptions &options,
                                     const QList<QPair<qint64, qint64>> &buckets) {
    // The covered part of each bucket: its overlap with the span, else with the baseline.
    struct Part {
        qint64 start, end;
        bool baseline;
    };
    QList<Part> parts;
    for (const auto &[start, end] : buckets) {
        const qint64 spanFrom = std::max(start, input.spanStart);
        const qint64 spanTo = std::min(end, input.spanEnd);
        const qint64 baseFrom = std::max(start, input.baselineStart);
        const qint64 baseTo = std::min(end, input.baselineEnd);
        if (spanTo > spanFrom)
            parts.append({spanFrom, spanTo, false});
        if (baseTo > baseFrom && (baseTo <= spanFrom || baseFrom >= spanTo))
            parts.append({baseFrom, baseTo, true});
    }
    std::sort(parts.begin(), parts.end(),
              [](const Part &a, const Part &b) { return a.start < b.start; });
    QList<Count> counts(parts.size());
    const auto tally = [&](bool baseline) {
        return [&, baseline](const DeviceSession &s, bool bad) {
            if (holdsCauseValue(row, s, input, options))
                return;
            // The parts are few (a chart's buckets in view): a binary search per session.
            const auto it = std::upper_bound(parts.cbegin(), parts.cend(), s.startTime,
                                             [](qint64 t, const Part &p) { return t < p.start; });
            if (it == parts.cbegin())
                return;
            const qsizetype i = (it - parts.cbegin()) - 1;
            const Part &p = parts.at(i);
            if (p.baseline != baseline || s.startTime >= p.end)
                return;
            ++counts[i].sessions;
            counts[i].notBad += bad ? 0 : 1;
        };
    };
    forCounted(input.span, input.spanStart, input.spanEnd, tally(false));
    forCounted(input.baseline, input.baselineStart, input.baselineEnd, tally(true));
    QList<IntervalBucket> out;
    out.reserve(parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i) {
        IntervalBucket b;
        b.startTime = parts.at(i).start;
        b.endTime = parts.at(i).end;
        b.sessionNum = counts.at(i).sessions;
        b.notBadSessionRatio = counts.at(i).sessions > 0
                                   ? int(std::lround(100.0 * double(counts.at(i).notBad) /
                                                     double(counts.at(i).sessions)))
                                   : 0;
        out.append(b);
    }
    return out;
}

} // namespace trro
