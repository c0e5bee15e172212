#include "timeranges.h"

#include <algorithm>

namespace trro {

void TimeRanges::add(qint64 start, qint64 end) {
    if (start >= end)
        return;
    QList<Range> out;
    out.reserve(m_ranges.size() + 1);
    Range merged{start, end};
    bool placed = false;
    for (const Range &r : std::as_const(m_ranges)) {
        if (r.end < merged.start) {
            out.append(r);
        } else if (merged.end < r.start) {
            if (!placed) {
                out.append(merged);
                placed = true;
            }
            out.append(r);
        } else { // touching or overlapping: merge
            merged.start = std::min(merged.start, r.start);
            merged.end = std::max(merged.end, r.end);
        }
    }
    if (!placed)
        out.append(merged);
    m_ranges = std::move(out);
}

void TimeRanges::add(const TimeRanges &other) {
    for (const Range &r : other.m_ranges)
        add(r.start, r.end);
}

void TimeRanges::subtract(qint64 start, qint64 end) {
    if (start >= end)
        return;
    QList<Range> out;
    out.reserve(m_ranges.size() + 1);
    for (const Range &r : std::as_const(m_ranges)) {
        if (r.end <= start || end <= r.start) {
            out.append(r);
            continue;
        }
        if (r.start < start)
            out.append(Range{r.start, start});
        if (end < r.end)
            out.append(Range{end, r.end});
    }
    m_ranges = std::move(out);
}

void TimeRanges::subtract(const TimeRanges &other) {
    for (const Range &r : other.m_ranges)
        subtract(r.start, r.end);
}

TimeRanges TimeRanges::clipped(qint64 start, qint64 end) const {
    TimeRanges out;
    for (const Range &r : m_ranges) {
        const qint64 s = std::max(r.start, start);
        const qint64 e = std::min(r.end, end);
        if (s < e)
            out.m_ranges.append(Range{s, e});
    }
    return out;
}

bool TimeRanges::covers(qint64 start, qint64 end) const {
    if (start >= end)
        return true;
    for (const Range &r : m_ranges) {
        if (r.start <= start && end <= r.end)
            return true;
    }
    return false;
}

bool TimeRanges::intersects(qint64 start, qint64 end) const {
    for (const Range &r : m_ranges) {
        if (r.start < end && start < r.end)
            return true;
    }
    return false;
}

} // namespace trro
