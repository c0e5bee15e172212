#include "breakdownfetcher.h"

#include "cachedstats.h"
#include "trroapi.h"

namespace trro {

BreakdownFetcher::BreakdownFetcher(TrroApi *api, BreakdownModel *model, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model) {}

BreakdownFetcher::~BreakdownFetcher() {
    dropRun();
}

void BreakdownFetcher::start(const QString &projectId, Interval interval, qint64 start, qint64 end,
                             const QList<Device> &devices) {
    dropRun();
    m_projectId = projectId;
    m_interval = interval;
    m_start = start;
    m_end = end;
    m_errorReported = false;
    if (m_model)
        m_model->reset(devices);
    m_run = new QObject(this);
    const QList<BreakdownModel::Row> rows =
        m_model ? m_model->rows() : QList<BreakdownModel::Row>{};
    m_total = int(rows.size());
    m_pending = 0;
    Q_EMIT started(m_total);
    for (const BreakdownModel::Row &row : rows)
        request(row.device);
    Q_EMIT progress(completed(), m_total);
    if (m_pending == 0)
        Q_EMIT finished();
}

void BreakdownFetcher::retryFailed() {
    if (!m_model)
        return;
    if (!m_run)
        m_run = new QObject(this);
    m_errorReported = false;
    const QList<BreakdownModel::Row> rows = m_model->rows();
    for (const BreakdownModel::Row &row : rows) {
        if (row.state == BreakdownModel::RowState::Failed ||
            row.state == BreakdownModel::RowState::Cancelled) {
            m_model->setPending(row.device.deviceId);
            request(row.device);
        }
    }
    Q_EMIT progress(completed(), m_total);
}

void BreakdownFetcher::cancel() {
    const bool wasRunning = isRunning();
    dropRun();
    if (m_model)
        m_model->cancelPending();
    if (wasRunning)
        Q_EMIT cancelled();
}

void BreakdownFetcher::request(const Device &device) {
    StatsQuery query;
    query.projectId = m_projectId;
    query.deviceId = device.deviceId;
    query.interval = m_interval;
    query.startTime = m_start;
    query.endTime = m_end;
    if (!m_api)
        return;
    ++m_pending;
    QObject *run = m_run;
    const QString deviceId = device.deviceId;
    const qint64 start = m_start;
    const qint64 end = m_end;
    CachedStats::of(m_api)->intervalStatistics(
        query, run,
        [this, run, deviceId, start, end](const Result<IntervalSeries> &result) {
            if (run != m_run)
                return; // a callback of a run that was dropped
            --m_pending;
            if (m_model) {
                if (result.ok())
                    m_model->setStats(deviceId, DeviceIntervalStats::fromBuckets(
                                                    result.value().buckets, start, end));
                else
                    m_model->setFailed(deviceId, result.error());
            }
            if (!result.ok() && !m_errorReported) {
                m_errorReported = true;
                Q_EMIT errorOccurred(result.error());
            }
            Q_EMIT progress(completed(), m_total);
            if (m_pending == 0)
                Q_EMIT finished();
        },
        Priority::Interactive);
}

void BreakdownFetcher::dropRun() {
    QObject *run = m_run;
    m_run = nullptr;
    m_pending = 0;
    if (!run)
        return;
    if (m_api)
        m_api->scheduler()->cancel(run);
    delete run; // drops whatever the scheduler still holds for this run
}

} // namespace trro
