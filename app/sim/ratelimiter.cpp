#include "ratelimiter.h"

#include <cmath>

namespace trro::sim {

RateLimiter::RateLimiter(double ratePerSecond) {
    setRate(ratePerSecond);
}

void RateLimiter::setRate(double ratePerSecond) {
    m_rate = ratePerSecond > 0 ? ratePerSecond : 0.0;
    m_windows.clear();
    if (m_rate <= 0)
        return;
    const double whole = std::max(1.0, std::floor(m_rate));
    m_maxInWindow = static_cast<qsizetype>(whole);
    m_windowMs = std::llround(1000.0 * whole / m_rate);
}

bool RateLimiter::admit(const QString &key, qint64 nowMs) {
    if (m_rate <= 0)
        return true;
    std::deque<qint64> &window = m_windows[key];
    while (!window.empty() && window.front() <= nowMs - m_windowMs)
        window.pop_front();
    if (qsizetype(window.size()) >= m_maxInWindow)
        return false;
    window.push_back(nowMs);
    return true;
}

} // namespace trro::sim
