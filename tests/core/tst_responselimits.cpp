// The bounds derived from the question, the value count of a body, the text filters, checked
// arithmetic, and the client's clock step.
#include "checkedmath.h"
#include "replyreader.h"
#include "responselimits.h"
#include "tablerows.h"
#include "textsafety.h"

#include <QTest>
#include <limits>

using namespace trro;

class TestResponseLimits final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void maxBuckets_data();
    void maxBuckets();
    void countJsonValues_data();
    void countJsonValues();
    void floodIsRefusedBeforeParsing();
    void stripControls_data();
    void stripControls();
    void headerValues();
    void checkedArithmetic();
    void clockSteps();
};

namespace {

// A question's interval and range, and the most buckets an answer to it may hold.
struct BucketBound {
    const char *name;
    Interval interval;
    qint64 start;
    qint64 end;
    qint64 expected;
};

constexpr qint64 T = 1700000000;

const BucketBound BucketBounds[] = {
    {"a day of hours", Interval::Hour, T, T + 86400, 26 + 6 + 8},
    {"a week of days", Interval::Day, T, T + 7 * 86400, 9 + 2 + 8},
    {"a year of months", Interval::Month, T, T + 365 * 86400, 15 + 3 + 8},
    {"no range", Interval::Hour, 0, 0, limits::MaxBucketsUnbounded},
    {"inverted", Interval::Hour, T, T - 1, limits::MaxBucketsUnbounded},
    {"int64 extremes", Interval::Hour, 1, std::numeric_limits<qint64>::max(),
     limits::MaxBucketsUnbounded},
};

} // namespace

void TestResponseLimits::maxBuckets_data() {
    test::addCaseRows(BucketBounds);
}

void TestResponseLimits::maxBuckets() {
    const BucketBound &row = test::currentCase(BucketBounds);
    StatsQuery q;
    q.interval = row.interval;
    q.startTime = row.start;
    q.endTime = row.end;
    QCOMPARE(limits::maxBuckets(q), row.expected);
}

void TestResponseLimits::countJsonValues_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("count");
    QTest::newRow("scalar") << QByteArray("1") << qint64(1);
    QTest::newRow("object of two") << QByteArray(R"({"a":1,"b":2})") << qint64(4);
    QTest::newRow("list of three") << QByteArray("[1,2,3]") << qint64(4);
    QTest::newRow("structure in strings") << QByteArray(R"({"a":"[,:],\"[,"})") << qint64(2);
    QTest::newRow("escaped backslash ends the string")
        << QByteArray(R"({"a":"x\\","b":[1,2]})") << qint64(6);
    QTest::newRow("flood of empty objects") << QByteArray("[{},{},{},{}]") << qint64(5);
}

void TestResponseLimits::countJsonValues() {
    QFETCH(QByteArray, body);
    QFETCH(qint64, count);
    QCOMPARE(limits::countJsonValues(body, 1000), count);
    QVERIFY(limits::countJsonValues(body, 0) >= 1); // stops early, above the bound
}

void TestResponseLimits::floodIsRefusedBeforeParsing() {
    QByteArray body = R"({"Response":{"SessionStatistics":[)";
    for (int i = 0; i < 100000; ++i)
        body += i == 0 ? "{}" : ",{}";
    body += "]}}";
    const Result<QJsonObject> r = readReplyBody(QStringLiteral("X"), body, 200, 5000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, QStringLiteral("TooManyItems"));
    QVERIFY(!r.error().isRetryable());
    QVERIFY(readReplyBody(QStringLiteral("X"), body, 200, 200000).ok());
}

