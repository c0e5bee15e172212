// What the collector asks for: bucket boundaries as the service cuts them, windows that cover
// [since, now) without gaps or overlaps, settled marks that only cover buckets old enough.

#include "storeplan.h"

#include <QTest>

using namespace trro;

namespace {

// 2026-12-04 03:25:00 UTC = 11:25 China time.
constexpr qint64 Now = 1796354700;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr qint64 Settle = 3 * Hour;

} // namespace

class TestStorePlan final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bucketBoundaries();
    void freshSeriesCoversSinceToNow_data();
    void freshSeriesCoversSinceToNow();
    void nextCycleAsksOnlyForTheOpenPart();
    void sessionsInDays();
    void boundedWindowCount();
};

void TestStorePlan::bucketBoundaries() {
    QCOMPARE(storeBucketFloor(Interval::Hour, Now), Now - 25 * 60);
    // Days start at midnight China time: 16:00 UTC the day before.
    QCOMPARE(storeBucketFloor(Interval::Day, Now), 1796313600); // 2026-12-03 16:00 UTC
    QCOMPARE(storeBucketNext(Interval::Day, 1796313600), 1796313600 + Day);
    // Months likewise: 1 December China time is 30 November 16:00 UTC.
    QCOMPARE(storeBucketFloor(Interval::Month, Now), 1796054400);
    QCOMPARE(storeBucketNext(Interval::Month, 1796054400), 1796054400 + 31 * Day);
}

void TestStorePlan::freshSeriesCoversSinceToNow_data() {
    QTest::addColumn<int>("interval");
    QTest::addColumn<qint64>("since");
    QTest::addColumn<int>("windows");
    QTest::newRow("hour, 2 days") << int(Interval::Hour) << Now - 2 * Day << 1;
    QTest::newRow("hour, 20 days") << int(Interval::Hour) << Now - 20 * Day << 3;
    QTest::newRow("day, 20 days") << int(Interval::Day) << Now - 20 * Day << 1;
    QTest::newRow("day, 90 days") << int(Interval::Day) << Now - 90 * Day << 3;
    QTest::newRow("month, 2 years") << int(Interval::Month) << Now - 730 * Day << 3;
}

void TestStorePlan::freshSeriesCoversSinceToNow() {
    QFETCH(int, interval);
    QFETCH(qint64, since);
    QFETCH(int, windows);
    const auto i = Interval(interval);
    const QList<StoreWindow> plan = storeWindows(i, 0, since, Now, Settle);
    QCOMPARE(plan.size(), windows);
    QCOMPARE(plan.front().from, storeBucketFloor(i, since));
    QCOMPARE(plan.back().to, Now);
    for (qsizetype k = 0; k < plan.size(); ++k) {
        const StoreWindow &w = plan.at(k);
        QVERIFY(w.from < w.to);
        QCOMPARE(storeBucketFloor(i, w.from), w.from); // whole buckets
        QVERIFY(w.to - w.from <= storeWindowSpan(i) + 31 * Day);
        if (k > 0)
            QCOMPARE(w.from, plan.at(k - 1).to); // no gap, no overlap
        // Never beyond what is old enough, whatever the window.
        QCOMPARE(w.settledUntil, qMin(w.to, storeBucketFloor(i, Now - Settle)));
    }
}

void TestStorePlan::nextCycleAsksOnlyForTheOpenPart() {
    const qint64 mark = storeBucketFloor(Interval::Hour, Now - Settle);
    const QList<StoreWindow> plan = storeWindows(Interval::Hour, mark, Now - 30 * Day, Now, Settle);
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.front(), (StoreWindow{mark, Now, mark}));
    // An hour later the mark moves by an hour.
    const QList<StoreWindow> later =
        storeWindows(Interval::Hour, mark, Now - 30 * Day, Now + Hour, Settle);
    QCOMPARE(later.front().settledUntil, mark + Hour);
    // A mark before since: since wins (the history before it is not wanted).
    QCOMPARE(storeWindows(Interval::Day, 1, Now - 2 * Day, Now, Settle).front().from,
             storeBucketFloor(Interval::Day, Now - 2 * Day));
}

void TestStorePlan::sessionsInDays() {
    const QList<StoreWindow> plan = sessionWindows(0, Now - 3 * Day, Now, Settle);
    QCOMPARE(plan.size(), 4); // three whole days and the started hour's remainder
    QCOMPARE(plan.front().from, storeBucketFloor(Interval::Hour, Now - 3 * Day));
    QCOMPARE(plan.back().to, Now);
    // The last window (the current hour) settles nothing: its sessions may still run.
    QVERIFY(plan.back().settledUntil < plan.back().from);
    QCOMPARE(plan.at(2).settledUntil, storeBucketFloor(Interval::Hour, Now - Settle));
}

void TestStorePlan::boundedWindowCount() {
    const QList<StoreWindow> plan = storeWindows(Interval::Hour, 0, 946684800, Now, Settle, 10);
    QCOMPARE(plan.size(), 10); // the rest comes next cycle, from the mark
    QCOMPARE(plan.back().settledUntil, plan.back().to);
}

QTEST_GUILESS_MAIN(TestStorePlan)
#include "tst_storeplan.moc"
