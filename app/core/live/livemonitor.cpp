#include "livemonitor.h"

#include "apiclient.h"
#include "clock.h"
#include "trroapi.h"

#include <algorithm>

namespace trro {

LiveMonitor::LiveMonitor(TrroApi *api, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(Clock::orSystem(clock))
    , m_timer(m_clock->createTimer(this))
    , m_roster(DefaultRefreshSec) {
    connect(m_timer, &ClockTimer::timeout, this, [this] {
        if (!refreshNow()) {
            m_startedUs = m_clock->monotonicUs(); // nothing to ask yet: one period later
            scheduleNext();
        }
    });
}

void LiveMonitor::setScope(const QString &projectId, const QString &deviceId) {
    if (projectId == m_projectId && deviceId == m_deviceId)
        return;
    m_projectId = projectId;
    m_deviceId = deviceId;
    ++m_generation;
    delete m_requests; // cancels what the old scope still waits for
    m_requests = nullptr;
    m_busy = false;
    m_startedUs = -1;
    m_roster = LiveRoster(m_roster.refreshSec());
    m_lastSuccess = 0;
    m_lastError.clear();
    Q_EMIT updated();
    if (m_running)
        refreshNow();
}

void LiveMonitor::setRefreshSec(qint64 seconds) {
    m_roster.setRefreshSec(seconds);
    if (m_running && !m_busy)
        scheduleNext();
}

qint64 LiveMonitor::now() const {
    return m_clock->wallSecs() + m_api->scheduler()->client()->clockOffset();
}

void LiveMonitor::start() {
    m_running = true;
    if (!refreshNow())
        scheduleNext();
}

void LiveMonitor::stop() {
    m_running = false;
    m_timer->stop();
}

void LiveMonitor::scheduleNext() {
    if (!m_running)
        return;
    // Start to start: a refresh that took longer than the period is followed at once.
    const qint64 periodUs = m_roster.refreshSec() * 1000 * 1000;
    const qint64 dueUs =
        m_startedUs < 0 ? m_clock->monotonicUs() + periodUs : m_startedUs + periodUs;
    m_timer->start(std::max<qint64>(0, dueUs - m_clock->monotonicUs()));
}

bool LiveMonitor::refreshNow() {
    if (m_busy || m_projectId.isEmpty())
        return false;
    m_busy = true;
    m_startedUs = m_clock->monotonicUs();
    m_timer->stop();
    if (!m_requests)
        m_requests = new QObject(this);
    Q_EMIT refreshStarted();
    const quint64 generation = m_generation;
    m_api->recentSessions(
        m_projectId, m_deviceId, m_requests,
        [this, generation](const Result<QList<RecentSession>> &result) {
            listArrived(generation, result);
        },
        Priority::Normal);
    return true;
}

void LiveMonitor::listArrived(quint64 generation, const Result<QList<RecentSession>> &result) {
    if (generation != m_generation)
        return;
    m_busy = false;
    const qint64 t = now();
    if (!result.ok()) {
        const bool first = m_lastError.isEmpty();
        m_lastError = result.error().message;
        m_roster.age(t);
        Q_EMIT updated();
        if (first)
            Q_EMIT failed(m_lastError);
        scheduleNext();
        return;
    }
    const bool wasFailing = !m_lastError.isEmpty();
    m_lastError.clear();
    m_lastSuccess = t;
    ++m_refreshes;
    const LiveRoster::Change change = m_roster.apply(result.value(), t);
    for (const QString &w : change.warnings)
        Q_EMIT warning(w);
    Q_EMIT updated();
    for (const QString &id : change.ended)
        Q_EMIT sessionEnded(id);
    if (wasFailing)
        Q_EMIT recovered();
    measureQuality();
    scheduleNext();
}

void LiveMonitor::measureQuality() {
    QList<const LiveRow *> candidates;
    for (const LiveRow &row : m_roster.rows()) {
        if (!row.ended)
            candidates.append(&row);
    }
    // Never measured first (newest first), then the longest ago.
    std::stable_sort(candidates.begin(), candidates.end(), [](const LiveRow *a, const LiveRow *b) {
        return a->quality.sampledAt < b->quality.sampledAt;
    });
    const qint64 t = now();
    const quint64 generation = m_generation;
    for (qsizetype i = 0; i < candidates.size() && i < m_qualityBudget; ++i) {
        const QString id = candidates.at(i)->session.sessionId;
        m_api->sessionTelemetry(
            id, std::max<qint64>(1, t - 2 * LiveQualityWindowSec), 0, m_requests,
            [this, generation, id](const Result<QList<SideTelemetry>> &result) {
                if (generation != m_generation || !result.ok())
                    return; // the figure keeps its age; it is asked again later
                const LiveQuality q = liveQuality(result.value(), m_thresholds);
                if (q.known() && m_roster.setQuality(id, q))
                    Q_EMIT qualityChanged(id);
            },
            Priority::Background);
    }
}

} // namespace trro
