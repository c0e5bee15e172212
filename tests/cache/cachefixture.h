#pragma once

// The local TRRO service, one client stack pointed at it, a cache file of its own and
// CachedStats in front of the TrroApi; helpers to run many queries and wait for them.

#include "apiclient.h"
#include "cachedstats.h"
#include "localservice.h"
#include "requestscheduler.h"
#include "statscache.h"
#include "trroapi.h"

#include <QTest>
#include <memory>

namespace trro::test {

struct CacheFixture {
    explicit CacheFixture(const QString &cachePath, sim::ServiceOptions options = {}) {
        if (options.keys.isEmpty())
            options.keys << sim::LocalService::demoCredentials();
        service = std::make_unique<sim::LocalService>(options);
        listening = service->listen();
        client = std::make_unique<ApiClient>();
        client->setEndpoint(Endpoint::parse(service->url().toString()));
        client->setCredentials(sim::LocalService::demoCredentials());
        client->setTimeoutMs(5000);
        RequestScheduler::Options o;
        o.ratePerSecond = options.ratePerSecond > 0 ? 19.6 : 400; // tests without a limit run fast
        o.baseBackoffMs = 50;
        o.maxBackoffMs = 400;
        scheduler = std::make_unique<RequestScheduler>(client.get(), o);
        api = std::make_unique<TrroApi>(scheduler.get());
        cache = std::make_unique<StatsCache>(cachePath);
        cached = std::make_unique<CachedStats>(api.get(), cache.get());
        CachePolicy policy;
        policy.settleSec = 150 * 60; // the local service's sessions last at most 2 h
        cached->setPolicy(policy);
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
        api->devices(project, {}, scheduler.get(), [&](const Result<QList<Device>> &r) {
            for (const Device &d : r.ok() ? r.value() : QList<Device>())
                ids << d.deviceId;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
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
        if (!QTest::qWaitFor(
                [&] {
                    return std::all_of(answers.cbegin(), answers.cend(),
                                       [](const Answer &a) { return a.done; });
                },
                timeoutMs))
            qWarning("not every answer arrived");
        return answers;
    }

    std::unique_ptr<sim::LocalService> service;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<RequestScheduler> scheduler;
    std::unique_ptr<TrroApi> api;
    std::unique_ptr<StatsCache> cache;
    std::unique_ptr<CachedStats> cached;
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
