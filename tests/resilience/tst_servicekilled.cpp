// The service goes away in the middle of a 250-vehicle fleet fetch: the devices already
// fetched keep their rows (and they are in the cache), the others end with a clear network
// error; when the service is back, the same fetch again asks only for what is missing, and the
// result equals a fetch that was never interrupted.
#include "asyncstatscache.h"
#include "fleetfetch.h"
#include "statscache.h"

#include <QStandardPaths>

using namespace trro;
using namespace trro::test;

class TestServiceKilled final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void killedMidFetchThenResumed();
};

void TestServiceKilled::killedMidFetchThenResumed() {
    const sim::ServiceOptions options = standardFleet(250);
    sim::LocalService reference(options);
    sim::LocalService service(options);
    QVERIFY(reference.listen());
    QVERIFY(service.listen());
    const quint16 port = service.port();

    ApiStackOptions retries = fastRetries();
    retries.scheduler.maxRetries = 1; // every retry of a refused connection waits for a token too
    ClientStack good(reference.url(), retries);
    ClientStack stack(service.url(), retries);
    CachedStats &cached = *stack.statistics; // on a cache file of its own

    const SettledWeek week(reference);
    FleetFetch expected(good.api, nullptr, week.start, week.end);
    expected.start();

    // Killed after 100 series were served.
    int served = 0;
    connect(&service, &sim::LocalService::requestServed, this,
            [&](const QString &action, const QString &) {
                if (action == QLatin1String("DescribeSessionStatisticsByInterval") &&
                    ++served == 100)
                    service.close();
            });
    FleetFetch first(stack.api, &cached, week.start, week.end);
    first.start();
    QVERIFY(waitFor({&expected, &first}));

    const FleetResult &broken = first.result();
    QCOMPARE(broken.devices.size(), 262);
    const int failed = broken.failed();
    qInfo("killed after %d series: %d devices kept their rows, %d failed", served,
          int(broken.devices.size()) - failed, failed);
    QVERIFY(failed > 0);
    QVERIFY(failed < 262 - 90);
    for (auto it = broken.series.cbegin(); it != broken.series.cend(); ++it) {
        if (it->ok()) {
            QCOMPARE(it->value().buckets, expected.result().rows().value(it.key()));
            continue;
        }
        const ApiError &e = it->error();
        QVERIFY2(e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout,
                 qPrintable(errorKindName(e.kind)));
        QVERIFY(!e.userMessage().isEmpty());
    }
    // The rows that arrived are in the cache.
    QCOMPARE(stack.stack->cache()->wait<qint64>([](StatsCache &c) { return c.info().series; }),
             qint64(262 - failed));

    // The service is back on the same address: the same fetch asks only for the missing series.
    QVERIFY(service.listen(QHostAddress::LocalHost, port));
    service.clearRequestLog();
    const qint64 fetchesBefore = cached.stats().fetches;
    const qint64 partialBefore = cached.stats().partialFetches;
    const qint64 retriedBefore = stack.scheduler->stats().retried;
    FleetFetch resumed(stack.api, &cached, week.start, week.end);
    resumed.start(broken.devices);
    QVERIFY(waitFor({&resumed}));
    QCOMPARE(resumed.result().failed(), 0);
    qint64 statsRequests = 0;
    for (const auto &r : service.requestLog())
        statsRequests += r.action == QLatin1String("DescribeSessionStatisticsByInterval") ? 1 : 0;
    qInfo("resume: %lld statistics requests, %lld of them partial, %lld failed before",
          cached.stats().fetches - fetchesBefore, cached.stats().partialFetches - partialBefore,
          qint64(failed));
    // Only the missing series were asked for; the service may see a request twice when the
    // first attempt met a connection the old service had left behind.
    QCOMPARE(cached.stats().fetches - fetchesBefore, qint64(failed));
    QCOMPARE(cached.stats().partialFetches - partialBefore, 0);
    QCOMPARE(statsRequests, qint64(failed) + stack.scheduler->stats().retried - retriedBefore);
    QCOMPARE(resumed.result().rows(), expected.result().rows());
}

QTEST_GUILESS_MAIN(TestServiceKilled)
#include "tst_servicekilled.moc"
