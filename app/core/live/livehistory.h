#pragma once

#include <QList>
#include <QtGlobal>
#include <optional>

namespace trro {

class LiveRoster;

// What one refresh of the running sessions counted: the figures of the "Now" page's tiles.
struct LiveCounts {
    qint64 at = 0;    // the refresh's answer (unix seconds)
    int running = 0;  // listed and not ended
    int stale = 0;    // running without a report for longer than two refreshes
    int measured = 0; // running with a live quality figure
    int degraded = 0; // of the measured: one metric past its threshold
    int bad = 0;      // of the measured: bad
    friend bool operator==(const LiveCounts &, const LiveCounts &) = default;
};

LiveCounts liveCounts(const LiveRoster &roster, qint64 at);

// The counts of the last hour, one per answer, oldest first: the trend of the tiles and what
// they compare with ("vs 10 min ago"). Bounded by time and by count.
class LiveHistory final {
public:
    static constexpr qint64 KeepSec = 3600;
    static constexpr int MaxSamples = 2000;

    // A sample not later than the newest is ignored (an answer counted twice, a clock set back).
    void add(const LiveCounts &counts);
    void clear() { m_samples.clear(); }
    const QList<LiveCounts> &samples() const { return m_samples; }
    // The newest sample at or before `at`; none when every sample is later.
    std::optional<LiveCounts> atOrBefore(qint64 at) const;
    // One figure of every sample, oldest first (for a sparkline).
    QList<double> series(int LiveCounts::*figure) const;

private:
    QList<LiveCounts> m_samples;
};

} // namespace trro
