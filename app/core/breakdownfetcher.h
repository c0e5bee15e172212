#pragma once

#include "apierror.h"
#include "breakdownmodel.h"
#include "types.h"

#include <QObject>
#include <QPointer>

namespace trro {

class TrroApi;

// Fetches the statistics of one interval for many devices: one
// DescribeSessionStatisticsByInterval per device (DeviceId, StartTime/EndTime = the interval),
// all through the shared scheduler, which keeps them under the rate limit. Results land in a
// BreakdownModel. cancel() (or destroying the fetcher) drops everything still pending.
class BreakdownFetcher final : public QObject {
    Q_OBJECT
public:
    BreakdownFetcher(TrroApi *api, BreakdownModel *model, QObject *parent = nullptr);
    ~BreakdownFetcher() override;

    void start(const QString &projectId, Interval interval, qint64 start, qint64 end,
               const QList<Device> &devices);
    // Sends again the requests of the devices that failed in the current run.
    void retryFailed();
    void cancel();

    bool isRunning() const { return m_pending > 0; }
    int total() const { return m_total; }
    int completed() const { return m_total - m_pending; }
    QString projectId() const { return m_projectId; }
    Interval interval() const { return m_interval; }
    qint64 startTime() const { return m_start; }
    qint64 endTime() const { return m_end; }

Q_SIGNALS:
    void started(int total);
    void progress(int completed, int total);
    // Emitted once per run, for the first failure (the model holds every device's error).
    void errorOccurred(const trro::ApiError &error);
    void finished(); // every request of the run ended (loaded or failed)
    void cancelled();

private:
    void request(const Device &device);
    void dropRun();

    QPointer<TrroApi> m_api; // owned by the window; may go first at shutdown
    QPointer<BreakdownModel> m_model;
    QObject *m_run = nullptr; // context of the current run's requests
    QString m_projectId;
    Interval m_interval = Interval::Hour;
    qint64 m_start = 0;
    qint64 m_end = 0;
    int m_total = 0;
    int m_pending = 0;
    bool m_errorReported = false;
};

} // namespace trro
