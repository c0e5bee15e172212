#pragma once

// One whole-fleet fetch for the benchmark: list every device of the demo project, then ask for
// each device's day series, counting the requests per action (from the client's trace).

#include "cachedstats.h"
#include "localservice.h"
#include "trroapi.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>

namespace trro::bench {

struct Run {
    qint64 requests = 0;
    qint64 listRequests = 0;
    qint64 statsRequests = 0;
    qint64 probeRequests = 0;
    qint64 rateLimited = 0;
    double seconds = 0;
    double listSeconds = 0; // until the device list was complete
    int failed = 0;
    QMap<QString, QList<IntervalBucket>> rows;
};

class BenchFleet final : public QObject {
public:
    BenchFleet(TrroApi *api, CachedStats *cached)
        : m_api(api)
        , m_cached(cached) {
        ApiClient *client = api->scheduler()->client();
        client->setTraceEnabled(true);
        connect(client, &ApiClient::trace, this, [this](const QString &line) {
            if (!line.startsWith(QLatin1String("> POST ")))
                return;
            const QString action = line.section(QLatin1Char(' '), 3, 3);
            ++m_counts[action];
        });
    }

    // Everything in one go, as trro-stats --all-devices does; returns when all answers are in.
    Run run(qint64 start, qint64 end, bool useCache) {
        Run out;
        m_counts.clear();
        const RequestScheduler::Stats before = m_api->scheduler()->stats();
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        QObject context;
        qsizetype pending = -1;
        const QString project = sim::LocalService::demoProjectId();
        m_api->devices(project, {}, &context, [&](const Result<QList<Device>> &devices) {
            if (!devices.ok()) {
                loop.quit();
                return;
            }
            out.listSeconds = timer.nsecsElapsed() / 1e9;
            pending = devices.value().size();
            for (const Device &d : devices.value()) {
                StatsQuery q;
                q.projectId = project;
                q.deviceId = d.deviceId;
                q.interval = Interval::Day;
                q.startTime = start;
                q.endTime = end;
                const QString id = d.deviceId;
                auto done = [&, id](const Result<IntervalSeries> &r) {
                    if (r.ok())
                        out.rows.insert(id, r.value().buckets);
                    else
                        ++out.failed;
                    if (--pending == 0)
                        loop.quit();
                };
                if (useCache)
                    m_cached->intervalStatistics(q, &context, done, Priority::Background);
                else
                    m_api->intervalStatistics(q, &context, done, Priority::Background);
            }
        });
        loop.exec();
        out.seconds = timer.nsecsElapsed() / 1e9;
        const RequestScheduler::Stats after = m_api->scheduler()->stats();
        out.requests = after.sent - before.sent;
        out.rateLimited = after.rateLimited - before.rateLimited;
        out.listRequests = m_counts.value(QStringLiteral("DescribeDeviceList"));
        out.statsRequests = m_counts.value(QStringLiteral("DescribeSessionStatisticsByInterval"));
        out.probeRequests = m_counts.value(QStringLiteral("DescribeDeviceSessionList"));
        return out;
    }

private:
    TrroApi *m_api;
    CachedStats *m_cached;
    QHash<QString, qint64> m_counts;
};

struct Comparison {
    bool settledEqual = true; // every bucket that ended 3 h before `now`
    int openDiffers = 0;      // devices whose later buckets differ
};

inline Comparison compare(const QMap<QString, QList<IntervalBucket>> &a,
                          const QMap<QString, QList<IntervalBucket>> &b, qint64 now) {
    Comparison c;
    if (a.keys() != b.keys())
        c.settledEqual = false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        QList<IntervalBucket> settledA, openA, settledB, openB;
        for (const IntervalBucket &x : it.value())
            (x.endTime + 3 * 3600 <= now ? settledA : openA).append(x);
        for (const IntervalBucket &x : b.value(it.key()))
            (x.endTime + 3 * 3600 <= now ? settledB : openB).append(x);
        if (settledA != settledB)
            c.settledEqual = false;
        if (openA != openB)
            ++c.openDiffers;
    }
    return c;
}

} // namespace trro::bench
