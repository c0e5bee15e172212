#pragma once

#include "apierror.h"
#include "pgstore.h"
#include "result.h"
#include "storeplan.h"

#include <QObject>

namespace trro {
class TrroApi;
}

namespace trro::collector {

struct CycleConfig {
    StoreScope scope;
    QStringList projects;
    QList<Interval> intervals;
    qint64 since = 0;
    qint64 settleSec = 3 * 3600; // buckets and sessions are final this long after they end
};

struct CycleReport {
    bool ok = false;          // every series of every project is up to date
    bool storeFailed = false; // the store refused a write: the run must stop
    ApiError apiError;        // the first failure of the service, if any
    QString error;            // the first failure, as a sentence
    int devices = 0;
    int series = 0;
    int calls = 0; // API calls made (list pages not counted)
    qint64 buckets = 0;
    qint64 sessions = 0;
};

// One collector cycle: for each project the device list, then every series (the fleet and each
// device, at each interval) from its settled mark up to now, and the session list, window by
// window. The windows of one series run one after the other (the mark moves only with the
// rows before it); series run side by side and the scheduler spaces their requests under the
// rate limit. A failed series is left at its mark and tried again next cycle.
class CollectorCycle final : public QObject {
    Q_OBJECT
public:
    CollectorCycle(TrroApi *api, PgStore *store, const CycleConfig &config, qint64 now,
                   QObject *parent = nullptr);
    void start();
    const CycleReport &report() const { return m_report; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // One request of the API ended (a list with all its pages), for the metrics.
    void requestFinished(const QString &action, const trro::ApiError &error);
    void finished();

private:
    struct Task {
        StoreSeries series;
        bool sessions = false; // the project's session list instead of a statistics series
        QList<StoreWindow> windows;
        int next = 0;
    };

    void devicesArrived(const QString &project, const Result<QList<Device>> &result);
    void addTasks(const QString &project, const QList<Device> &devices);
    void pump();
    void runWindow(int task);
    void bucketsArrived(int task, const Result<IntervalSeries> &result);
    void sessionsArrived(int task, const Result<QList<DeviceSession>> &result);
    void windowDone(int task, bool more);
    void apiFailed(const ApiError &error, const QString &what);
    void storeFailed();
    void finishIfDone();

    TrroApi *m_api;
    PgStore *m_store;
    CycleConfig m_config;
    qint64 m_now;
    CycleReport m_report;
    QList<Task> m_tasks;
    int m_nextTask = 0;
    int m_active = 0;
    int m_projectsPending = 0;
    qint64 m_windowsTotal = 0;
    qint64 m_windowsDone = 0;
    bool m_finished = false;
};

} // namespace trro::collector
