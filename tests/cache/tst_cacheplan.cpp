// The cache's decisions (cacheplan.h) with the real storage (StatsCache on a temporary file)
// against a model of the service: whatever the sequence of queries, the answer with the cache
// must be the answer of the service for the same range.
#include "cachefiles.h"
#include "cacheplan.h"
#include "modelservice.h"
#include "statscache.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;
using trro::test::ModelService;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
// 2024-03-01 00:00 UTC: the model's data spans 40 days from here.
constexpr qint64 Base = 1709251200;

IntervalBucket bucket(qint64 start, qint64 end, qint64 sessions) {
    return {.startTime = start,
            .endTime = end,
            .sessionNum = sessions,
            .totalDuration = sessions * 10,
            .notBadSessionRatio = 100,
            .activeFieldDeviceNum = 1,
            .activeRemoteDeviceNum = 1};
}

// The key of device's series of interval in project "p" of one endpoint.
CacheKey keyOf(const QString &device, Interval interval) {
    return {QStringLiteral("http://127.0.0.1:1/"), QStringLiteral("p"), device, interval};
}

// Runs queries the way CachedStats does, counting what it would send.
struct Driver {
    StatsCache *cache;
    const ModelService *model;
    CachePolicy policy;
    int fetches = 0;
    int partial = 0;
    int probes = 0;

    QList<IntervalBucket> query(const CacheKey &key, qint64 start, qint64 end, qint64 now) {
        const StatsCache::Loaded loaded = cache->load(key, start, end, now - policy.maxAgeSec);
        if (!loaded.ok)
            qFatal("the cache cannot be read");
        PlanInput in;
        in.start = start;
        in.end = end;
        in.now = now;
        in.pieces = loaded.pieces;
        in.boundaries = loaded.boundaries;
        for (int round = 0; round < 8; ++round) {
            const CachePlan plan = planQuery(in, policy);
            if (plan.action == CachePlan::Action::Serve) {
                for (const CachePiece &p : plan.kept) {
                    CachePiece derived = p;
                    derived.clipStart = std::max(start, p.cellStart);
                    derived.clipEnd = std::min(end, p.cellEnd);
                    if (!(derived == p))
                        cache->storeDerived(key, derived, policy.settleSec);
                }
                cache->flush();
                return assembleBuckets(plan.kept);
            }
            if (plan.action == CachePlan::Action::Probe) {
                ++probes;
                const QSet<QString> active =
                    model->activeDevices(plan.probe.start, plan.probe.end, now);
                const bool busy =
                    key.deviceId.isEmpty() ? !active.isEmpty() : active.contains(key.deviceId);
                (busy ? in.busy : in.quiet).add(plan.probe.start, plan.probe.end);
                continue;
            }
            ++fetches;
            if (plan.fetchStart != start || plan.fetchEnd != end)
                ++partial;
            const QList<IntervalBucket> answer =
                model->answer(key.deviceId, key.interval, plan.fetchStart, plan.fetchEnd, now);
            const AbsorbedAnswer absorbed =
                absorbAnswer(plan.fetchStart, plan.fetchEnd, now, answer);
            if (!absorbed.clean)
                qFatal("unclean [%lld, %lld)", plan.fetchStart, plan.fetchEnd);
            if (!cache->store(key, plan.fetchStart, plan.fetchEnd, absorbed, policy.settleSec))
                qFatal("a clean answer could not be stored");
            return assembleBuckets(plan.kept, answer);
        }
        qFatal("the plan does not converge");
        return {};
    }
};

} // namespace

class TestCachePlan final : public CacheFilesTestCase {
    Q_OBJECT
private Q_SLOTS:
    void timeRanges();
    void absorb_data();
    void absorb();
    void nothingCachedFetchesEverything();
    void randomQueriesMatchTheService_data();
    void randomQueriesMatchTheService();
    void movingWindowFetchesOnlyTheEdges_data();
    void movingWindowFetchesOnlyTheEdges();
    void openBucketIsServedUntilMaxAge();
    void offlineNeverServesPartOfABucket();

private:
    // Opens cache with its warnings in the test's log.
    bool openLoud(StatsCache &cache);
};

