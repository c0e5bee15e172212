#include "breakdownfetcher.h"
#include "breakdownmodel.h"
#include "cachedstats.h"
#include "fleet.h"
#include "servicefixture.h"

#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace trro;
using trro::test::ServiceFixture;

namespace {

const QString ByInterval = QStringLiteral("DescribeSessionStatisticsByInterval");
const QString Totals = QStringLiteral("DescribeSessionStatistics");

struct Run {
    explicit Run(ManualClock *clock, sim::ServiceOptions options = {})
        : fixture(options, {}, clock)
        , model()
        , fetcher(fixture.api, fixture.statistics, &model) {
        const int project =
            fixture.service->fleet().catalog().projectIndex(sim::LocalService::demoProjectId());
        now = fixture.service->serviceTime();
        devices = fixture.service->fleet().devices(project, now);
        start = sim::Fleet::bucketStart(Interval::Day, now - 86400);
        end = sim::Fleet::bucketEnd(Interval::Day, start);
    }
    void begin() {
        fetcher.start(sim::LocalService::demoProjectId(), Interval::Day, start, end, devices);
    }
    ServiceFixture fixture;
    BreakdownModel model;
    BreakdownFetcher fetcher;
    QList<Device> devices;
    qint64 now = 0;
    qint64 start = 0;
    qint64 end = 0;
};

} // namespace

class TestBreakdownFetcher final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void estimateFirstThenExact();
    void worstFirstOverBothActionsUnderBothLimits();
    void disagreementFallsBackToOneAction();
    void cancelStopsAndKeepsEstimates();
    void cacheHoldsExactFiguresNeverEstimates();
};

void TestBreakdownFetcher::estimateFirstThenExact() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    Run run(&clock);
    QVERIFY(run.fixture.listening);
    QSignalSpy estimated(&run.fetcher, &BreakdownFetcher::estimated);
    QSignalSpy finished(&run.fetcher, &BreakdownFetcher::finished);
    run.begin();
    QVERIFY(run.fetcher.isRunning());
    // The session list and the agreement check take well under a second of the clock.
    QVERIFY(run.fixture.runFor(clock, 900000));
    QCOMPARE(estimated.size(), 1);
    QVERIFY(run.fetcher.hasEstimate());
    QHash<QString, DeviceIntervalStats> estimates;
    int withSessions = 0;
    for (const BreakdownModel::Row &row : run.model.rows()) {
        if (row.state == BreakdownModel::RowState::Pending) {
            QVERIFY(row.estimated);
            QVERIFY(
                !run.model
                     .index(run.model.rowOf(row.device.deviceId), BreakdownModel::SessionsColumn)
                     .data()
                     .toString()
                     .isEmpty());
        }
        estimates.insert(row.device.deviceId, row.stats);
        withSessions += row.stats.hasSessions() ? 1 : 0;
    }
    QVERIFY(withSessions > 0);
    QVERIFY(run.fixture.runUntilIdle(clock));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!run.fetcher.isRunning());
    // The local service counts sessions the way the estimate does: every figure equals.
    for (const BreakdownModel::Row &row : run.model.rows()) {
        QCOMPARE(row.state, BreakdownModel::RowState::Loaded);
        QVERIFY(!row.estimated);
        const DeviceIntervalStats estimate = estimates.value(row.device.deviceId);
        QCOMPARE(row.stats.sessionNum, estimate.sessionNum);
        QCOMPARE(row.stats.totalDuration, estimate.totalDuration);
        if (row.stats.hasSessions())
            QCOMPARE(row.stats.notBadSessionRatio, estimate.notBadSessionRatio);
    }
    QCOMPARE(run.fetcher.correctedEstimates(), 0);
}

