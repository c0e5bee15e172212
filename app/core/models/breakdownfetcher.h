#pragma once

#include "apierror.h"
#include "breakdownmodel.h"
#include "result.h"
#include "sessionestimate.h"
#include "types.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace trro {

class CachedStats;
class TrroApi;

// Fetches the statistics of one interval for many devices, in two steps.
//
// First an estimate for every device at once, from one project-wide session list
// (DescribeDeviceSessionList without a DeviceId, see sessionestimate.h), shown on the pending
// rows. Alongside it, one fleet-wide request of each statistics action over the interval checks
// that DescribeSessionStatistics and DescribeSessionStatisticsByInterval agree.
//
// Then the exact figures, worst first (by the estimate's bad sessions, then its not-bad ratio):
// one request per device, spread over both actions when they agree (each action has its own
// rate limit, so this doubles the rate), over DescribeSessionStatisticsByInterval alone when
// they do not. All go through the shared scheduler, which keeps every action under its limit.
// Results land in a BreakdownModel; the exact figures replace the estimates. cancel() (or
// destroying the fetcher) drops everything still pending.
class BreakdownFetcher final : public QObject {
    Q_OBJECT
public:
    BreakdownFetcher(TrroApi *api, CachedStats *statistics, BreakdownModel *model,
                     QObject *parent = nullptr);
    ~BreakdownFetcher() override;

    void start(const QString &projectId, Interval interval, qint64 start, qint64 end,
               const QList<Device> &devices);
    // Sends again the requests of the devices that failed in the current run.
    void retryFailed();
    void cancel();

    bool isRunning() const { return m_preparing || m_pending > 0; }
    int total() const { return m_total; }
    int completed() const { return m_preparing ? 0 : m_total - m_pending; }
    // Of the current run: whether the exact figures use both actions (false until the
    // agreement check passed), and how many exact figures differed from their estimate.
    bool usesBothActions() const { return m_bothActions; }
    bool hasEstimate() const { return m_hasEstimate; }
    int correctedEstimates() const { return m_corrected; }
    QString projectId() const { return m_projectId; }
    Interval interval() const { return m_interval; }
    qint64 startTime() const { return m_start; }
    qint64 endTime() const { return m_end; }

Q_SIGNALS:
    void started(int total);
    // The session list's estimate is on the rows (sessions: how many the list held).
    void estimated(int sessions);
    // The two statistics actions were compared over the fleet; false: by-interval alone.
    void agreementChecked(bool agree);
    void progress(int completed, int total);
    // Emitted once per run, for the first failure (the model holds every device's error).
    void errorOccurred(const trro::ApiError &error);
    void finished(); // every request of the run ended (loaded or failed)
    void cancelled();

private:
    void prepare();
    void applyEstimate(const QHash<QString, DeviceEstimate> &estimate);
    void prepared();
    void startExact();
    void request(const Device &device, bool totalsAction);
    void deliver(const QString &deviceId, const Result<DeviceIntervalStats> &result);
    void dropRun();

    QPointer<TrroApi> m_api; // owned by the window; may go first at shutdown
    QPointer<CachedStats> m_statistics;
    QPointer<BreakdownModel> m_model;
    QObject *m_run = nullptr; // context of the current run's requests
    QString m_projectId;
    Interval m_interval = Interval::Hour;
    qint64 m_start = 0;
    qint64 m_end = 0;
    int m_total = 0;
    int m_pending = 0;
    int m_preparing = 0; // requests of the first step still out
    bool m_errorReported = false;
    bool m_hasEstimate = false;
    bool m_bothActions = false;
    int m_corrected = 0;
    Result<SessionTotals> m_fleetTotals{ApiError{}};
    Result<IntervalSeries> m_fleetSeries{ApiError{}};
};

} // namespace trro
