#include "breakdownfetcher.h"

#include "cachedstats.h"
#include "sessionestimate.h"
#include "trroapi.h"

#include <QLoggingCategory>
#include <algorithm>
#include <climits>

namespace trro {

namespace {
Q_LOGGING_CATEGORY(lcBreakdown, "trro.breakdown")
} // namespace

BreakdownFetcher::BreakdownFetcher(TrroApi *api, CachedStats *statistics, BreakdownModel *model,
                                   QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_statistics(statistics)
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
    m_hasEstimate = false;
    m_bothActions = false;
    m_corrected = 0;
    if (m_model)
        m_model->reset(devices);
    m_run = new QObject(this);
    m_total = m_model ? int(m_model->rows().size()) : 0;
    m_pending = 0;
    Q_EMIT started(m_total);
    if (m_total == 0 || !m_api || !m_statistics) {
        Q_EMIT progress(0, m_total);
        Q_EMIT finished();
        return;
    }
    prepare();
}

void BreakdownFetcher::prepare() {
    m_preparing = 3;
    QObject *run = m_run;
    m_api->deviceSessions(
        m_projectId, QString(), m_start, m_end, run,
        [this, run](const Result<QList<DeviceSession>> &result) {
            if (run != m_run)
                return;
            if (result.ok()) {
                applyEstimate(estimateDevices(result.value(), m_start, m_end));
                Q_EMIT estimated(int(std::min<qsizetype>(result.value().size(), INT_MAX)));
            }
            prepared();
        },
        Priority::Interactive);
    StatsQuery fleet;
    fleet.projectId = m_projectId;
    fleet.interval = m_interval;
    fleet.startTime = m_start;
    fleet.endTime = m_end;
    m_api->sessionTotals(
        fleet, run,
        [this, run](const Result<SessionTotals> &result) {
            if (run != m_run)
                return;
            m_fleetTotals = result;
            prepared();
        },
        Priority::Interactive);
    m_statistics->intervalStatistics(
        fleet, run,
        [this, run](const Result<IntervalSeries> &result) {
            if (run != m_run)
                return;
            m_fleetSeries = result;
            prepared();
        },
        Priority::Interactive);
}

void BreakdownFetcher::applyEstimate(const QHash<QString, DeviceEstimate> &estimate) {
    m_hasEstimate = true;
    if (!m_model)
        return;
    const QList<BreakdownModel::Row> rows = m_model->rows();
    for (const BreakdownModel::Row &row : rows) {
        const DeviceEstimate e = estimate.value(row.device.deviceId);
        DeviceIntervalStats stats;
        stats.sessionNum = e.totals.sessionNum;
        stats.totalDuration = e.totals.totalDuration;
        stats.notBadSessionRatio = e.totals.notBadSessionRatio;
        stats.activeFieldDeviceNum = e.totals.activeFieldDeviceNum;
        stats.activeRemoteDeviceNum = e.totals.activeRemoteDeviceNum;
        m_model->setEstimate(row.device.deviceId, stats, e.badMinutes);
    }
}

void BreakdownFetcher::prepared() {
    if (--m_preparing > 0)
        return;
    m_preparing = 0;
    bool agree = m_fleetTotals.ok() && m_fleetSeries.ok();
    if (agree) {
        const DeviceIntervalStats series =
            DeviceIntervalStats::fromBuckets(m_fleetSeries.value().buckets, m_start, m_end);
        const SessionTotals &totals = m_fleetTotals.value();
        agree = series.sessionNum == totals.sessionNum &&
                series.totalDuration == totals.totalDuration &&
                (series.sessionNum == 0 || series.notBadSessionRatio == totals.notBadSessionRatio);
    }
    m_bothActions = agree;
    if (!agree)
        qCInfo(lcBreakdown, "DescribeSessionStatistics and DescribeSessionStatisticsByInterval "
                            "disagree over the fleet for this interval (or one failed): exact "
                            "figures from DescribeSessionStatisticsByInterval alone");
    m_fleetTotals = ApiError{};
    m_fleetSeries = ApiError{};
    Q_EMIT agreementChecked(agree);
    startExact();
}

void BreakdownFetcher::startExact() {
    QList<BreakdownModel::Row> rows = m_model ? m_model->rows() : QList<BreakdownModel::Row>{};
    // Worst first by the estimate: most bad sessions, then lowest ratio; devices without a
    // session last. Without an estimate the devices keep their order.
    if (m_hasEstimate) {
        std::stable_sort(rows.begin(), rows.end(),
                         [](const BreakdownModel::Row &a, const BreakdownModel::Row &b) {
                             const qint64 badA = a.stats.badSessions();
                             const qint64 badB = b.stats.badSessions();
                             if (badA != badB)
                                 return badA > badB;
                             if (a.stats.hasSessions() != b.stats.hasSessions())
                                 return a.stats.hasSessions();
                             return a.stats.notBadSessionRatio < b.stats.notBadSessionRatio;
                         });
    }
    for (qsizetype i = 0; i < rows.size(); ++i)
        request(rows.at(i).device, m_bothActions && i % 2 == 1);
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
            request(row.device, false);
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

void BreakdownFetcher::request(const Device &device, bool totalsAction) {
    StatsQuery query;
    query.projectId = m_projectId;
    query.deviceId = device.deviceId;
    query.interval = m_interval;
    query.startTime = m_start;
    query.endTime = m_end;
    if (!m_api || !m_statistics)
        return;
    ++m_pending;
    QObject *run = m_run;
    const QString deviceId = device.deviceId;
    if (totalsAction) {
        // DescribeSessionStatistics over the interval: the device's one bucket of it.
        m_api->sessionTotals(
            query, run,
            [this, run, deviceId](const Result<SessionTotals> &result) {
                if (run != m_run)
                    return;
                if (!result.ok()) {
                    deliver(deviceId, result.error());
                    return;
                }
                DeviceIntervalStats stats;
                stats.sessionNum = result.value().sessionNum;
                stats.totalDuration = result.value().totalDuration;
                stats.notBadSessionRatio = result.value().notBadSessionRatio;
                stats.activeFieldDeviceNum = result.value().activeFieldDeviceNum;
                stats.activeRemoteDeviceNum = result.value().activeRemoteDeviceNum;
                stats.bucketCount = stats.sessionNum > 0 ? 1 : 0;
                deliver(deviceId, stats);
            },
            Priority::Interactive);
        return;
    }
    const qint64 start = m_start;
    const qint64 end = m_end;
    m_statistics->intervalStatistics(
        query, run,
        [this, run, deviceId, start, end](const Result<IntervalSeries> &result) {
            if (run != m_run)
                return; // a callback of a run that was dropped
            if (!result.ok()) {
                deliver(deviceId, result.error());
                return;
            }
            deliver(deviceId, DeviceIntervalStats::fromBuckets(result.value().buckets, start, end));
        },
        Priority::Interactive);
}

void BreakdownFetcher::deliver(const QString &deviceId, const Result<DeviceIntervalStats> &result) {
    --m_pending;
    if (m_model) {
        if (result.ok()) {
            const int row = m_model->rowOf(deviceId);
            if (row >= 0 && m_model->rows().at(row).estimated) {
                const DeviceIntervalStats &estimate = m_model->rows().at(row).stats;
                const DeviceIntervalStats &exact = result.value();
                if (estimate.sessionNum != exact.sessionNum ||
                    estimate.totalDuration != exact.totalDuration ||
                    (exact.hasSessions() &&
                     estimate.notBadSessionRatio != exact.notBadSessionRatio))
                    ++m_corrected;
            }
            m_model->setStats(deviceId, result.value());
        } else {
            m_model->setFailed(deviceId, result.error());
        }
    }
    if (!result.ok() && !m_errorReported) {
        m_errorReported = true;
        Q_EMIT errorOccurred(result.error());
    }
    Q_EMIT progress(completed(), m_total);
    if (m_pending == 0) {
        if (m_corrected > 0)
            qCInfo(lcBreakdown, "%d exact figure(s) differed from their estimate", m_corrected);
        Q_EMIT finished();
    }
}

void BreakdownFetcher::dropRun() {
    QObject *run = m_run;
    m_run = nullptr;
    m_pending = 0;
    m_preparing = 0;
    if (!run)
        return;
    if (m_api)
        m_api->scheduler()->cancel(run);
    delete run; // drops whatever the scheduler still holds for this run
}

} // namespace trro