bool TestCachePlan::openLoud(StatsCache &cache) {
    connect(&cache, &StatsCache::warning, this,
            [](const QString &m) { qWarning("%s", qPrintable(m)); });
    return cache.open();
}

void TestCachePlan::timeRanges() {
    TimeRanges r;
    r.add(10, 20);
    r.add(30, 40);
    r.add(20, 25); // touches: merges
    QCOMPARE(r.ranges().size(), 2);
    QVERIFY(r.covers(10, 25));
    QVERIFY(!r.covers(10, 31));
    r.subtract(12, 35);
    QCOMPARE(r.ranges(), (QList<TimeRanges::Range>{{10, 12}, {35, 40}}));
    QVERIFY(r.intersects(39, 50));
    QVERIFY(!r.intersects(12, 35));
    QCOMPARE(r.clipped(11, 36).ranges(), (QList<TimeRanges::Range>{{11, 12}, {35, 36}}));
}

void TestCachePlan::absorb_data() {
    QTest::addColumn<QList<IntervalBucket>>("buckets");
    QTest::addColumn<bool>("clean");
    QTest::addColumn<int>("pieces");
    QTest::addColumn<QList<qint64>>("boundaries");
    // Request [1000, 5000) over cells of 1000 s.
    QTest::newRow("none") << QList<IntervalBucket>{} << true << 1 << QList<qint64>{};
    QTest::newRow("edges and gap")
        << QList<IntervalBucket>{bucket(500, 1500, 1), bucket(3000, 4000, 2), bucket(4000, 5000, 1)}
        << true << 4 << QList<qint64>{500, 1500, 3000, 4000, 4000};
    QTest::newRow("tail beyond the end")
        << QList<IntervalBucket>{bucket(4500, 5500, 1)} << true << 2 << QList<qint64>{4500, 5500};
    QTest::newRow("unsorted") << QList<IntervalBucket>{bucket(3000, 4000, 1), bucket(1000, 2000, 1)}
                              << false << 0 << QList<qint64>{};
    QTest::newRow("duplicate") << QList<IntervalBucket>{bucket(1000, 2000, 1),
                                                        bucket(1000, 2000, 1)}
                               << false << 0 << QList<qint64>{};
    QTest::newRow("inverted") << QList<IntervalBucket>{bucket(2000, 1000, 1)} << false << 0
                              << QList<qint64>{};
    QTest::newRow("outside") << QList<IntervalBucket>{bucket(6000, 7000, 1)} << false << 0
                             << QList<qint64>{};
}

void TestCachePlan::absorb() {
    QFETCH(QList<IntervalBucket>, buckets);
    QFETCH(bool, clean);
    QFETCH(int, pieces);
    QFETCH(QList<qint64>, boundaries);
    const AbsorbedAnswer a = absorbAnswer(1000, 5000, 99999, buckets);
    QCOMPARE(a.clean, clean);
    if (!clean)
        return;
    QCOMPARE(a.pieces.size(), pieces);
    QCOMPARE(a.boundaries, boundaries);
    // The pieces cover the request without gaps, and the last one ends it.
    qint64 pos = 1000;
    for (const CachePiece &p : a.pieces) {
        QCOMPARE(p.clipStart, pos);
        pos = p.clipEnd;
    }
    QCOMPARE(pos, 5000);
    QVERIFY(a.pieces.last().tail);
    QList<CachePiece> withData;
    for (const CachePiece &p : a.pieces) {
        if (!p.empty)
            withData.append(p);
    }
    QCOMPARE(assembleBuckets(withData), buckets);
}

void TestCachePlan::nothingCachedFetchesEverything() {
    PlanInput in;
    in.start = 1000;
    in.end = 5000;
    in.now = 10000;
    const CachePlan plan = planQuery(in, CachePolicy{});
    QCOMPARE(plan.action, CachePlan::Action::Fetch);
    QCOMPARE(plan.fetchStart, 1000);
    QCOMPARE(plan.fetchEnd, 5000);
}

void TestCachePlan::randomQueriesMatchTheService_data() {
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("device");
    QTest::newRow("day, project") << int(Interval::Day) << QString();
    QTest::newRow("day, vehicle") << int(Interval::Day) << QStringLiteral("v1");
    QTest::newRow("hour, cockpit") << int(Interval::Hour) << QStringLiteral("c0");
    QTest::newRow("hour, project") << int(Interval::Hour) << QString();
}

