#pragma once

#include "fleetcatalog.h"
#include "fleetusage.h"
#include "licencebook.h"
#include "sessionmodel.h"
#include "types.h"

#include <QList>
#include <functional>
#include <vector>

namespace trro::sim {

// The synthetic fleet and the statistics the service computes from it.
//
// Buckets: an hour bucket is aligned to the UTC hour; day and month buckets are aligned to
// midnight China time (UTC+8), the first of the month for months. A bucket's EndTime is the
// next bucket's StartTime. A session belongs to the bucket of its StartTime and is counted once
// it has ended (EndTime <= now): the bucket holding `now` is partial. Filters select sessions
// whose StartTime lies in [start, end), so buckets at the edges of a range that is not aligned
// hold only the sessions inside the range. Empty buckets are left out.
// SessionNum and TotalDuration (each session rounded to whole minutes) add up over buckets;
// NotBadSessionRatio = round(100 * not bad / sessions); the Active*DeviceNum values count
// distinct devices with sessions in the bucket (for totals: over the whole range).
// A device filter selects the sessions the device took part in, as vehicle or as cockpit.
class Fleet final {
public:
    Fleet(const FleetConfig &config, qint64 nowSec);

    const FleetCatalog &catalog() const { return m_catalog; }
    const SessionModel &model() const { return m_model; }
    const LicenceBook &licences() const { return m_licences; }

    QList<Project> projects() const;
    // All devices of the project in catalog order (vehicles, then cockpits), with their status
    // at `now`: offline, connected (a session in progress) or ready.
    QList<Device> devices(int project, qint64 now);

    // `device` is an index into catalog().devices() or -1 for the whole project.
    QList<IntervalBucket> intervalStatistics(int project, int device, Interval interval,
                                             qint64 start, qint64 end, qint64 now);
    SessionTotals totals(int project, int device, qint64 start, qint64 end, qint64 now);

    struct SessionPage {
        qint64 total = 0;
        QList<DeviceSession> sessions;
    };
    // Ordered by StartTime (then vehicle); `offset` sessions are skipped.
    SessionPage sessions(int project, int device, qint64 start, qint64 end, qint64 now,
                         qint64 offset, qint64 limit);
    DeviceSession toDeviceSession(int project, const Session &session) const;

    // DescribeRecentSessionList: the sessions started in [start, end] that are in progress at
    // `now` (started, not ended), newest first (then by vehicle); `offset` sessions skipped.
    struct RunningPage {
        qint64 total = 0;
        QList<RecentSession> sessions;
    };
    RunningPage running(int project, int device, qint64 start, qint64 end, qint64 now,
                        qint64 offset, qint64 limit);
    // The last report of a session as seen at `now`. Both sides report every second; the link
    // of half the bad sessions drops before they end (up to two minutes, a third of the session at
    // most), and nothing is heard after that.
    static qint64 latestReport(const Session &session, qint64 now);

    static qint64 bucketStart(Interval interval, qint64 time);
    static qint64 bucketEnd(Interval interval, qint64 bucketStart);

    // Calls fn for every session the filters select (the same as intervalStatistics counts).
    void forEachSession(int project, int device, qint64 start, qint64 end, qint64 now,
                        const std::function<void(const Session &)> &fn);
    // GetDurationDetails (fleetusage.cpp): the minutes per tier of each China day of [start,
    // end) with sessions, oldest first; the sum over days is usageTotal().
    QList<DayUsage> usage(int project, int device, qint64 start, qint64 end, qint64 now);
    UsageMinutes usageTotal(int project, int device, qint64 start, qint64 end, qint64 now);
    // The minutes of each of the project's vehicles in the China month of `now`, up to now.
    std::vector<qint64> monthMinutes(int project, qint64 now);

    void clearCache();

private:
    struct HourCache {
        bool ready = false;
        qint64 sessionNum = 0;
        qint64 minutes = 0;
        qint64 notBad = 0;
        std::vector<quint64> fields;
        std::vector<quint64> remotes;
        std::vector<Session> sessions;
    };
    struct Accumulator;

    bool cacheable(qint64 hour, qint64 now) const;
    const HourCache &hourCache(int project, qint64 hour);
    void generateHour(int project, qint64 hour, std::vector<Session> &out) const;
    // Calls onAggregate(hour, cache) for whole cached hours of an unfiltered query and
    // onSession(hour, session) for every other matching session, hour by hour.
    template <typename AggregateFn, typename SessionFn>
    void visit(int project, int device, qint64 start, qint64 end, qint64 now,
               AggregateFn onAggregate, SessionFn onSession);

    FleetCatalog m_catalog;
    SessionModel m_model;
    LicenceBook m_licences;
    qint64 m_firstHour = 0;
    qint64 m_cacheNeedsNow = 0; // a query with an earlier `now` must not use the cache
    std::vector<std::vector<HourCache>> m_cache; // per project, per hour since m_firstHour
    std::vector<Session> m_scratch;
};

} // namespace trro::sim
