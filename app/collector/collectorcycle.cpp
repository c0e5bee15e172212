#include "collectorcycle.h"

#include "trroapi.h"

#include <QCoreApplication>
#include <QTimer>

namespace trro::collector {
namespace {

// Series in progress at once: enough to keep the scheduler's queue full, few enough that a
// cycle cut short leaves most series whole.
constexpr int MaxActive = 32;

} // namespace

CollectorCycle::CollectorCycle(TrroApi *api, PgStore *store, const CycleConfig &config, qint64 now,
                               QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_config(config)
    , m_now(now) {}

void CollectorCycle::start() {
    m_report.ok = true;
    m_projectsPending = int(m_config.projects.size());
    for (const QString &project : std::as_const(m_config.projects)) {
        ++m_report.calls;
        m_api->devices(project, {}, this, [this, project](const Result<QList<Device>> &result) {
            devicesArrived(project, result);
        });
    }
    if (m_config.projects.isEmpty())
        QTimer::singleShot(0, this, &CollectorCycle::finishIfDone);
}

void CollectorCycle::devicesArrived(const QString &project, const Result<QList<Device>> &result) {
    --m_projectsPending;
    Q_EMIT requestFinished(QStringLiteral("DescribeDeviceList"),
                           result.ok() ? ApiError{} : result.error());
    if (m_report.storeFailed)
        return finishIfDone();
    if (!result.ok()) {
        apiFailed(result.error(), tr("the device list of %1").arg(project));
        return finishIfDone();
    }
    if (!m_store->saveDevices(m_config.scope, project, result.value(), m_now))
        return storeFailed();
    m_report.devices += int(result.value().size());
    addTasks(project, result.value());
    pump();
    finishIfDone();
}

void CollectorCycle::addTasks(const QString &project, const QList<Device> &devices) {
    QStringList ids{QString()}; // the fleet first
    for (const Device &device : devices)
        ids << device.deviceId;
    for (const Interval interval : std::as_const(m_config.intervals)) {
        const QHash<QString, qint64> marks =
            m_store->settledMarks(m_config.scope, project, interval);
        for (const QString &id : std::as_const(ids)) {
            Task task;
            task.series = {project, id, interval};
            task.windows =
                storeWindows(interval, marks.value(id), m_config.since, m_now, m_config.settleSec);
            m_windowsTotal += task.windows.size();
            m_tasks.append(task);
        }
    }
    m_report.series += int(ids.size() * m_config.intervals.size());
    Task sessions;
    sessions.series.projectId = project;
    sessions.sessions = true;
    const qint64 mark = m_store->sessionsSettledUntil(m_config.scope, project);
    sessions.windows =
        sessionWindows(qMax<qint64>(0, mark), m_config.since, m_now, m_config.settleSec);
    m_windowsTotal += sessions.windows.size();
    m_tasks.append(sessions);
    Q_EMIT progress(m_windowsDone, m_windowsTotal);
}

void CollectorCycle::pump() {
    while (!m_report.storeFailed && m_active < MaxActive && m_nextTask < m_tasks.size()) {
        const int task = m_nextTask++;
        if (m_tasks.at(task).windows.isEmpty())
            continue;
        ++m_active;
        runWindow(task);
    }
}

void CollectorCycle::runWindow(int task) {
    const Task &t = m_tasks.at(task);
    const StoreWindow &w = t.windows.at(t.next);
    ++m_report.calls;
    if (t.sessions) {
        m_api->deviceSessions(t.series.projectId, QString(), w.from, w.to, this,
                              [this, task](const Result<QList<DeviceSession>> &result) {
                                  sessionsArrived(task, result);
                              });
        return;
    }
    StatsQuery query;
    query.projectId = t.series.projectId;
    query.deviceId = t.series.deviceId;
    query.interval = t.series.interval;
    query.startTime = w.from;
    query.endTime = w.to;
    m_api->intervalStatistics(query, this, [this, task](const Result<IntervalSeries> &result) {
        bucketsArrived(task, result);
    });
}

void CollectorCycle::bucketsArrived(int task, const Result<IntervalSeries> &result) {
    Task &t = m_tasks[task];
    const StoreWindow w = t.windows.at(t.next);
    Q_EMIT requestFinished(QStringLiteral("DescribeSessionStatisticsByInterval"),
                           result.ok() ? ApiError{} : result.error());
    if (!result.ok()) {
        apiFailed(result.error(),
                  tr("%1 statistics of %2")
                      .arg(intervalName(t.series.interval),
                           t.series.deviceId.isEmpty() ? t.series.projectId : t.series.deviceId));
        m_windowsDone += t.windows.size() - t.next - 1; // the series' windows left
        return windowDone(task, false);
    }
    if (!m_store->saveBuckets(m_config.scope, t.series, w.from, w.to, result.value().buckets,
                              w.settledUntil, m_now))
        return storeFailed();
    m_report.buckets += result.value().buckets.size();
    windowDone(task, ++t.next < t.windows.size());
}

void CollectorCycle::sessionsArrived(int task, const Result<QList<DeviceSession>> &result) {
    Task &t = m_tasks[task];
    const StoreWindow w = t.windows.at(t.next);
    Q_EMIT requestFinished(QStringLiteral("DescribeDeviceSessionList"),
                           result.ok() ? ApiError{} : result.error());
    if (!result.ok()) {
        apiFailed(result.error(), tr("the sessions of %1").arg(t.series.projectId));
        m_windowsDone += t.windows.size() - t.next - 1; // the series' windows left
        return windowDone(task, false);
    }
    if (!m_store->saveSessions(m_config.scope, t.series.projectId, w.from, w.to, result.value(),
                               w.settledUntil, m_now))
        return storeFailed();
    m_report.sessions += result.value().size();
    windowDone(task, ++t.next < t.windows.size());
}

void CollectorCycle::windowDone(int task, bool more) {
    ++m_windowsDone;
    Q_EMIT progress(m_windowsDone, m_windowsTotal);
    if (more && !m_report.storeFailed) {
        runWindow(task);
        return;
    }
    --m_active;
    pump();
    finishIfDone();
}

void CollectorCycle::apiFailed(const ApiError &error, const QString &what) {
    if (m_report.ok || m_report.error.isEmpty()) {
        m_report.apiError = error;
        m_report.error = tr("%1: %2").arg(what, error.userMessage());
    }
    m_report.ok = false;
}

void CollectorCycle::storeFailed() {
    m_report.ok = false;
    m_report.storeFailed = true;
    m_report.error = m_store->lastError();
    // Whatever is still pending is dropped with this object's context; nothing more is written.
    m_api->scheduler()->cancel(this);
    m_active = 0;
    finishIfDone();
}

void CollectorCycle::finishIfDone() {
    if (m_finished)
        return;
    const bool idle = m_report.storeFailed ||
                      (m_projectsPending == 0 && m_active == 0 && m_nextTask >= m_tasks.size());
    if (!idle)
        return;
    m_finished = true;
    QTimer::singleShot(0, this, &CollectorCycle::finished);
}

} // namespace trro::collector