// Settled data: every answer must be exactly the service's, and most come from the cache.
void TestCachePlan::randomQueriesMatchTheService() {
    QFETCH(int, interval);
    QFETCH(QString, device);
    const ModelService model(Base, Base + 40 * Day, 5, 2, 11);
    StatsCache cache(nextPath());
    QVERIFY(openLoud(cache));
    Driver driver{&cache, &model, CachePolicy{}};
    const CacheKey key = keyOf(device, Interval(interval));
    const qint64 now = Base + 60 * Day;
    QRandomGenerator random(5);
    // Edges from a grid of 5-hour steps (so that ranges meet again), half of them moved a little.
    const int steps = interval == int(Interval::Hour) ? 10 : 48;
    const int n = 300;
    for (int i = 0; i < n; ++i) {
        const qint64 nudge = random.bounded(2) ? qint64(random.bounded(600)) : 0;
        const qint64 start = Base + qint64(random.bounded(150)) * 5 * Hour + nudge;
        const qint64 end = start + (1 + qint64(random.bounded(steps))) * 5 * Hour - nudge;
        const QList<IntervalBucket> got = driver.query(key, start, end, now);
        const QList<IntervalBucket> want =
            model.answer(device, Interval(interval), start, end, now);
        QVERIFY2(got == want,
                 qPrintable(QStringLiteral("query %1: [%2, %3)").arg(i).arg(start).arg(end)));
    }
    qInfo("%d queries: %d fetches (%d partial), %d probes", n, driver.fetches, driver.partial,
          driver.probes);
    QVERIFY(driver.fetches < n);
    QVERIFY(driver.partial > 0);
}

void TestCachePlan::movingWindowFetchesOnlyTheEdges_data() {
    QTest::addColumn<QString>("device");
    QTest::newRow("project") << QString();
    QTest::newRow("vehicle") << QStringLiteral("v3");
}

// "-7d..now" refreshed every few minutes, on settled data: the middle days are never fetched
// again; the moving head is settled by a probe when nothing started in the window.
void TestCachePlan::movingWindowFetchesOnlyTheEdges() {
    QFETCH(QString, device);
    const ModelService model(Base, Base + 40 * Day, 5, 2, 23);
    const CacheKey key = keyOf(device, Interval::Day);
    const qint64 now = Base + 60 * Day;
    const int steps = 100;
    const auto refreshes = [&](Driver &driver) {
        qint64 start = Base + 3 * Day + 7 * 60;
        for (int i = 0; i < steps; ++i) {
            const QList<IntervalBucket> got = driver.query(key, start, start + 7 * Day, now);
            if (got != model.answer(device, Interval::Day, start, start + 7 * Day, now))
                return false;
            start += 5 * 60;
        }
        return true;
    };
    StatsCache cache(nextPath());
    QVERIFY(openLoud(cache));
    Driver driver{&cache, &model, CachePolicy{}};
    QVERIFY(refreshes(driver));
    qInfo("%d refreshes: %d fetches (%d partial), %d probes", steps, driver.fetches, driver.partial,
          driver.probes);
    // Without the cache: one request per refresh. With it, the head is known to be unchanged
    // in most steps and the middle is never asked for again.
    QVERIFY(driver.fetches < steps * 6 / 10);

    // The same refreshes on a new cache make the same decisions: nothing depends on timing.
    StatsCache again(nextPath());
    QVERIFY(again.open());
    Driver second{&again, &model, CachePolicy{}};
    QVERIFY(refreshes(second));
    QCOMPARE(second.fetches, driver.fetches);
    QCOMPARE(second.partial, driver.partial);
    QCOMPARE(second.probes, driver.probes);
}

