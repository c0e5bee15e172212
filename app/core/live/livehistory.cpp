#include "livehistory.h"

#include "liveroster.h"

#include <algorithm>

namespace trro {

LiveCounts liveCounts(const LiveRoster &roster, qint64 at) {
    LiveCounts counts;
    counts.at = at;
    for (const LiveRow &row : roster.rows()) {
        if (row.ended)
            continue;
        ++counts.running;
        if (row.stale)
            ++counts.stale;
        if (!row.quality.known())
            continue;
        ++counts.measured;
        if (row.quality.verdict == LiveQuality::Verdict::Degraded)
            ++counts.degraded;
        else if (row.quality.verdict == LiveQuality::Verdict::Bad)
            ++counts.bad;
    }
    return counts;
}

void LiveHistory::add(const LiveCounts &counts) {
    if (!m_samples.isEmpty() && counts.at <= m_samples.constLast().at)
        return;
    m_samples.append(counts);
    const qint64 oldest = counts.at - KeepSec;
    const auto kept = std::find_if(m_samples.cbegin(), m_samples.cend(),
                                   [oldest](const LiveCounts &c) { return c.at >= oldest; });
    qsizetype drop = kept - m_samples.cbegin();
    drop = std::max(drop, m_samples.size() - MaxSamples);
    if (drop > 0)
        m_samples.remove(0, drop);
}

std::optional<LiveCounts> LiveHistory::atOrBefore(qint64 at) const {
    const auto after = std::upper_bound(m_samples.cbegin(), m_samples.cend(), at,
                                        [](qint64 t, const LiveCounts &c) { return t < c.at; });
    if (after == m_samples.cbegin())
        return std::nullopt;
    return *(after - 1);
}

QList<double> LiveHistory::series(int LiveCounts::*figure) const {
    QList<double> values;
    values.reserve(m_samples.size());
    for (const LiveCounts &c : m_samples)
        values.append(c.*figure);
    return values;
}

} // namespace trro