void TestResponseLimits::stripControls_data() {
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("vehicle 7") << QStringLiteral("vehicle 7");
    QTest::newRow("set title") << QStringLiteral("a\x1b]0;title\x07z")
                               << QStringLiteral("a]0;titlez");
    QTest::newRow("clear screen") << QStringLiteral("\x1b[2J\x1b[H!") << QStringLiteral("[2J[H!");
    QTest::newRow("C1 CSI") << QStringLiteral("a\u009b31mb") << QStringLiteral("a31mb");
    QTest::newRow("line breaks") << QStringLiteral("one\r\ntwo") << QStringLiteral("onetwo");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b");
    QTest::newRow("bidi override") << QStringLiteral("abc\u202edcba") << QStringLiteral("abcdcba");
    QTest::newRow("CJK kept") << QStringLiteral("车辆一号") << QStringLiteral("车辆一号");
}

void TestResponseLimits::stripControls() {
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(trro::stripControls(in), out);
    QVERIFY(!hasControls(trro::stripControls(in)));
}

void TestResponseLimits::headerValues() {
    QVERIFY(isPlausibleRegion(QStringLiteral("ap-guangzhou")));
    QVERIFY(isPlausibleRegion(QStringLiteral("na-siliconvalley")));
    QVERIFY(!isPlausibleRegion(QStringLiteral("ap-x\r\nX-Evil: injected")));
    QVERIFY(!isPlausibleRegion(QStringLiteral("ap x")));
    QVERIFY(!isPlausibleRegion(QString(65, QLatin1Char('a'))));
    QVERIFY(isSafeHeaderValue(QStringLiteral("abc+/=")));
    QVERIFY(!isSafeHeaderValue(QStringLiteral("abc\n")));
    QVERIFY(!isSafeHeaderValue(QStringLiteral("abc\x7f")));
    QVERIFY(!isSafeHeaderValue(QStringLiteral("tök")));
    QVERIFY(!isSafeHeaderValue(QString(5000, QLatin1Char('a'))));
}

void TestResponseLimits::checkedArithmetic() {
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    qint64 out = 0;
    QVERIFY(!checkedAdd(max, 1, &out));
    QVERIFY(!checkedSub(min, 1, &out));
    QVERIFY(checkedAdd(40, 2, &out));
    QCOMPARE(out, 42);
    QCOMPARE(saturatingSub(max, min), max);
    QCOMPARE(saturatingSub(min, max), min);
    QCOMPARE(saturatingAdd(max, max), max);
    QCOMPARE(saturatingSub(10, 3), 7);
}

void TestResponseLimits::clockSteps() {
    const qint64 day = 86400;
    using K = ClockStep::Kind;
    QCOMPARE(clockStep(0, 0, false, day).kind, K::Keep);
    QCOMPARE(clockStep(7200, 0, true, day).kind, K::Correct);
    QCOMPARE(clockStep(7200, 0, true, day).offset, 7200);
    QCOMPARE(clockStep(7200, 7200, true, day).kind, K::Keep);
    QCOMPARE(clockStep(7200 + 600, 7200, false, day).kind, K::Follow);
    QCOMPARE(clockStep(day + 1, 0, true, day).kind, K::Refuse);
    QCOMPARE(clockStep(-day - 1, 0, true, day).kind, K::Refuse);
    // Beyond a day without a rejected timestamp: the offset stays where it was.
    const ClockStep far = clockStep(10 * 365 * day, 7200, false, day);
    QCOMPARE(far.kind, K::Keep);
    QCOMPARE(far.offset, 7200);
    QCOMPARE(clockStep(std::numeric_limits<qint64>::min(), 0, true, day).kind, K::Refuse);
    const ApiError e = clockRefusal(QDateTime::fromSecsSinceEpoch(2082758400, Qt::UTC),
                                    QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
    QCOMPARE(e.code, QStringLiteral("ClockSkewTooLarge"));
    QVERIFY(e.message.contains(QLatin1String("2036-01-01T00:00:00Z")));
    QVERIFY(e.message.contains(QLatin1String("this computer's clock is wrong")));
    QVERIFY(!e.isRetryable());
}

QTEST_GUILESS_MAIN(TestResponseLimits)
#include "tst_responselimits.moc"
