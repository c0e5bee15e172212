#include "chartgeometry.h"

#include <QtMath>
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace trro {

namespace {

// A piece of the combined outline: [a, b) at value, or a gap.
struct Segment {
    qint64 a = 0;
    qint64 b = 0;
    double value = 0.0;
    bool gap = false;
};

double secondsPerPixel(const PlotWindow &window) {
    const double span = double(std::max<qint64>(1, window.to - window.from));
    return span / double(std::max(1, window.pixelWidth));
}

// Spans as a well-behaved service sends them: ascending, none empty or inverted, none reaching
// into the next. Their ends ascend too.
bool ordered(const QList<BucketSpan> &spans) {
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (spans[i].end <= spans[i].start || (i > 0 && spans[i].start < spans[i - 1].end))
            return false;
    }
    return true;
}

// The segments of ordered spans in the window: found by binary search and read in place (no
// copy, no sort), whatever the length of the series.
QList<Segment> orderedSegments(const QList<BucketSpan> &spans, const PlotWindow &window) {
    const auto first =
        std::upper_bound(spans.cbegin(), spans.cend(), window.from,
                         [](qint64 from, const BucketSpan &s) { return from < s.end; });
    const auto last = std::lower_bound(first, spans.cend(), window.to,
                                       [](const BucketSpan &s, qint64 to) { return s.start < to; });
    QList<Segment> out;
    out.reserve((last - first) * 2);
    for (auto it = first; it != last; ++it) {
        if (it != first && it->start > (it - 1)->end)
            out.append({(it - 1)->end, it->start, 0.0, true});
        out.append({it->start, it->end, it->value, false});
    }
    return out;
}

// Clips to the window, gives zero-width buckets one pixel of width, and sweeps the spans into
// non-overlapping segments (gaps included), combining overlapping buckets.
QList<Segment> combine(const QList<BucketSpan> &spans, const PlotWindow &window, Combine how) {
    if (ordered(spans)) // the normal case
        return orderedSegments(spans, window);

    QList<Segment> out;
    const qint64 minWidth = std::max<qint64>(1, qint64(std::ceil(secondsPerPixel(window))));
    QList<BucketSpan> kept;
    kept.reserve(spans.size());
    for (BucketSpan s : spans) {
        if (s.end <= s.start)
            s.end = s.start + minWidth;
        if (s.end <= window.from || s.start >= window.to)
            continue;
        kept.append(s);
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const BucketSpan &l, const BucketSpan &r) { return l.start < r.start; });
    if (kept.isEmpty())
        return out;
    out.reserve(kept.size() * 2);

    bool overlapping = false;
    for (qsizetype i = 1; i < kept.size() && !overlapping; ++i)
        overlapping = kept[i].start < kept[i - 1].end;

    if (!overlapping) { // inverted or zero-width buckets, out of order: one pass once sorted
        for (qsizetype i = 0; i < kept.size(); ++i) {
            if (i > 0 && kept[i].start > kept[i - 1].end)
                out.append({kept[i - 1].end, kept[i].start, 0.0, true});
            out.append({kept[i].start, kept[i].end, kept[i].value, false});
        }
        return out;
    }

    // Overlaps (duplicates, inverted neighbours): sweep over every bound.
    QList<qint64> bounds;
    bounds.reserve(kept.size() * 2);
    for (const BucketSpan &s : kept) {
        bounds.append(s.start);
        bounds.append(s.end);
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    QList<BucketSpan> byEnd = kept;
    std::sort(byEnd.begin(), byEnd.end(),
              [](const BucketSpan &l, const BucketSpan &r) { return l.end < r.end; });

    std::multiset<double> active;
    qsizetype nextStart = 0;
    qsizetype nextEnd = 0;
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        const qint64 at = bounds[i];
        while (nextEnd < byEnd.size() && byEnd[nextEnd].end <= at) {
            active.erase(active.find(byEnd[nextEnd].value));
            ++nextEnd;
        }
        while (nextStart < kept.size() && kept[nextStart].start <= at) {
            active.insert(kept[nextStart].value);
            ++nextStart;
        }
        Segment seg{at, bounds[i + 1], 0.0, active.empty()};
        if (!seg.gap)
            seg.value = how == Combine::Max ? *active.rbegin() : *active.begin();
        if (!out.isEmpty() && out.last().gap == seg.gap && out.last().value == seg.value)
            out.last().b = seg.b;
        else
            out.append(seg);
    }
    return out;
}

// Reduces segments to pixel columns when there are more segments than pixels.
// Each column keeps the range of values it covers (min and max) and whether it has data.
struct Column {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    bool data = false;
};

QList<Column> toColumns(const QList<Segment> &segments, const PlotWindow &window) {
    const int width = std::max(1, window.pixelWidth);
    const double spp = secondsPerPixel(window);
    QList<Column> columns(width);
    for (const Segment &s : segments) {
        if (s.gap)
            continue;
        const int c0 = std::clamp(int(std::floor(double(s.a - window.from) / spp)), 0, width - 1);
        const int c1 =
            std::clamp(int(std::ceil(double(s.b - window.from) / spp)) - 1, c0, width - 1);
        for (int c = c0; c <= c1; ++c) {
            Column &col = columns[c];
            col.lo = std::min(col.lo, s.value);
            col.hi = std::max(col.hi, s.value);
            col.data = true;
        }
    }
    return columns;
}

