#pragma once

#include <QList>
#include <QtGlobal>

namespace trro {

// A set of half-open time ranges [start, end) in unix seconds, kept sorted and disjoint.
// The stats cache uses it for "known to hold no data" and "still unknown" parts of a query.
class TimeRanges final {
public:
    struct Range {
        qint64 start = 0;
        qint64 end = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    TimeRanges() = default;
    TimeRanges(qint64 start, qint64 end) { add(start, end); }

    void add(qint64 start, qint64 end);
    void add(const TimeRanges &other);
    void subtract(qint64 start, qint64 end);
    void subtract(const TimeRanges &other);
    // The part inside [start, end).
    TimeRanges clipped(qint64 start, qint64 end) const;

    bool covers(qint64 start, qint64 end) const; // [start, end) lies inside the set
    bool intersects(qint64 start, qint64 end) const;
    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<Range> &ranges() const { return m_ranges; }
    qint64 first() const { return m_ranges.isEmpty() ? 0 : m_ranges.constFirst().start; }
    qint64 last() const { return m_ranges.isEmpty() ? 0 : m_ranges.constLast().end; }

    friend bool operator==(const TimeRanges &, const TimeRanges &) = default;

private:
    QList<Range> m_ranges;
};

} // namespace trro
