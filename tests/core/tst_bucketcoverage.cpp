// Whether a bucket counts its whole interval, and which part it covers: cut by the range's
// start or end, not over at now, both, whole, inverted, outside the range.

#include "bucketcut.h"
#include "tablerows.h"

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

namespace {

// A bucket [start, end), the range [from, to) asked for at now, and what the bucket covers.
struct Coverage {
    const char *name;
    qint64 start;
    qint64 end;
    qint64 from;
    qint64 to;
    qint64 now;
    BucketCut cut;
    qint64 coveredFrom;
    qint64 coveredTo;
};

// The default "Last 7 days" at 14:37: it starts at 14:37 seven days ago and ends now.
constexpr qint64 WeekAgo = Now - 7 * Day;

const Coverage Coverages[] = {
    {"first day, cut by the range's start", Midnight - 7 * Day, Midnight - 6 * Day, WeekAgo, Now,
     Now, BucketCut::CutByRange, WeekAgo, Midnight - 6 * Day},
    {"a day inside: whole", Midnight - 3 * Day, Midnight - 2 * Day, WeekAgo, Now, Now,
     BucketCut::Whole, Midnight - 3 * Day, Midnight - 2 * Day},
    {"today, cut by the range's end at now", Midnight, Midnight + Day, WeekAgo, Now, Now,
     BucketCut::CutByRange, Midnight, Now},
    // A range ending after now (a custom one up to midnight): today is not over.
    {"today, not over", Midnight, Midnight + Day, Midnight - 6 * Day, Midnight + Day, Now,
     BucketCut::Open, Midnight, Now},
    // "Last 7 complete days": every bucket whole, the last one ending at midnight.
    {"complete days: yesterday is whole", Midnight - Day, Midnight, Midnight - 7 * Day, Midnight,
     Now, BucketCut::Whole, Midnight - Day, Midnight},
    // An EndTime given inclusively (StartTime + width - 1) is whole in a range of whole days.
    {"inclusive end", Midnight - Day, Midnight - 1, Midnight - 7 * Day, Midnight, Now,
     BucketCut::Whole, Midnight - Day, Midnight - 1},
    // An hour bucket: the current hour at 14:37.
    {"current hour", Midnight + 14 * 3600, Midnight + 15 * 3600, Now - Day, Now, Now,
     BucketCut::CutByRange, Midnight + 14 * 3600, Now},
    // Hostile data: an inverted bucket covers nothing, inside the range it is not partial.
    {"inverted inside the range", Midnight - 2 * Day, Midnight - 3 * Day, WeekAgo, Now, Now,
     BucketCut::Whole, Midnight - 2 * Day, Midnight - 2 * Day},
    {"before the range: covers nothing", WeekAgo - 3 * Day, WeekAgo - 2 * Day, WeekAgo, Now, Now,
     BucketCut::CutByRange, WeekAgo - 2 * Day, WeekAgo - 2 * Day},
};

} // namespace

void TestBucketCoverage::coverage_data() {
    test::addCaseRows(Coverages);
}

void TestBucketCoverage::coverage() {
    const Coverage &row = test::currentCase(Coverages);
    const BucketCoverage c = bucketCoverage(bucket(row.start, row.end), row.from, row.to, row.now);
    QCOMPARE(c.cut, row.cut);
    QCOMPARE(bucketCut(bucket(row.start, row.end), row.from, row.to, row.now), row.cut);
    QCOMPARE(c.from, row.coveredFrom);
    QCOMPARE(c.to, row.coveredTo);
    QVERIFY(c.from <= c.to);
    QCOMPARE(c.isPartial(), row.cut != BucketCut::Whole);
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
