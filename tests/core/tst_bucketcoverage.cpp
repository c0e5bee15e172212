// Whether a bucket counts its whole interval, and which part it covers: cut by the range's
// start or end, not over at now, both, whole, inverted, outside the range.

#include "bucketcut.h"

#include <QTest>

using namespace trro;

namespace {

constexpr qint64 Day = 86400;
constexpr qint64 Midnight = 1717171200;                // 2024-06-01T00:00:00+08:00
constexpr qint64 Now = Midnight + 14 * 3600 + 37 * 60; // 14:37 of that day

IntervalBucket bucket(qint64 start, qint64 end) {
    IntervalBucket b;
    b.startTime = start;
    b.endTime = end;
    b.sessionNum = 10;
    return b;
}

} // namespace

class TestBucketCoverage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void coverage_data();
    void coverage();
    void partialOnlyWhenNotWhole();
};

void TestBucketCoverage::coverage_data() {
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("cut");
    QTest::addColumn<qint64>("coveredFrom");
    QTest::addColumn<qint64>("coveredTo");

    // The default "Last 7 days" at 14:37: it starts at 14:37 seven days ago and ends now.
    const qint64 from = Now - 7 * Day;
    QTest::newRow("first day, cut by the range's start")
        << Midnight - 7 * Day << Midnight - 6 * Day << from << Now << Now
        << int(BucketCut::CutByRange) << from << Midnight - 6 * Day;
    QTest::newRow("a day inside: whole")
        << Midnight - 3 * Day << Midnight - 2 * Day << from << Now << Now << int(BucketCut::Whole)
        << Midnight - 3 * Day << Midnight - 2 * Day;
    QTest::newRow("today, cut by the range's end at now")
        << Midnight << Midnight + Day << from << Now << Now << int(BucketCut::CutByRange)
        << Midnight << Now;
    // A range ending after now (a custom one up to midnight): today is not over.
    QTest::newRow("today, not over")
        << Midnight << Midnight + Day << Midnight - 6 * Day << Midnight + Day << Now
        << int(BucketCut::Open) << Midnight << Now;
    // "Last 7 complete days": every bucket whole, the last one ending at midnight.
    QTest::newRow("complete days: yesterday is whole")
        << Midnight - Day << Midnight << Midnight - 7 * Day << Midnight << Now
        << int(BucketCut::Whole) << Midnight - Day << Midnight;
    // An EndTime given inclusively (StartTime + width - 1) is whole in a range of whole days.
    QTest::newRow("inclusive end")
        << Midnight - Day << Midnight - 1 << Midnight - 7 * Day << Midnight << Now
        << int(BucketCut::Whole) << Midnight - Day << Midnight - 1;
    // An hour bucket: the current hour at 14:37.
    QTest::newRow("current hour") << Midnight + 14 * 3600 << Midnight + 15 * 3600 << Now - Day
                                  << Now << Now << int(BucketCut::CutByRange)
                                  << Midnight + 14 * 3600 << Now;
    // Hostile data: an inverted bucket covers nothing, inside the range it is not partial.
    QTest::newRow("inverted inside the range")
        << Midnight - 2 * Day << Midnight - 3 * Day << from << Now << Now << int(BucketCut::Whole)
        << Midnight - 2 * Day << Midnight - 2 * Day;
    QTest::newRow("before the range: covers nothing")
        << from - 3 * Day << from - 2 * Day << from << Now << Now << int(BucketCut::CutByRange)
        << from - 2 * Day << from - 2 * Day;
}

void TestBucketCoverage::coverage() {
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, now);
    QFETCH(int, cut);
    QFETCH(qint64, coveredFrom);
    QFETCH(qint64, coveredTo);
    const BucketCoverage c = bucketCoverage(bucket(start, end), from, to, now);
    QCOMPARE(int(c.cut), cut);
    QCOMPARE(int(bucketCut(bucket(start, end), from, to, now)), cut);
    QCOMPARE(c.from, coveredFrom);
    QCOMPARE(c.to, coveredTo);
    QVERIFY(c.from <= c.to);
    QCOMPARE(c.isPartial(), cut != int(BucketCut::Whole));
}

void TestBucketCoverage::partialOnlyWhenNotWhole() {
    // A week of days in a range of whole days at 14:37: only the last one is open.
    int partial = 0;
    for (int d = 0; d < 7; ++d) {
        const IntervalBucket b = bucket(Midnight - 6 * Day + d * Day, Midnight - 5 * Day + d * Day);
        const BucketCoverage c = bucketCoverage(b, Midnight - 6 * Day, Midnight + Day, Now);
        partial += c.isPartial() ? 1 : 0;
        if (d < 6) {
            QCOMPARE(c.from, b.startTime);
            QCOMPARE(c.to, b.endTime);
        } else {
            QCOMPARE(c.cut, BucketCut::Open);
            QCOMPARE(c.to, Now);
        }
    }
    QCOMPARE(partial, 1);
}

QTEST_GUILESS_MAIN(TestBucketCoverage)
#include "tst_bucketcoverage.moc"
