#pragma once

#include "livequality.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace trro {

// One row of the running sessions: the session as the service listed it, and what the
// dashboard knows besides.
struct LiveRow {
    RecentSession session;
    bool stale = false;  // no report for longer than two refreshes
    bool ended = false;  // gone from the list: shown once more with its final quality
    qint64 seenAt = 0;   // the refresh that last listed it (unix seconds)
    LiveQuality quality; // from its latest telemetry; Unknown until measured

    qint64 runningFor(qint64 now) const { return std::max<qint64>(0, now - session.startTime); }
    qint64 updateAge(qint64 now) const {
        return std::max<qint64>(0, now - session.latestUpdateTime);
    }
};

// The sessions running now, from one complete DescribeRecentSessionList answer per refresh.
// Nothing that is not live is shown as live: a session that reports before it started, or
// from more than ClockToleranceSec in the future, or without an id, is left out with a warning.
// A session that leaves the list stays for one refresh marked ended; one whose latest report
// is older than two refreshes is marked stale.
class LiveRoster final {
public:
    static constexpr qint64 ClockToleranceSec = 60; // the service's clock may run a little ahead

    explicit LiveRoster(qint64 refreshSec = 10);

    void setRefreshSec(qint64 seconds);
    qint64 refreshSec() const { return m_refreshSec; }

    struct Change {
        QStringList started;  // session ids new in this refresh
        QStringList ended;    // session ids that left the list
        QStringList warnings; // translated, one per kind of bad entry
    };
    Change apply(const QList<RecentSession> &received, qint64 now);
    // Stale marks again at `now` without a new answer (the service did not answer).
    void age(qint64 now);

    const QList<LiveRow> &rows() const { return m_rows; } // running first, newest start first
    int indexOf(const QString &sessionId) const;
    bool setQuality(const QString &sessionId, const LiveQuality &quality);

    int running() const; // rows not ended
    int stale() const;   // rows not ended and stale

private:
    bool isStale(const RecentSession &session, qint64 now) const;
    void reindex();

    qint64 m_refreshSec;
    QList<LiveRow> m_rows;
    QHash<QString, int> m_index;
};

} // namespace trro
