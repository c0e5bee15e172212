#include "livetotals.h"

#include "apiclient.h"
#include "clock.h"
#include "trroapi.h"

#include <QDateTime>

namespace trro {

LiveTotals::LiveTotals(TrroApi *api, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(Clock::orSystem(clock)) {}

void LiveTotals::setProject(const QString &projectId) {
    if (projectId == m_projectId)
        return;
    m_projectId = projectId;
    delete m_request;
    m_lastHour = m_today = {};
    m_asOf = 0;
    m_lastError.clear();
    Q_EMIT updated();
}

qint64 LiveTotals::todayStart(qint64 now) const {
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now, m_zone);
    return QDateTime(local.date(), QTime(0, 0), m_zone).toSecsSinceEpoch();
}

void LiveTotals::refresh() {
    if (m_projectId.isEmpty())
        return;
    delete m_request;
    auto *request = new QObject(this);
    m_request = request;
    m_waiting = 2;
    m_failed = false;
    m_pendingError.clear();
    const qint64 now = m_clock->wallSecs() + m_api->scheduler()->client()->clockOffset();
    m_pendingAt = now;
    const auto ask = [this, request, now](qint64 from, SessionTotals *into) {
        StatsQuery query;
        query.projectId = m_projectId;
        query.startTime = std::max<qint64>(1, from);
        query.endTime = now;
        m_api->sessionTotals(query, request, [this, into](const Result<SessionTotals> &result) {
            if (result.ok()) {
                *into = result.value();
            } else {
                m_failed = true;
                m_pendingError = result.error().message;
            }
            if (--m_waiting == 0)
                arrived();
        });
    };
    ask(now - 3600, &m_nextHour);
    ask(todayStart(now), &m_nextToday);
}

void LiveTotals::arrived() {
    if (m_request)
        m_request->deleteLater();
    m_request = nullptr;
    if (m_failed) {
        m_lastError = m_pendingError;
    } else {
        m_lastHour = m_nextHour;
        m_today = m_nextToday;
        m_asOf = m_pendingAt;
        m_lastError.clear();
    }
    Q_EMIT updated();
}

} // namespace trro
