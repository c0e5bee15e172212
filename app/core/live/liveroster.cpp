#include "liveroster.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::LiveRoster", text);
}

} // namespace

LiveRoster::LiveRoster(qint64 refreshSec)
    : m_refreshSec(std::max<qint64>(1, refreshSec)) {}

void LiveRoster::setRefreshSec(qint64 seconds) {
    m_refreshSec = std::max<qint64>(1, seconds);
}

bool LiveRoster::isStale(const RecentSession &s, qint64 now) const {
    return now - s.latestUpdateTime > 2 * m_refreshSec;
}

LiveRoster::Change LiveRoster::apply(const QList<RecentSession> &received, qint64 now) {
    Change change;
    int noId = 0, beforeStart = 0, future = 0;
    QHash<QString, LiveRow> previous;
    for (const LiveRow &row : std::as_const(m_rows)) {
        if (!row.ended)
            previous.insert(row.session.sessionId, row);
    }
    QList<LiveRow> next;
    QSet<QString> listed;
    for (const RecentSession &s : received) {
        if (s.sessionId.isEmpty()) {
            ++noId;
            continue;
        }
        if (s.latestUpdateTime < s.startTime || s.startTime <= 0) {
            ++beforeStart;
            continue;
        }
        if (s.latestUpdateTime > now + ClockToleranceSec || s.startTime > now + ClockToleranceSec) {
            ++future;
            continue;
        }
        if (listed.contains(s.sessionId))
            continue;
        listed.insert(s.sessionId);
        LiveRow row;
        const auto old = previous.constFind(s.sessionId);
        if (old != previous.cend())
            row = *old;
        else
            change.started.append(s.sessionId);
        row.session = s;
        row.seenAt = now;
        row.ended = false;
        row.stale = isStale(s, now);
        next.append(row);
    }
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        if (listed.contains(it.key()))
            continue;
        LiveRow row = it.value();
        row.ended = true;
        row.stale = false;
        next.append(row);
        change.ended.append(it.key());
    }
    std::sort(next.begin(), next.end(), [](const LiveRow &a, const LiveRow &b) {
        if (a.ended != b.ended)
            return !a.ended;
        if (a.session.startTime != b.session.startTime)
            return a.session.startTime > b.session.startTime;
        return a.session.sessionId < b.session.sessionId;
    });
    m_rows = std::move(next);
    reindex();
    if (noId > 0)
        change.warnings.append(tr("%1 running session(s) without an id were left out.").arg(noId));
    if (beforeStart > 0)
        change.warnings.append(
            tr("%1 running session(s) reported before they started; they were left out.")
                .arg(beforeStart));
    if (future > 0)
        change.warnings.append(
            tr("%1 running session(s) reported from the future (after the service's clock); "
               "they were left out.")
                .arg(future));
    return change;
}

void LiveRoster::age(qint64 now) {
    for (LiveRow &row : m_rows)
        row.stale = !row.ended && isStale(row.session, now);
}

void LiveRoster::reindex() {
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).session.sessionId, i);
}

int LiveRoster::indexOf(const QString &sessionId) const {
    return m_index.value(sessionId, -1);
}

bool LiveRoster::setQuality(const QString &sessionId, const LiveQuality &quality) {
    const int i = indexOf(sessionId);
    if (i < 0)
        return false;
    m_rows[i].quality = quality;
    return true;
}

int LiveRoster::running() const {
    return int(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [](const LiveRow &r) { return !r.ended; }));
}

int LiveRoster::stale() const {
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const LiveRow &r) { return !r.ended && r.stale; }));
}

} // namespace trro
