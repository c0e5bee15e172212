#pragma once

#include "apierror.h"
#include "prometheustext.h"
#include "storefigures.h"

#include <QByteArrayList>
#include <QMap>
#include <QObject>

namespace trro {
class Clock;
class RequestScheduler;
} // namespace trro

namespace trro::collector {

// The names of the collector's metrics (docs/SCALING.md describes each).
namespace metric {
// From the store: the last complete bucket of each project's fleet, by interval.
inline constexpr auto NotBadRatio = "trro_not_bad_session_ratio";
inline constexpr auto Sessions = "trro_sessions";
inline constexpr auto Duration = "trro_session_duration_seconds";
inline constexpr auto ActiveVehicles = "trro_active_vehicles";
inline constexpr auto ActiveCockpits = "trro_active_cockpits";
inline constexpr auto BucketEnd = "trro_bucket_end_timestamp_seconds";
// The same for each device (--metrics-per-device).
inline constexpr auto DeviceNotBadRatio = "trro_device_not_bad_session_ratio";
inline constexpr auto DeviceSessions = "trro_device_sessions";
inline constexpr auto DeviceDuration = "trro_device_session_duration_seconds";
// The store's rows of the collector's account, by table.
inline constexpr auto StoreRows = "trro_store_rows";
// The collector's health.
inline constexpr auto StoreUp = "trro_collector_store_up";
inline constexpr auto StoreRead = "trro_collector_store_read_timestamp_seconds";
inline constexpr auto LastSuccess = "trro_collector_last_success_timestamp_seconds";
inline constexpr auto Requests = "trro_collector_requests_total";
inline constexpr auto RateLimited = "trro_collector_rate_limited_replies_total";
inline constexpr auto Cycles = "trro_collector_cycles_total";
inline constexpr auto CycleDuration = "trro_collector_cycle_duration_seconds";
// From DescribeRecentSessionList, refreshed every RunningRefreshSec: the sessions running now.
inline constexpr auto Running = "trro_running_sessions";
inline constexpr auto RunningWithoutReport = "trro_running_sessions_without_report";
} // namespace metric

// The collector's metrics: its own health (requests by action and outcome, cycles and their
// duration, rate-limited replies) and the figures last read from the store, rendered into the
// text exposition format once per read. A scrape renders the few health lines and hands out
// that text as it is: it never waits for the store. HELP texts are protocol data, in English, not
// tr(). When a read fails the last figures are kept (with trro_collector_store_up 0 and the time of
// the read they come from).
class CollectorMetrics final : public QObject {
    Q_OBJECT
public:
    // A read still running after this long counts as the store being down.
    static constexpr qint64 ReadDeadlineUs = 20'000'000;
    static const QList<double> &cycleBuckets(); // seconds

    CollectorMetrics(bool perDevice, Clock *clock, QObject *parent = nullptr);

    void setScheduler(RequestScheduler *scheduler) { m_scheduler = scheduler; }
    void requestFinished(const QString &action, const ApiError &error);
    void cycleFinished(bool complete, double seconds);
    void readStarted();
    void readFinished(const StoreFigures &figures);
    // A project's running sessions as its last complete list gave them.
    void setRunning(const QString &projectId, int running, int withoutReport);
    bool isReading() const { return m_reading; }
    qint64 lastReadStartUs() const { return m_readStartUs; } // -1: never

    // The answer in two parts: the health lines rendered now, then the store's text of the last
    // read (shared with this object, not copied).
    QByteArrayList scrape() const;

private:
    QByteArray renderStore(const StoreFigures &figures) const;
    QByteArray renderHealth() const;
    bool storeUp() const;

    bool m_perDevice;
    Clock *m_clock;
    RequestScheduler *m_scheduler = nullptr;
    QMap<QPair<QString, QString>, qint64> m_requests; // (action, outcome)
    QMap<QString, QPair<int, int>> m_running;         // project: (running, without a report)
    qint64 m_complete = 0;
    qint64 m_incomplete = 0;
    PromHistogram m_cycleDuration;
    QByteArray m_storeText; // the last good read's families
    bool m_readOk = false;
    bool m_reading = false;
    qint64 m_readStartUs = -1;
    qint64 m_readAtSecs = 0; // wall time of the last good read
    qint64 m_lastSuccess = 0;
};

} // namespace trro::collector
