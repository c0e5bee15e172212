#include "cachefixture.h"

#include "clock.h"

namespace trro::test {

namespace {
ApiStackOptions cacheStackOptions(const QString &cachePath, const sim::ServiceOptions &service) {
    ApiStackOptions o;
    // Tests without a limit run fast.
    o.scheduler.ratePerSecond = service.ratePerSecond > 0 ? 19.6 : 400;
    o.scheduler.baseBackoffMs = 50;
    o.scheduler.maxBackoffMs = 400;
    o.timeoutMs = 5000;
    o.cachePath = cachePath;
    CachePolicy policy;
    policy.settleSec = 150 * 60; // the local service's sessions last at most 2 h
    o.cachePolicy = policy;
    return o;
}
} // namespace

CacheFixture::CacheFixture(const QString &cachePath, sim::ServiceOptions options,
                           ManualClock *clock)
    : ServiceFixture(options, clock, cacheStackOptions(cachePath, options))
    , manual(clock) {}

QStringList CacheFixture::deviceIds(const QString &project) {
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

QList<CacheFixture::Answer> CacheFixture::run(const QStringList &devices, qint64 start, qint64 end,
                                              Interval interval, bool direct, int timeoutMs) {
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
            api->intervalStatistics(q, &context, [&answers, i](const Result<IntervalSeries> &r) {
                answers[i].result = r;
                answers[i].done = true;
            });
        } else {
            statistics->intervalStatisticsDetailed(
                q, &context, [&answers, i](const Result<IntervalSeries> &r, const CacheOutcome &o) {
                    answers[i].result = r;
                    answers[i].outcome = o;
                    answers[i].done = true;
                });
        }
    }
    const auto allDone = [&] {
        return std::all_of(answers.cbegin(), answers.cend(),
                           [](const Answer &a) { return a.done; });
    };
    if (!waitFor(allDone, timeoutMs))
        qWarning("not every answer arrived");
    return answers;
}

CacheInfo CacheFixture::cacheInfo() const {
    return cache->wait<CacheInfo>([](StatsCache &c) { return c.info(); });
}

QList<QList<IntervalBucket>> bucketsOf(const QList<CacheFixture::Answer> &answers) {
    QList<QList<IntervalBucket>> out;
    for (const CacheFixture::Answer &a : answers)
        out << (a.done && a.result.ok() ? a.result.value().buckets : QList<IntervalBucket>());
    return out;
}

int failures(const QList<CacheFixture::Answer> &answers) {
    int n = 0;
    for (const CacheFixture::Answer &a : answers)
        n += (!a.done || !a.result.ok()) ? 1 : 0;
    return n;
}

} // namespace trro::test
