#pragma once

#include "types.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

namespace trro {

class Clock;
class TrroApi;

// The figures of a wall display besides the running sessions: the sessions of the last 60
// minutes (their not-bad ratio) and of today since midnight in the display's time zone
// (sessions and minutes), from DescribeSessionStatistics. A refresh that fails keeps the last
// figures with their time.
class LiveTotals final : public QObject {
    Q_OBJECT
public:
    LiveTotals(TrroApi *api, Clock *clock = nullptr, QObject *parent = nullptr);

    void setProject(const QString &projectId);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void refresh(); // both figures; a refresh under way is replaced

    const SessionTotals &lastHour() const { return m_lastHour; }
    const SessionTotals &today() const { return m_today; }
    qint64 asOf() const { return m_asOf; } // unix seconds of the figures shown; 0: none yet
    QString lastError() const { return m_lastError; }
    // The start of today in the time zone, for `now` (unix seconds).
    qint64 todayStart(qint64 now) const;

Q_SIGNALS:
    void updated();

private:
    void arrived();

    TrroApi *m_api;
    Clock *m_clock;
    QString m_projectId;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QPointer<QObject> m_request;
    SessionTotals m_lastHour, m_today;
    SessionTotals m_nextHour, m_nextToday;
    int m_waiting = 0;
    bool m_failed = false;
    QString m_pendingError;
    qint64 m_pendingAt = 0;
    qint64 m_asOf = 0;
    QString m_lastError;
};

} // namespace trro
