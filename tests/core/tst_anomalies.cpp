#include "anomalies.h"

#include <QTest>
#include <limits>

using namespace trro;

class TestAnomalies final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedExample();
    void cleanDaySeries();
    void gapsAreCounted();
    void monthWidths();
    void extremeValuesDoNotOverflow();
};

static IntervalBucket bucket(qint64 start, qint64 end, int ratio = 90) {
    return {.startTime = start, .endTime = end, .sessionNum = 1, .notBadSessionRatio = ratio};
}

void TestAnomalies::publishedExample() {
    const QList<IntervalBucket> buckets{
        bucket(1661151600, 1661152600), bucket(1661162400, 1661152600),
        bucket(1661166000, 1661176000), bucket(1661166000, 1661176000)};
    const QList<BucketFlags> flags = classifyBuckets(buckets, Interval::Hour);
    QCOMPARE(flags.size(), 4);
    QVERIFY(flags.at(0).testFlag(BucketFlag::OddWidth)); // 1000 s "hour"
    QVERIFY(flags.at(1).testFlag(BucketFlag::Inverted));
    QVERIFY(flags.at(2).testFlag(BucketFlag::Duplicate));
    QVERIFY(flags.at(3).testFlag(BucketFlag::Duplicate));
    QVERIFY(flags.at(2).testFlag(BucketFlag::OddWidth)); // 10000 s
    const QStringList warnings = describeAnomalies(buckets, Interval::Hour);
    QVERIFY(warnings.size() >= 4);
    QVERIFY(warnings.join(QLatin1Char('\n')).contains(QLatin1String("ends before it starts")));
    QVERIFY(warnings.join(QLatin1Char('\n')).contains(QLatin1String("share the start time")));
}

void TestAnomalies::cleanDaySeries() {
    QList<IntervalBucket> buckets;
    for (int i = 0; i < 7; ++i)
        buckets << bucket(1700000000 + i * 86400, 1700000000 + (i + 1) * 86400 - 1);
    for (BucketFlags f : classifyBuckets(buckets, Interval::Day))
        QCOMPARE(f, BucketFlags());
    QVERIFY(describeAnomalies(buckets, Interval::Day).isEmpty());
}

void TestAnomalies::gapsAreCounted() {
    const QList<IntervalBucket> buckets{bucket(0, 3600), bucket(4 * 3600, 5 * 3600),
                                        bucket(2 * 3600, 3 * 3600, 101)};
    const QList<BucketFlags> flags = classifyBuckets(buckets, Interval::Hour);
    QVERIFY(flags.at(2).testFlag(BucketFlag::OutOfOrder));
    QVERIFY(flags.at(2).testFlag(BucketFlag::RatioOutOfRange));
    const QString text = describeAnomalies(buckets, Interval::Hour).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("2 interval(s) without data")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("out of order")));
}

void TestAnomalies::monthWidths() {
    const qint64 feb = 1706716800; // 2024-02-01T00:00:00Z
    const QList<IntervalBucket> buckets{bucket(feb, feb + 29 * 86400),
                                        bucket(feb + 29 * 86400, feb + 29 * 86400 + 86400)};
    const QList<BucketFlags> flags = classifyBuckets(buckets, Interval::Month);
    QCOMPARE(flags.at(0), BucketFlags());
    QVERIFY(flags.at(1).testFlag(BucketFlag::OddWidth));
}

// Any 64-bit value (the cache, the fuzzer, a hostile answer that got this far): widths and gaps
// are computed in checked arithmetic (the sanitizer build fails on a signed overflow).
void TestAnomalies::extremeValuesDoNotOverflow() {
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    const QList<IntervalBucket> buckets{bucket(min, max), bucket(max, min), bucket(min + 1, 0),
                                        bucket(max - 1, max)};
    for (const Interval interval : {Interval::Hour, Interval::Day, Interval::Month}) {
        const QList<BucketFlags> flags = classifyBuckets(buckets, interval);
        QCOMPARE(flags.size(), buckets.size());
        QVERIFY(flags.at(0).testFlag(BucketFlag::OddWidth));
        QVERIFY(flags.at(1).testFlag(BucketFlag::Inverted));
        const QStringList warnings = describeAnomalies(buckets, interval);
        QVERIFY(!warnings.isEmpty());
    }
    // The gap between the extremes is counted, saturated, not wrapped around.
    const QStringList gaps =
        describeAnomalies({bucket(min, min + 1), bucket(max - 1, max)}, Interval::Hour);
    QVERIFY(gaps.last().contains(QString::number(std::numeric_limits<int>::max())));
}

QTEST_GUILESS_MAIN(TestAnomalies)
#include "tst_anomalies.moc"
