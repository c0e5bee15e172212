#include "sessionchartdata.h"

#include <algorithm>
#include <cmath>

namespace trro {

namespace {

// A pause longer than this many typical spacings is a gap, not a held value.
constexpr qint64 GapSpacings = 3;

qint64 typicalSpacing(const QList<qint64> &times) {
    QList<qint64> steps;
    steps.reserve(times.size());
    for (qsizetype i = 1; i < times.size(); ++i) {
        if (times.at(i) > times.at(i - 1))
            steps.append(times.at(i) - times.at(i - 1));
    }
    if (steps.isEmpty())
        return 1;
    const auto middle = steps.begin() + steps.size() / 2;
    std::nth_element(steps.begin(), middle, steps.end());
    return std::max<qint64>(1, *middle);
}

} // namespace

bool SessionChartData::hasValue(double value) {
    return value >= 0.0;
}

SessionChartData::SessionChartData(const QList<SideTelemetry> &sides) {
    bool any = false;
    for (const SideTelemetry &telemetry : sides) {
        Side side;
        side.telemetry = telemetry;
        side.times.reserve(telemetry.timeOffset.size());
        for (double offset : telemetry.timeOffset)
            side.times.append(telemetry.startTime + qint64(std::floor(offset)));
        side.sorted = std::is_sorted(side.times.cbegin(), side.times.cend());
        const qint64 spacing = typicalSpacing(side.times);
        side.ends.reserve(side.times.size());
        for (qsizetype i = 0; i < side.times.size(); ++i) {
            const qint64 t = side.times.at(i);
            const qint64 next = i + 1 < side.times.size() ? side.times.at(i + 1) : t + spacing;
            side.ends.append(next > t && next - t <= GapSpacings * spacing ? next : t + spacing);
        }
        qint64 lo = telemetry.startTime;
        qint64 hi = std::max(telemetry.endTime, telemetry.startTime);
        if (!side.times.isEmpty()) {
            lo = std::min(lo, *std::min_element(side.times.cbegin(), side.times.cend()));
            hi = std::max(hi, *std::max_element(side.ends.cbegin(), side.ends.cend()));
        }
        if (lo > 0 || hi > 0) {
            m_from = any ? std::min(m_from, lo) : lo;
            m_to = any ? std::max(m_to, hi) : hi;
            any = true;
        }
        m_sides.append(side);
    }
}

bool SessionChartData::isEmpty() const {
    return std::all_of(m_sides.cbegin(), m_sides.cend(),
                       [](const Side &side) { return side.times.isEmpty(); });
}

int SessionChartData::sideIndex(DeviceType type) const {
    for (int i = 0; i < m_sides.size(); ++i) {
        if (m_sides.at(i).telemetry.deviceType == type)
            return i;
    }
    return -1;
}

qsizetype SessionChartData::sampleAt(int side, qint64 time) const {
    if (side < 0 || side >= m_sides.size())
        return -1;
    const Side &s = m_sides.at(side);
    if (s.sorted) {
        const auto it = std::upper_bound(s.times.cbegin(), s.times.cend(), time);
        if (it == s.times.cbegin())
            return -1;
        const qsizetype i = (it - s.times.cbegin()) - 1;
        return time < s.ends.at(i) ? i : -1;
    }
    for (qsizetype i = 0; i < s.times.size(); ++i) { // out of order as sent: look at each
        if (s.times.at(i) <= time && time < s.ends.at(i))
            return i;
    }
    return -1;
}

bool SessionChartData::spanAt(qint64 time, qint64 *start, qint64 *end) const {
    QList<int> order;
    const int field = sideIndex(DeviceType::Field);
    if (field >= 0)
        order.append(field);
    for (int i = 0; i < m_sides.size(); ++i) {
        if (i != field)
            order.append(i);
    }
    for (int side : std::as_const(order)) {
        const qsizetype i = sampleAt(side, time);
        if (i >= 0) {
            *start = m_sides.at(side).times.at(i);
            *end = m_sides.at(side).ends.at(i);
            return true;
        }
    }
    return false;
}

QList<BucketSpan> SessionChartData::spans(int side, const QList<double> &values) const {
    QList<BucketSpan> out;
    if (side < 0 || side >= m_sides.size())
        return out;
    const Side &s = m_sides.at(side);
    const qsizetype n = std::min(values.size(), s.times.size());
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (hasValue(values.at(i)))
            out.append({s.times.at(i), s.ends.at(i), values.at(i)});
    }
    return out;
}

QList<QPair<qint64, qint64>>
SessionChartData::stretches(int side, const QList<double> &values,
                            const std::function<bool(double)> &pass) const {
    QList<QPair<qint64, qint64>> out;
    if (side < 0 || side >= m_sides.size())
        return out;
    const Side &s = m_sides.at(side);
    const qsizetype n = std::min(values.size(), s.times.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (!hasValue(values.at(i)) || !pass(values.at(i)))
            continue;
        if (!out.isEmpty() && s.times.at(i) <= out.last().second &&
            s.times.at(i) >= out.last().first)
            out.last().second = std::max(out.last().second, s.ends.at(i));
        else
            out.append({s.times.at(i), s.ends.at(i)});
    }
    return out;
}

} // namespace trro