void TestBreakdownFetcher::worstFirstOverBothActionsUnderBothLimits() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    Run run(&clock);
    QSignalSpy agreement(&run.fetcher, &BreakdownFetcher::agreementChecked);
    QSignalSpy finished(&run.fetcher, &BreakdownFetcher::finished);
    run.begin();
    QVERIFY(run.fixture.runFor(clock, 3000000));
    QCOMPARE(agreement.size(), 1);
    QCOMPARE(agreement.first().first().toBool(), true);
    QVERIFY(run.fetcher.usesBothActions());
    // Mid-run, every device loaded so far is at least as bad as every device still pending.
    qint64 leastLoaded = std::numeric_limits<qint64>::max();
    qint64 worstPending = -1;
    int loaded = 0;
    for (const BreakdownModel::Row &row : run.model.rows()) {
        if (row.state == BreakdownModel::RowState::Loaded) {
            ++loaded;
            leastLoaded = std::min(leastLoaded, row.stats.badSessions());
        } else {
            worstPending = std::max(worstPending, row.stats.badSessions());
        }
    }
    QVERIFY2(loaded > 20 && loaded < run.devices.size(), qPrintable(QString::number(loaded)));
    QVERIFY2(leastLoaded >= worstPending,
             qPrintable(QStringLiteral("%1 < %2").arg(leastLoaded).arg(worstPending)));

    QVERIFY(run.fixture.runUntilIdle(clock));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(run.model.count(BreakdownModel::RowState::Loaded), int(run.devices.size()));
    // Both actions carry the device requests, each at most 20 in any second of the log.
    const int n = int(run.devices.size());
    QCOMPARE(run.fixture.served(ByInterval) + run.fixture.served(Totals), n + 2);
    QVERIFY(std::abs(run.fixture.served(ByInterval) - run.fixture.served(Totals)) <= 1);
    QHash<QString, QList<qint64>> times;
    for (const auto &record : run.fixture.service->requestLog()) {
        QVERIFY2(!record.errorCode.startsWith(QLatin1String("RequestLimitExceeded")),
                 qPrintable(record.errorCode));
        times[record.action].append(record.receivedMs);
    }
    for (auto it = times.begin(); it != times.end(); ++it) {
        std::sort(it->begin(), it->end());
        for (qsizetype i = 20; i < it->size(); ++i)
            QVERIFY2(it->at(i) - it->at(i - 20) >= 1000, qPrintable(it.key()));
    }
    QCOMPARE(run.fixture.scheduler->stats().rateLimited, 0);
    // Twice the one-action rate: all of them within 1.05 × n / 40 seconds of the first device
    // request, which follows the session list (half a second here).
    const qint64 span = times.value(ByInterval).last() - times.value(ByInterval).first();
    const qint64 floorMs = qint64(n) * 1000 / 40;
    QVERIFY2(span <= floorMs * 105 / 100 + 500,
             qPrintable(QStringLiteral("%1 ms, floor %2 ms").arg(span).arg(floorMs)));
}

void TestBreakdownFetcher::disagreementFallsBackToOneAction() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    sim::ServiceOptions options;
    options.faults.totalsSessionSkew = 1;
    Run run(&clock, options);
    QSignalSpy agreement(&run.fetcher, &BreakdownFetcher::agreementChecked);
    QSignalSpy finished(&run.fetcher, &BreakdownFetcher::finished);
    run.begin();
    QVERIFY(run.fixture.runUntilIdle(clock));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(agreement.size(), 1);
    QCOMPARE(agreement.first().first().toBool(), false);
    QVERIFY(!run.fetcher.usesBothActions());
    QCOMPARE(run.fixture.served(Totals), 1); // the fleet-wide check only
    QCOMPARE(run.fixture.served(ByInterval), int(run.devices.size()) + 1);
    QCOMPARE(run.model.count(BreakdownModel::RowState::Loaded), int(run.devices.size()));
    QCOMPARE(run.fetcher.correctedEstimates(), 0);
}

void TestBreakdownFetcher::cancelStopsAndKeepsEstimates() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    Run run(&clock);
    QSignalSpy cancelled(&run.fetcher, &BreakdownFetcher::cancelled);
    run.begin();
    QVERIFY(run.fixture.runFor(clock, 2000000));
    QVERIFY(run.fetcher.isRunning());
    run.fetcher.cancel();
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!run.fetcher.isRunning());
    const qsizetype sent = run.fixture.service->requestLog().size();
    QVERIFY(run.fixture.runFor(clock, 5000000));
    QCOMPARE(run.fixture.service->requestLog().size(), sent); // nothing more goes out
    const int cancelledRows = run.model.count(BreakdownModel::RowState::Cancelled);
    QVERIFY(cancelledRows > 0);
    for (const BreakdownModel::Row &row : run.model.rows()) {
        if (row.state == BreakdownModel::RowState::Cancelled)
            QVERIFY(row.estimated); // the estimate stays, marked as one
    }
}

