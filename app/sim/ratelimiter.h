#pragma once

#include <QHash>
#include <QString>
#include <deque>

namespace trro::sim {

// Sliding-window limit: at most floor(rate) admitted requests in any window of
// 1000 * floor(rate) / rate ms, per key (action and SecretId). Rejected requests do not count.
// A rate below 1 admits one request per 1000 / rate ms; a rate of 0 disables the limit.
class RateLimiter final {
public:
    explicit RateLimiter(double ratePerSecond = 20.0);

    void setRate(double ratePerSecond);
    double rate() const { return m_rate; }
    // Records the request and returns true when it is admitted at monotonic time nowMs.
    bool admit(const QString &key, qint64 nowMs);
    void clear() { m_windows.clear(); }

private:
    double m_rate = 0;
    qsizetype m_maxInWindow = 0;
    qint64 m_windowMs = 1000;
    QHash<QString, std::deque<qint64>> m_windows;
};

} // namespace trro::sim