double columnX(const PlotWindow &window, int column) {
    return double(window.from) + secondsPerPixel(window) * column;
}

} // namespace

QList<BucketSpan> bucketSpans(const QList<IntervalBucket> &buckets,
                              const std::function<double(const IntervalBucket &)> &value,
                              const std::function<bool(const IntervalBucket &)> &skip) {
    QList<BucketSpan> spans;
    spans.reserve(buckets.size());
    for (const IntervalBucket &b : buckets) {
        if (skip && skip(b))
            continue;
        spans.append({b.startTime, b.endTime, value(b)});
    }
    return spans;
}

QList<QPointF> areaSteps(const QList<BucketSpan> &spans, const PlotWindow &window, Combine how) {
    const QList<Segment> segments = combine(spans, window, how);
    QList<QPointF> points;
    if (segments.isEmpty())
        return points;

    if (segments.size() > window.pixelWidth) {
        const QList<Column> columns = toColumns(segments, window);
        points.reserve(columns.size() * 2 + 2);
        points.append({columnX(window, 0), 0.0});
        for (int c = 0; c < columns.size(); ++c) {
            const double v = columns[c].data ? columns[c].hi : 0.0;
            points.append({columnX(window, c), v});
            points.append({columnX(window, c + 1), v});
        }
        points.append({columnX(window, int(columns.size())), 0.0});
        return points;
    }

    points.reserve(segments.size() * 2 + 2);
    points.append({double(segments.first().a), 0.0});
    for (const Segment &s : segments) {
        const double v = s.gap ? 0.0 : s.value;
        points.append({double(s.a), v});
        points.append({double(s.b), v});
    }
    points.append({double(segments.last().b), 0.0});
    return points;
}

QList<QPointF> lineSteps(const QList<BucketSpan> &spans, const PlotWindow &window, Combine how) {
    const QList<Segment> segments = combine(spans, window, how);
    QList<QPointF> points;
    if (segments.isEmpty())
        return points;
    const double nan = qQNaN();

    if (segments.size() > window.pixelWidth) {
        const QList<Column> columns = toColumns(segments, window);
        points.reserve(columns.size() * 2);
        bool open = false;
        for (int c = 0; c < columns.size(); ++c) {
            if (!columns[c].data) {
                if (open)
                    points.append({columnX(window, c), nan});
                open = false;
                continue;
            }
            const double x = columnX(window, c) + secondsPerPixel(window) / 2;
            points.append({x, columns[c].lo});
            if (columns[c].hi != columns[c].lo)
                points.append({x, columns[c].hi});
            open = true;
        }
        return points;
    }

    points.reserve(segments.size() * 2);
    for (const Segment &s : segments) {
        if (s.gap) {
            points.append({double(s.a), nan});
            continue;
        }
        points.append({double(s.a), s.value});
        points.append({double(s.b), s.value});
    }
    return points;
}

double maxInRange(const QList<QPointF> &points, qint64 from, qint64 to) {
    double top = 0.0;
    const auto begin = std::lower_bound(points.cbegin(), points.cend(), double(from),
                                        [](const QPointF &p, double x) { return p.x() < x; });
    // One point back: a step that starts before the window still shows inside it.
    auto it = begin == points.cbegin() ? begin : begin - 1;
    for (; it != points.cend() && it->x() <= double(to); ++it) {
        if (!qIsNaN(it->y()))
            top = std::max(top, it->y());
    }
    return top;
}

NiceAxis niceAxis(double maxValue, int maxTicks, bool integral) {
    maxTicks = std::max(3, maxTicks);
    NiceAxis axis;
    if (!(maxValue > 0.0) || !std::isfinite(maxValue)) {
        axis.top = integral ? 4.0 : 1.0;
        axis.tickCount = integral ? 5 : 3;
        axis.step = axis.top / (axis.tickCount - 1);
        return axis;
    }
    const double intervals = maxTicks - 1;
    const double raw = maxValue / intervals;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    static constexpr double multipliers[] = {1.0, 2.0, 2.5, 5.0, 10.0};
    double step = magnitude * 10.0;
    for (double m : multipliers) {
        const double candidate = m * magnitude;
        if (integral && candidate < 1.0)
            continue;
        if (integral && m == 2.5 && magnitude < 10.0)
            continue; // 2.5 is not an integer step
        if (candidate * intervals >= maxValue) {
            step = candidate;
            break;
        }
    }
    if (integral)
        step = std::max(1.0, step);
    const int count = int(std::ceil(maxValue / step - 1e-9));
    axis.step = step;
    axis.tickCount = std::max(2, count) + 1;
    axis.top = step * (axis.tickCount - 1);
    return axis;
}

} // namespace trro