// Requirement: the cache stores exact per-device figures, never estimates. After a run stopped
// right after the estimate, no device's figures are in the cache (asking for them goes to the
// service). After a whole run, the devices asked over DescribeSessionStatisticsByInterval are
// served from the cache with exactly the service's figures.
void TestBreakdownFetcher::cacheHoldsExactFiguresNeverEstimates() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    Run run(&clock);
    QSignalSpy estimated(&run.fetcher, &BreakdownFetcher::estimated);
    run.begin();
    QVERIFY(run.fixture.runFor(clock, 900000));
    QCOMPARE(estimated.size(), 1);
    run.fetcher.cancel();
    QVERIFY(run.fixture.runUntilIdle(clock));

    struct Answer {
        bool done = false;
        bool fromCache = false;
        DeviceIntervalStats stats;
    };
    const auto askCache = [&](const QList<Device> &devices) {
        QHash<QString, Answer> answers;
        QObject context;
        for (const Device &device : devices) {
            StatsQuery query;
            query.projectId = sim::LocalService::demoProjectId();
            query.deviceId = device.deviceId;
            query.interval = Interval::Day;
            query.startTime = run.start;
            query.endTime = run.end;
            const QString id = device.deviceId;
            run.fixture.statistics->intervalStatisticsDetailed(
                query, &context,
                [&answers, id, &run](const Result<IntervalSeries> &r, const CacheOutcome &o) {
                    Answer &a = answers[id];
                    a.done = r.ok();
                    a.fromCache = o.fromCache;
                    if (r.ok())
                        a.stats =
                            DeviceIntervalStats::fromBuckets(r.value().buckets, run.start, run.end);
                });
        }
        if (!run.fixture.runUntilIdle(clock))
            answers.clear();
        return answers;
    };

    // Estimated rows with sessions: none of them is in the cache.
    QList<Device> estimatedDevices;
    for (const BreakdownModel::Row &row : run.model.rows()) {
        if (row.state == BreakdownModel::RowState::Cancelled && row.estimated &&
            row.stats.hasSessions() && estimatedDevices.size() < 10)
            estimatedDevices.append(row.device);
    }
    QVERIFY(estimatedDevices.size() >= 5);
    QHash<QString, Answer> answers = askCache(estimatedDevices);
    QCOMPARE(answers.size(), estimatedDevices.size());
    for (const Answer &a : std::as_const(answers)) {
        QVERIFY(a.done);
        QVERIFY(!a.fromCache);
    }

    // A whole run: the by-interval half is cached, with the exact figures.
    QSignalSpy finished(&run.fetcher, &BreakdownFetcher::finished);
    run.begin();
    QVERIFY(run.fixture.runUntilIdle(clock));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(run.fetcher.usesBothActions());
    answers = askCache(run.devices);
    QCOMPARE(answers.size(), run.devices.size());
    int cached = 0;
    for (const BreakdownModel::Row &row : run.model.rows()) {
        QCOMPARE(row.state, BreakdownModel::RowState::Loaded);
        const Answer a = answers.value(row.device.deviceId);
        QVERIFY(a.done);
        QCOMPARE(a.stats.sessionNum, row.stats.sessionNum);
        QCOMPARE(a.stats.totalDuration, row.stats.totalDuration);
        if (row.stats.hasSessions())
            QCOMPARE(a.stats.notBadSessionRatio, row.stats.notBadSessionRatio);
        cached += a.fromCache ? 1 : 0;
    }
    // About half the devices went over DescribeSessionStatisticsByInterval (the rest over
    // DescribeSessionStatistics, which the cache does not hold) plus those asked just before.
    QVERIFY2(cached >= int(run.devices.size()) / 2 - 1, qPrintable(QString::number(cached)));
}

QTEST_GUILESS_MAIN(TestBreakdownFetcher)
#include "tst_breakdownfetcher.moc"
