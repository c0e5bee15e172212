#pragma once

// The local TRRO service, one client stack pointed at it, a cache file of its own and
// CachedStats in front of the TrroApi; helpers to run many queries and wait for them.

#include "apiclient.h"
#include "apistack.h"
#include "asyncstatscache.h"
#include "cachedstats.h"
#include "clock.h"
#include "localservice.h"
#include "requestscheduler.h"
#include "statscache.h"
#include "trroapi.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <memory>

namespace trro::test {

struct CacheFixture {
    // clock: the service's, the scheduler's and the cache's time; nullptr for the system's.
    // With a ManualClock, the waits below move it from timer to timer while nothing is in
    // flight, so the same queries meet the same times on every run.
    explicit CacheFixture(const QString &cachePath, sim::ServiceOptions options = {},
                          ManualClock *clock = nullptr)
        : manual(clock) {
        if (options.keys.isEmpty())
            options.keys << sim::LocalService::demoCredentials();
        options.clock = clock;
        service = std::make_unique<sim::LocalService>(options);
        listening = service->listen();
        ApiStackOptions o;
        // Tests without a limit run fast.
        o.scheduler.ratePerSecond = options.ratePerSecond > 0 ? 19.6 : 400;
        o.scheduler.baseBackoffMs = 50;
        o.scheduler.maxBackoffMs = 400;
        o.clock = clock;
        o.timeoutMs = 5000;
        o.cachePath = cachePath;
        CachePolicy policy;
        policy.settleSec = 150 * 60; // the local service's sessions last at most 2 h
        o.cachePolicy = policy;
        stack = std::make_unique<ApiStack>(o);
        stack->configure(Endpoint::parse(service->url().toString()),
                         sim::LocalService::demoCredentials());
        client = stack->client();
        scheduler = stack->scheduler();
        api = stack->api();
        cache = stack->cache();
        cached = stack->statistics();
    }

    // Waits until done() holds: on a manual clock, lets replies arrive in real time and moves
    // the clock to the next timer whenever nothing is in flight.
    template <typename Done> bool waitFor(Done done, int timeoutMs) {
        if (!manual)
            return QTest::qWaitFor(done, timeoutMs);
        const QDeadlineTimer deadline(timeoutMs);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            // A reply on the wire or a call on the cache's thread: wait for it in real time.
            const auto busy = [this] {
                return scheduler->inFlightCount() > 0 || cache->pending() > 0;
            };
            if (busy()) {
                if (!QTest::qWaitFor([&] { return done() || !busy(); },
                                     int(std::max<qint64>(1, deadline.remainingTime()))))
                    return false;
                continue;
            }
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            if (done() || busy())
                continue;
            if (!manual->advanceToNextTimer(60LL * 1000000))
                QTest::qWait(1); // nothing due on the clock: something else is under way
        }
        return true;
    }

    qint64 statsRequests() const {
        qint64 n = 0;
        for (const auto &r : service->requestLog())
            n += r.action == QLatin1String("DescribeSessionStatisticsByInterval") ? 1 : 0;
        return n;
    }
    qint64 requests(const QString &action) const {
        qint64 n = 0;
        for (const auto &r : service->requestLog())
            n += r.action == action ? 1 : 0;
        return n;
    }

    QStringList deviceIds(const QString &project = sim::LocalService::demoProjectId()) {
        QStringList ids;
        bool done = false;
        api->devices(project, {}, scheduler, [&](const Result<QList<Device>> &r) {
            for (const Device &d : r.ok() ? r.value() : QList<Device>())
                ids << d.deviceId;
            done = true;
        });
        if (!waitFor([&] { return done; }, 30000))
            qWarning("the device list did not arrive");
        return ids;
    }

    struct Answer {
        bool done = false;
        Result<IntervalSeries> result{ApiError{}};
        CacheOutcome outcome;
    };

    // One query per device, through the cache (or straight through TrroApi with direct).
    QList<Answer> run(const QStringList &devices, qint64 start, qint64 end, Interval interval,
                      bool direct = false, int timeoutMs = 60000) {
        QList<Answer> answers(devices.size());
        QObject context;
        for (qsizetype i = 0; i < devices.size(); ++i) {
            StatsQuery q;
            q.projectId = sim::LocalService::demoProjectId();
            q.deviceId = devices.at(i);
            q.interval = interval;
            q.startTime = start;
            q.endTime = end;
            if (direct) {
                api->intervalStatistics(q, &context,
                                        [&answers, i](const Result<IntervalSeries> &r) {
                                            answers[i].result = r;
                                            answers[i].done = true;
                                        });
            } else {
                cached->intervalStatisticsDetailed(
                    q, &context,
                    [&answers, i](const Result<IntervalSeries> &r, const CacheOutcome &o) {
                        answers[i].result = r;
                        answers[i].outcome = o;
                        answers[i].done = true;
                    });
            }
        }
        if (!waitFor(
                [&] {
                    return std::all_of(answers.cbegin(), answers.cend(),
                                       [](const Answer &a) { return a.done; });
                },
                timeoutMs))
            qWarning("not every answer arrived");
        return answers;
    }

    ManualClock *manual = nullptr;
    std::unique_ptr<sim::LocalService> service;
    std::unique_ptr<ApiStack> stack;
    // The parts of stack.
    ApiClient *client = nullptr;
    RequestScheduler *scheduler = nullptr;
    TrroApi *api = nullptr;
    AsyncStatsCache *cache = nullptr;

    // The cache's figures, read on its thread (blocks until the calls before it are done).
    CacheInfo cacheInfo() const {
        return cache->wait<CacheInfo>([](StatsCache &c) { return c.info(); });
    }
    CachedStats *cached = nullptr;
    bool listening = false;
};

// The buckets of every answer (an empty list for a failed one), for comparisons.
inline QList<QList<IntervalBucket>> bucketsOf(const QList<CacheFixture::Answer> &answers) {
    QList<QList<IntervalBucket>> out;
    for (const CacheFixture::Answer &a : answers)
        out << (a.done && a.result.ok() ? a.result.value().buckets : QList<IntervalBucket>());
    return out;
}

inline int failures(const QList<CacheFixture::Answer> &answers) {
    int n = 0;
    for (const CacheFixture::Answer &a : answers)
        n += (!a.done || !a.result.ok()) ? 1 : 0;
    return n;
}

} // namespace trro::test
