#include "collectormetrics.h"

#include "clock.h"
#include "requestscheduler.h"

#include <algorithm>

namespace trro::collector {
namespace {

using Type = PrometheusText::Type;
using Labels = PrometheusText::Labels;

const QStringList &actions() {
    static const QStringList all{QStringLiteral("DescribeDeviceList"),
                                 QStringLiteral("DescribeSessionStatisticsByInterval"),
                                 QStringLiteral("DescribeDeviceSessionList")};
    return all;
}

QString outcomeOf(const ApiError &error) {
    if (!error.isError())
        return QStringLiteral("ok");
    if (error.isRateLimited())
        return QStringLiteral("rate_limited");
    return errorKindName(error.kind);
}

Labels seriesLabels(const StoreSeriesFigures &f) {
    Labels labels{{QByteArrayLiteral("project"), f.series.projectId},
                  {QByteArrayLiteral("interval"), intervalName(f.series.interval)}};
    if (!f.series.deviceId.isEmpty())
        labels.append({QByteArrayLiteral("device"), f.series.deviceId});
    return labels;
}

// The series of a read with their labels, made once for all the families that show them.
struct LabelledSeries {
    const StoreSeriesFigures *figures;
    Labels labels;
};

// One gauge family over the series it applies to (the fleet's or the devices').
template <typename Value>
void gauges(PrometheusText &out, const char *name, const QString &help,
            const QList<LabelledSeries> &series, bool device, Value value) {
    out.family(name, Type::Gauge, help);
    for (const LabelledSeries &s : series) {
        if (s.figures->series.deviceId.isEmpty() == device)
            continue;
        double v = 0;
        if (value(*s.figures, &v))
            out.sample(s.labels, v);
    }
}

bool ratioOf(const StoreSeriesFigures &f, double *v) {
    if (f.empty || f.bucket.sessionNum <= 0)
        return false; // no session, no ratio
    *v = double(f.bucket.notBadSessionRatio) / 100.0;
    return true;
}

bool sessionsOf(const StoreSeriesFigures &f, double *v) {
    *v = f.empty ? 0.0 : double(f.bucket.sessionNum);
    return true;
}

bool durationOf(const StoreSeriesFigures &f, double *v) {
    *v = f.empty ? 0.0 : double(f.bucket.totalDuration) * 60.0; // minutes in the store
    return true;
}

} // namespace

const QList<double> &CollectorMetrics::cycleBuckets() {
    // From a steady-state cycle of a small fleet (seconds) to a first fill (an hour).
    static const QList<double> bounds{1, 5, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600};
    return bounds;
}

CollectorMetrics::CollectorMetrics(bool perDevice, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_perDevice(perDevice)
    , m_clock(Clock::orSystem(clock))
    , m_cycleDuration(cycleBuckets()) {
    for (const QString &action : actions())
        m_requests.insert({action, QStringLiteral("ok")}, 0);
}

void CollectorMetrics::requestFinished(const QString &action, const ApiError &error) {
    // Bounded: the collector's three actions, the outcomes a fixed list.
    ++m_requests[{actions().contains(action) ? action : QStringLiteral("other"), outcomeOf(error)}];
}

void CollectorMetrics::cycleFinished(bool complete, double seconds) {
    ++(complete ? m_complete : m_incomplete);
    m_cycleDuration.observe(seconds);
}

void CollectorMetrics::readStarted() {
    m_reading = true;
    m_readStartUs = m_clock->monotonicUs();
}

void CollectorMetrics::readFinished(const StoreFigures &figures) {
    m_reading = false;
    m_readOk = figures.ok;
    if (!figures.ok)
        return; // the last figures stay, with store_up 0 and the time they were read
    m_readAtSecs = m_clock->wallSecs();
    m_lastSuccess = figures.freshness.lastSuccess;
    m_storeText = renderStore(figures);
}

bool CollectorMetrics::storeUp() const {
    if (m_reading && m_clock->monotonicUs() - m_readStartUs > ReadDeadlineUs)
        return false;
    return m_readOk;
}

QByteArray CollectorMetrics::renderStore(const StoreFigures &figures) const {
    PrometheusText out;
    // The last read's size is the best guess of this one's: the buffer grows at most once.
    out.reserve(m_storeText.size() + m_storeText.size() / 8 + 4096);
    QList<LabelledSeries> s;
    s.reserve(figures.series.size());
    for (const StoreSeriesFigures &f : figures.series)
        s.append({&f, seriesLabels(f)});
    gauges(out, metric::NotBadRatio,
           QStringLiteral(
               "Share of sessions that were not bad in the last complete bucket of the project's "
               "fleet (absent when it had no session)."),
           s, false, ratioOf);
    gauges(out, metric::Sessions,
           QStringLiteral("Sessions in the last complete bucket of the fleet."), s, false,
           sessionsOf);
    gauges(
        out, metric::Duration,
        QStringLiteral("Total duration of the sessions in the last complete bucket of the fleet."),
        s, false, durationOf);
    gauges(out, metric::ActiveVehicles,
           QStringLiteral("Vehicles active in the last complete bucket."), s, false,
           [](const StoreSeriesFigures &f, double *v) {
               *v = f.empty ? 0.0 : double(f.bucket.activeFieldDeviceNum);
               return true;
           });
    gauges(out, metric::ActiveCockpits,
           QStringLiteral("Cockpits active in the last complete bucket."), s, false,
           [](const StoreSeriesFigures &f, double *v) {
               *v = f.empty ? 0.0 : double(f.bucket.activeRemoteDeviceNum);
               return true;
           });
    gauges(out, metric::BucketEnd,
           QStringLiteral("End of the last complete bucket the figures of the fleet describe."), s,
           false, [](const StoreSeriesFigures &f, double *v) {
               *v = double(f.bucketEnd);
               return true;
           });
    if (m_perDevice) {
        gauges(out, metric::DeviceNotBadRatio,
               QStringLiteral(
                   "Share of the device's sessions that were not bad in its last complete bucket."),
               s, true, ratioOf);
        gauges(out, metric::DeviceSessions,
               QStringLiteral("The device's sessions in its last complete bucket."), s, true,
               sessionsOf);
        gauges(
            out, metric::DeviceDuration,
            QStringLiteral("Total duration of the device's sessions in its last complete bucket."),
            s, true, durationOf);
    }
    out.family(metric::StoreRows, Type::Gauge,
               QStringLiteral("Rows of the collector's account in the store, by table."));
    out.sample({{"table", QStringLiteral("devices")}}, double(figures.deviceRows));
    out.sample({{"table", QStringLiteral("interval_stats")}}, double(figures.bucketRows));
    out.sample({{"table", QStringLiteral("sessions")}}, double(figures.sessionRows));
    return out.take();
}

void CollectorMetrics::setRunning(const QString &projectId, int running, int withoutReport) {
    m_running.insert(projectId, {std::max(0, running), std::max(0, withoutReport)});
}

QByteArray CollectorMetrics::renderHealth() const {
    PrometheusText out;
    if (!m_running.isEmpty()) {
        out.family(metric::Running, Type::Gauge,
                   QStringLiteral("Sessions running now (DescribeRecentSessionList), by project."));
        for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
            out.sample({{"project", it.key()}}, double(it.value().first));
        out.family(metric::RunningWithoutReport, Type::Gauge,
                   QStringLiteral("Running sessions without a report for longer than two "
                                  "refreshes, by project."));
        for (auto it = m_running.cbegin(); it != m_running.cend(); ++it)
            out.sample({{"project", it.key()}}, double(it.value().second));
    }
    out.family(metric::StoreUp, Type::Gauge,
               QStringLiteral(
                   "1 when the last read of the store succeeded, 0 when it failed or is overdue."));
    out.sample({}, storeUp() ? 1 : 0);
    out.family(metric::StoreRead, Type::Gauge,
               QStringLiteral("When the store figures shown were read (0: never)."));
    out.sample({}, double(m_readAtSecs));
    out.family(
        metric::LastSuccess, Type::Gauge,
        QStringLiteral(
            "End of the collector's last complete cycle, as the store records it (0: none)."));
    out.sample({}, double(m_lastSuccess));
    out.family(metric::Requests, Type::Counter,
               QStringLiteral(
                   "Requests to the TRRO API by action and outcome, after retries (a list is one "
                   "request however many pages it has)."));
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        out.sample({{"action", it.key().first}, {"outcome", it.key().second}}, double(it.value()));
    out.family(metric::RateLimited, Type::Counter,
               QStringLiteral("RequestLimitExceeded replies of the TRRO API (each was retried)."));
    out.sample({}, m_scheduler ? double(m_scheduler->stats().rateLimited) : 0.0);
    out.family(metric::Cycles, Type::Counter, QStringLiteral("Collector cycles by outcome."));
    out.sample({{"outcome", QStringLiteral("complete")}}, double(m_complete));
    out.sample({{"outcome", QStringLiteral("incomplete")}}, double(m_incomplete));
    out.family(metric::CycleDuration, Type::Histogram,
               QStringLiteral("Duration of the collector's cycles."));
    out.histogram({}, m_cycleDuration);
    return out.take();
}

QByteArrayList CollectorMetrics::scrape() const {
    return {renderHealth(), m_storeText}; // the store's part shared, not copied
}

} // namespace trro::collector
