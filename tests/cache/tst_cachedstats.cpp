// CachedStats against the local TRRO service: the same answers as without the cache, with far
// fewer requests; moving windows; the open bucket after max-age; offline answers with their
// age; hostile answers passed through untouched.
#include "cachefiles.h"
#include "cachefixture.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;
using namespace trro::test;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

sim::ServiceOptions smallFleet(int vehicles = 40) {
    sim::ServiceOptions o;
    o.ratePerSecond = 0; // no limit: these tests count requests, they do not time them
    o.fleet = sim::FleetConfig::standard(vehicles);
    return o;
}

} // namespace

class TestCachedStats final : public CacheFilesTestCase {
    Q_OBJECT
private Q_SLOTS:
    void coldThenWarmIsIdenticalWithFewRequests();
    void movingWindowMatchesTheService();
    void refreshOfNowWindowCostsAHandful();
    void openBucketIsFetchedAfterMaxAge();
    void offlineServesCachedDataWithItsAge();
    void disabledGoesStraightThrough();
    void hostileAnswersArePassedThrough();
    void destroyedContextGetsNoCallback();
    void stackPutsTheCacheInFrontOfItsApi();
};

// Settled range (ends 3 h ago): the cached answers equal the service's, and the second fetch of
// the whole fleet sends no statistics request at all.
void TestCachedStats::coldThenWarmIsIdenticalWithFewRequests() {
    CacheFixture f(nextPath(), smallFleet());
    QVERIFY(f.listening);
    const QStringList devices = f.deviceIds();
    QCOMPARE(devices.size(), 52);
    const qint64 end = f.service->serviceTime() - 3 * Hour;
    const qint64 start = end - 7 * Day;

    const auto direct = f.run(devices, start, end, Interval::Day, true);
    QCOMPARE(failures(direct), 0);
    const qint64 before = f.statsRequests();
    const auto cold = f.run(devices, start, end, Interval::Day);
    QCOMPARE(failures(cold), 0);
    QCOMPARE(f.statsRequests() - before, devices.size());
    QCOMPARE(bucketsOf(cold), bucketsOf(direct));

    const auto warm = f.run(devices, start, end, Interval::Day);
    QCOMPARE(failures(warm), 0);
    QCOMPARE(f.statsRequests() - before, devices.size()); // nothing more
    QCOMPARE(bucketsOf(warm), bucketsOf(direct));
    for (const auto &a : warm) {
        QVERIFY(a.outcome.fromCache);
        QCOMPARE(a.outcome.requests, 0);
    }
    // Warnings are those of the same buckets.
    for (qsizetype i = 0; i < warm.size(); ++i)
        QCOMPARE(warm.at(i).result.value().warnings, direct.at(i).result.value().warnings);
}

// The window moves by 10 minutes, then by a day and 7 minutes: every answer equals the
// service's for the same range; the middle days are never asked for again.
void TestCachedStats::movingWindowMatchesTheService() {
    CacheFixture f(nextPath(), smallFleet());
    QVERIFY(f.listening);
    const QStringList devices = f.deviceIds().mid(0, 20);
    const qint64 end = f.service->serviceTime() - 4 * Hour - 17 * 60;
    qint64 start = end - 7 * Day;
    f.run(devices, start - Day - 7 * 60, end - Day - 7 * 60, Interval::Day);
    for (const qint64 shift : {qint64(0), qint64(600), qint64(Day + 420)}) {
        const qint64 before = f.statsRequests();
        const auto got = f.run(devices, start - Day + shift, end - Day + shift, Interval::Day);
        const qint64 used = f.statsRequests() - before;
        const auto want =
            f.run(devices, start - Day + shift, end - Day + shift, Interval::Day, true);
        QCOMPARE(failures(got), 0);
        QCOMPARE(bucketsOf(got), bucketsOf(want));
        qInfo("shift %lld s: %lld statistics requests for %lld devices, %lld probes so far", shift,
              used, qint64(devices.size()), f.statistics->stats().probes);
        QVERIFY(used <= devices.size());
    }
    QVERIFY(f.statistics->stats().partialFetches > 0 || f.statistics->stats().probes > 0);
}

