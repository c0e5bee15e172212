#pragma once

#include "requestscheduler.h"
#include "result.h"
#include "sessiontelemetry.h"
#include "types.h"

#include <QObject>
#include <functional>

namespace trro {

struct DeviceFilter {
    DeviceType type = DeviceType::Unknown; // Unknown: all types
    QString searchWords;
    QString status; // offline | ready | connected | "" (all)
};

// One page of DescribeDeviceSessionList with the Total of the whole list.
struct DeviceSessionPage {
    QList<DeviceSession> sessions; // a SessionId sent twice is kept once
    qint64 total = 0;              // never below sessions.size()
};

// The typed actions, on top of the shared RequestScheduler. Every call takes a context object:
// the callback runs only while it lives, and destroying it (or scheduler->cancel(context))
// cancels what is still pending. Lists are fetched page by page until Total is reached.
class TrroApi final : public QObject {
    Q_OBJECT
public:
    static constexpr int RequestedPageSize = 100;

    explicit TrroApi(RequestScheduler *scheduler, QObject *parent = nullptr);
    RequestScheduler *scheduler() const { return m_scheduler; }

    template <typename T> using Callback = std::function<void(const Result<T> &)>;

    void intervalStatistics(const StatsQuery &query, QObject *context,
                            Callback<IntervalSeries> callback,
                            Priority priority = Priority::Normal);
    void sessionTotals(const StatsQuery &query, QObject *context, Callback<SessionTotals> callback,
                       Priority priority = Priority::Normal);
    void devices(const QString &projectId, const DeviceFilter &filter, QObject *context,
                 Callback<QList<Device>> callback, Priority priority = Priority::Normal);
    void projects(QObject *context, Callback<QList<Project>> callback,
                  Priority priority = Priority::Normal);
    void deviceSessions(const QString &projectId, const QString &deviceId, qint64 startTime,
                        qint64 endTime, QObject *context, Callback<QList<DeviceSession>> callback,
                        Priority priority = Priority::Normal);
    // The first page only (RequestedPageSize sessions at most) and the list's Total: what a
    // sample of a long list reads (causes/sessionsample.h). A Total below the sessions sent is
    // an error (TooManyItems).
    void deviceSessionsFirstPage(const QString &projectId, const QString &deviceId,
                                 qint64 startTime, qint64 endTime, QObject *context,
                                 Callback<DeviceSessionPage> callback,
                                 Priority priority = Priority::Normal);
    // DescribeRecentSessionList over the last two hours (the service's default): the sessions
    // in progress, every page. deviceId (optional) selects a vehicle's or a cockpit's.
    void recentSessions(const QString &projectId, const QString &deviceId, QObject *context,
                        Callback<QList<RecentSession>> callback,
                        Priority priority = Priority::Normal);
    // DescribeDeviceSessionDetails: both sides' telemetry of one session, field side first.
    // startTime/endTime 0: the whole session.
    void sessionTelemetry(const QString &sessionId, qint64 startTime, qint64 endTime,
                          QObject *context, Callback<QList<SideTelemetry>> callback,
                          Priority priority = Priority::Normal);

    // The request bodies, exposed for tests and the local service's examples.
    static QJsonObject statsParams(const StatsQuery &query, bool withInterval);

private:
    RequestScheduler *m_scheduler;
};

} // namespace trro
