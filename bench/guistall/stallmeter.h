#pragma once

// The event loop's responsiveness: a precise 5 ms timer and how late its ticks come. A tick
// that comes 40 ms late means the thread could not react for 40 ms (a stall).

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <vector>

namespace trro::bench {

class StallMeter final : public QObject {
public:
    static constexpr int IntervalMs = 5;

    StallMeter() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_lateness.push_back(std::max<qint64>(0, now - m_last - IntervalMs * 1000000LL));
            m_last = now;
        });
    }

    void start() {
        m_lateness.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    double worstMs() const {
        return m_lateness.empty() ? 0
                                  : *std::max_element(m_lateness.cbegin(), m_lateness.cend()) / 1e6;
    }
    double percentileMs(double p) const {
        if (m_lateness.empty())
            return 0;
        std::vector<qint64> sorted = m_lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))] / 1e6;
    }
    size_t ticks() const { return m_lateness.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<qint64> m_lateness;
};

} // namespace trro::bench