// "-7d..now" refreshed a second later: the open day is young, the moving head is settled by
// one session-list probe shared by every device. A handful of requests, not one per device.
void TestCachedStats::refreshOfNowWindowCostsAHandful() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    CacheFixture f(nextPath(), smallFleet(), &clock);
    QVERIFY(f.listening);
    const QStringList devices = f.deviceIds();
    qint64 now = f.service->serviceTime();
    const auto cold = f.run(devices, now - 7 * Day, now, Interval::Day);
    QCOMPARE(failures(cold), 0);
    clock.advance(1100LL * 1000);
    const qint64 stats = f.statsRequests();
    const qint64 lists = f.requests(QStringLiteral("DescribeDeviceSessionList"));
    now = f.service->serviceTime();
    const auto warm = f.run(devices, now - 7 * Day, now, Interval::Day);
    QCOMPARE(failures(warm), 0);
    const qint64 statsUsed = f.statsRequests() - stats;
    const qint64 listsUsed = f.requests(QStringLiteral("DescribeDeviceSessionList")) - lists;
    qInfo("refresh of %lld devices: %lld statistics requests, %lld session-list requests",
          qint64(devices.size()), statsUsed, listsUsed);
    QVERIFY(statsUsed + listsUsed <= 6);
    // The days before today are the service's (today may have moved on since).
    for (qsizetype i = 0; i < warm.size(); ++i) {
        QList<IntervalBucket> a = warm.at(i).result.value().buckets;
        QList<IntervalBucket> b = cold.at(i).result.value().buckets;
        if (!a.isEmpty() && a.last().endTime > now)
            a.removeLast();
        if (!b.isEmpty() && b.last().endTime > now)
            b.removeLast();
        QCOMPARE(a.size(), b.size());
    }
}

// With max-age 1 s, the open and recent hours are fetched again, from a learned boundary.
void TestCachedStats::openBucketIsFetchedAfterMaxAge() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    CacheFixture f(nextPath(), smallFleet(10), &clock);
    QVERIFY(f.listening);
    CachePolicy policy = f.statistics->policy();
    policy.maxAgeSec = 1;
    f.statistics->setPolicy(policy);
    const qint64 now = f.service->serviceTime();
    const QStringList project{QString()};
    f.run(project, now - Day, now, Interval::Hour);
    QCOMPARE(f.statsRequests(), 1);
    f.run(project, now - Day, now, Interval::Hour); // young: from the cache
    QCOMPARE(f.statsRequests(), 1);
    clock.advance(2100LL * 1000);
    const qint64 later = f.service->serviceTime();
    const auto again = f.run(project, now - Day, later, Interval::Hour);
    QCOMPARE(failures(again), 0);
    QCOMPARE(f.statsRequests(), 2);
    QCOMPARE(f.statistics->stats().partialFetches, 1);
    // The settled hours come from the cache and equal the service's.
    const auto direct = f.run(project, now - Day, later, Interval::Hour, true);
    const QList<IntervalBucket> got = again.first().result.value().buckets;
    const QList<IntervalBucket> want = direct.first().result.value().buckets;
    QVERIFY(got.size() >= want.size() - 1 && got.size() <= want.size());
    for (qsizetype i = 0; i < got.size() && got.at(i).endTime + 3 * Hour < later; ++i)
        QCOMPARE(got.at(i), want.at(i));
}

void TestCachedStats::offlineServesCachedDataWithItsAge() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    CacheFixture f(nextPath(), smallFleet(10), &clock);
    QVERIFY(f.listening);
    RequestScheduler::Options o = f.scheduler->options();
    o.maxRetries = 1;
    f.scheduler->setOptions(o);
    const qint64 now = f.service->serviceTime();
    // The moved range below must find its first day cached for another part of it. The range
    // starts at 10:00 of a day a week ago in the service's days (UTC+8), when vehicles work,
    // whatever the time of day now; the first device is one with sessions that day.
    constexpr qint64 ServiceZone = 8 * Hour;
    const qint64 start = (now - 7 * Day + ServiceZone) / Day * Day - ServiceZone + 10 * Hour;
    QStringList devices = f.deviceIds();
    const auto direct = f.run(devices, start, now, Interval::Day, true);
    const auto coversEdges = [&](qsizetype i) {
        if (!direct.at(i).result.ok())
            return false;
        const QList<IntervalBucket> &b = direct.at(i).result.value().buckets;
        return !b.isEmpty() && b.first().startTime < start + 2;
    };
    qsizetype edge = 0;
    while (edge < devices.size() && !coversEdges(edge))
        ++edge;
    QVERIFY2(edge < devices.size(), "no device of the fleet has sessions on the first day");
    devices.move(edge, 0);
    devices = devices.mid(0, 3);
    const auto online = f.run(devices.mid(0, 2), start, now, Interval::Day);
    QCOMPARE(failures(online), 0);
    clock.advance(1100LL * 1000);
    f.service->close();
    QSignalSpy offline(f.statistics, &CachedStats::servedOffline);
    CachePolicy policy = f.statistics->policy();
    policy.maxAgeSec = 0; // everything open must be fetched: the service is gone
    f.statistics->setPolicy(policy);
    const auto answers = f.run(devices, start, now, Interval::Day);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(answers.at(i).result.ok());
        QVERIFY(answers.at(i).outcome.offline);
        QVERIFY(answers.at(i).outcome.fromCache);
        QVERIFY(answers.at(i).outcome.ageSeconds >= 1);
        QCOMPARE(answers.at(i).outcome.serviceError.kind, ApiError::Kind::Network);
        QCOMPARE(answers.at(i).result.value().buckets, online.at(i).result.value().buckets);
        QVERIFY(
            answers.at(i).result.value().warnings.last().contains(QLatin1String("local cache")));
    }
    // Never fetched: a clear error, no invented data.
    QVERIFY(!answers.at(2).result.ok());
    QCOMPARE(answers.at(2).result.error().kind, ApiError::Kind::Network);
    QCOMPARE(offline.count(), 2);

    // Two seconds later the range has moved: the first day was cached for another part of it,
    // the end was never asked for. They are left out and said to be missing, never printed as those
    // days.
    const qint64 later = now + 2;
    const auto moved = f.run(devices.mid(0, 1), start + 2, later, Interval::Day);
    QVERIFY(moved.at(0).result.ok());
    const CacheOutcome &outcome = moved.at(0).outcome;
    QVERIFY(outcome.offline);
    QVERIFY(outcome.notCached.intersects(start + 2, start + 3));
    QVERIFY(outcome.notCached.intersects(later - 1, later));
    const QList<IntervalBucket> before = online.at(0).result.value().buckets;
    const QList<IntervalBucket> after = moved.at(0).result.value().buckets;
    QVERIFY(!after.isEmpty());
    for (const IntervalBucket &b : after) {
        QVERIFY(b.startTime >= start + 2 && b.endTime <= later);
        QVERIFY(before.contains(b));
    }
    QVERIFY(after.size() <= before.size() - 1);
    QVERIFY(moved.at(0).result.value().warnings.last().contains(QLatin1String("Not in the cache")));
}