// The cell holding `now` may still change: served while younger than maxAge, then fetched.
void TestCachePlan::openBucketIsServedUntilMaxAge() {
    const ModelService model(Base, Base + 40 * Day, 5, 2, 31);
    StatsCache cache(nextPath());
    QVERIFY(openLoud(cache));
    Driver driver{&cache, &model, CachePolicy{}};
    const CacheKey key = keyOf(QString(), Interval::Hour);
    const qint64 t0 = Base + 20 * Day + 1800;
    QCOMPARE(driver.query(key, t0 - Day, t0, t0),
             model.answer({}, Interval::Hour, t0 - Day, t0, t0));
    QCOMPARE(driver.fetches, 1);
    // 30 s later: everything is known, the open part is young enough: served as of t0.
    QCOMPARE(driver.query(key, t0 - Day, t0 + 30, t0 + 30),
             model.answer({}, Interval::Hour, t0 - Day, t0, t0));
    QCOMPARE(driver.fetches, 1);
    // 2 minutes later: the unsettled hours are fetched again, from a boundary.
    const qint64 t1 = t0 + 120;
    QCOMPARE(driver.query(key, t0 - Day, t1, t1),
             model.answer({}, Interval::Hour, t0 - Day, t1, t1));
    QCOMPARE(driver.fetches, 2);
    QCOMPARE(driver.partial, 1);
}

void TestCachePlan::offlineNeverServesPartOfABucket() {
    const ModelService model(Base, Base + 40 * Day, 5, 2, 41);
    StatsCache cache(nextPath());
    QVERIFY(openLoud(cache));
    Driver driver{&cache, &model, CachePolicy{}};
    const CacheKey key = keyOf(QString(), Interval::Day);
    const qint64 now = Base + 30 * Day + 5 * Hour;
    driver.query(key, now - 7 * Day, now, now);
    const qint64 later = now + 3 * Hour;

    // The same question offline: every bucket is known exactly, nothing is missing.
    StatsCache::Loaded loaded = cache.load(key, now - 7 * Day, now, 0);
    PlanInput same;
    same.start = now - 7 * Day;
    same.end = now;
    same.now = later;
    same.pieces = loaded.pieces;
    same.boundaries = loaded.boundaries;
    same.offline = true;
    CachePlan plan = planQuery(same, CachePolicy{});
    QCOMPARE(plan.action, CachePlan::Action::Serve);
    QVERIFY(plan.notCached.isEmpty());
    QCOMPARE(assembleBuckets(plan.kept), model.answer({}, Interval::Day, now - 7 * Day, now, now));

    // Three hours later the range has moved: the first bucket was cached for a longer part of
    // its day, the last one for a shorter part. Neither may be printed as that bucket.
    loaded = cache.load(key, later - 7 * Day, later, 0);
    PlanInput in;
    in.start = later - 7 * Day;
    in.end = later;
    in.now = later;
    in.pieces = loaded.pieces;
    in.boundaries = loaded.boundaries;
    QCOMPARE(planQuery(in, CachePolicy{}).action, CachePlan::Action::Fetch);
    in.offline = true;
    plan = planQuery(in, CachePolicy{});
    QCOMPARE(plan.action, CachePlan::Action::Serve);
    QVERIFY(plan.notCached.intersects(in.start, in.start + 1));
    QVERIFY(plan.notCached.intersects(later - 1, later));
    QVERIFY(!plan.notCached.intersects(now - 6 * Day, now - Day)); // the whole days in between
    const QList<IntervalBucket> truth = model.answer({}, Interval::Day, in.start, in.end, later);
    QVERIFY(!plan.kept.isEmpty());
    for (const CachePiece &p : std::as_const(plan.kept)) {
        const qint64 from = std::max(in.start, p.cellStart);
        const qint64 to = std::min(in.end, p.cellEnd);
        QVERIFY2(!plan.notCached.intersects(from, to), "a kept bucket reaches into the unknown");
        // What is printed is what the service says for that bucket of this range.
        const auto service =
            std::find_if(truth.cbegin(), truth.cend(), [&](const IntervalBucket &b) {
                return b.startTime == p.bucket.startTime;
            });
        QVERIFY(service != truth.cend());
        QCOMPARE(p.bucket, *service);
    }
    // Nothing cached at all: offline has nothing to offer.
    in.pieces.clear();
    QCOMPARE(planQuery(in, CachePolicy{}).action, CachePlan::Action::Unavailable);
}

QTEST_GUILESS_MAIN(TestCachePlan)
#include "tst_cacheplan.moc"