void TestCachedStats::disabledGoesStraightThrough() {
    CacheFixture f(nextPath(), smallFleet(10));
    f.statistics->setEnabled(false);
    const qint64 now = f.service->serviceTime();
    f.run({QString()}, now - 7 * Day, now - Day, Interval::Day);
    f.run({QString()}, now - 7 * Day, now - Day, Interval::Day);
    QCOMPARE(f.statsRequests(), 2);
    QCOMPARE(f.cacheInfo().rows, 0);
}

// The published example (inverted, duplicated, odd buckets) is never cached or combined.
void TestCachedStats::hostileAnswersArePassedThrough() {
    sim::ServiceOptions o = smallFleet(10);
    o.exampleMode = true;
    CacheFixture f(nextPath(), o);
    const qint64 now = f.service->serviceTime();
    const auto direct = f.run({QString()}, now - 7 * Day, now, Interval::Hour, true);
    const auto cached = f.run({QString()}, now - 7 * Day, now, Interval::Hour);
    const auto again = f.run({QString()}, now - 7 * Day, now, Interval::Hour);
    QCOMPARE(failures(direct), 0);
    QCOMPARE(bucketsOf(cached), bucketsOf(direct));
    QCOMPARE(bucketsOf(again), bucketsOf(direct));
    QCOMPARE(cached.first().result.value().warnings, direct.first().result.value().warnings);
    QVERIFY(!direct.first().result.value().warnings.isEmpty());
    QCOMPARE(f.statsRequests(), 3);
    QCOMPARE(f.cacheInfo().rows, 0);
}

void TestCachedStats::destroyedContextGetsNoCallback() {
    CacheFixture f(nextPath(), smallFleet(10));
    const qint64 now = f.service->serviceTime();
    f.run({QString()}, now - 7 * Day, now - Day, Interval::Day); // cached now
    int calls = 0;
    for (const qint64 end : {now - Day, now - 2 * Hour}) { // from the cache, and fetched
        auto *context = new QObject;
        StatsQuery q;
        q.projectId = sim::LocalService::demoProjectId();
        q.startTime = now - 7 * Day;
        q.endTime = end;
        f.statistics->intervalStatistics(q, context,
                                         [&calls](const Result<IntervalSeries> &) { ++calls; });
        delete context;
    }
    // Once neither the scheduler nor the cache's thread holds a job, no answer is left to deliver.
    QVERIFY(QTest::qWaitFor([&f] { return f.stack->isIdle(); }, 15000));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(calls, 0);
}

// The one stack: its statistics sit in front of its own api, on the cache file it was given.
void TestCachedStats::stackPutsTheCacheInFrontOfItsApi() {
    const QString path = nextPath();
    CacheFixture f(path, smallFleet(10));
    QCOMPARE(f.statistics->api(), f.api);
    QCOMPARE(f.statistics->cache(), f.cache);
    QCOMPARE(f.cache->path(), path);
    QVERIFY(f.statistics->isEnabled());
    ApiStack defaults;
    QCOMPARE(defaults.cache()->path(), StatsCache::defaultPath());
    QCOMPARE(defaults.statistics()->api(), defaults.api());
    ApiStackOptions off;
    off.cacheEnabled = false;
    QVERIFY(!ApiStack(off).statistics()->isEnabled());
}

QTEST_GUILESS_MAIN(TestCachedStats)
#include "tst_cachedstats.moc"
