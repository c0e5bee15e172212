// A cause report's row followed back to its sessions: which sessions hold the value, and the
// fleet per bucket without them, checked against the report's own counts and ratio.

#include "causefinder.h"
#include "causesessions.h"
#include "madesessions.h"

#include <QTest>
#include <cmath>

using namespace trro;
using trro::test::madeSessions;

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 T0 = 1764000000 - 1764000000 % Hour; // on the hour
constexpr qint64 BaselineStart = T0 - 4 * Hour;

// Four hours of span against the four before: cockpit roc_04 goes bad in the span.
CauseInput input() {
    CauseInput in;
    in.spanStart = T0;
    in.spanEnd = T0 + 4 * Hour;
    in.baselineStart = BaselineStart;
    in.baselineEnd = T0;
    in.span = madeSessions(QStringLiteral("a"), QStringLiteral("roc_04"), 24, 20, T0, 600) +
              madeSessions(QStringLiteral("b"), QStringLiteral("roc_01"), 48, 3, T0, 300);
    in.baseline =
        madeSessions(QStringLiteral("c"), QStringLiteral("roc_04"), 24, 1, T0 - 4 * Hour, 600) +
        madeSessions(QStringLiteral("d"), QStringLiteral("roc_01"), 48, 3, T0 - 4 * Hour, 300);
    // Not counted: a duplicate, an unknown quality, one outside the span.
    in.span.append(in.span.first());
    DeviceSession unknown = in.span.at(1);
    unknown.sessionId = QStringLiteral("unknown");
    unknown.quality = QStringLiteral("?");
    in.span.append(unknown);
    DeviceSession outside = in.span.at(1);
    outside.sessionId = QStringLiteral("outside");
    outside.startTime = T0 + 5 * Hour;
    in.span.append(outside);
    return in;
}

const CauseRow *rowOf(const CauseReport &report, CauseDimension dimension, const QString &value) {
    for (const CauseRow &row : report.rows) {
        if (row.dimension == dimension && row.value == value)
            return &row;
    }
    return nullptr;
}

QList<QPair<qint64, qint64>> hours(qint64 from, int n) {
    QList<QPair<qint64, qint64>> out;
    for (int i = 0; i < n; ++i)
        out.append({from + i * Hour, from + (i + 1) * Hour});
    return out;
}

} // namespace

class TestCauseSessions final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionsOfTheValue();
    void bucketsWithoutMatchTheReport();
    void bucketsAreClippedToTheLists();
    void otherMatchesNothing();
};

void TestCauseSessions::sessionsOfTheValue() {
    const CauseInput in = input();
    const CauseReport report = findCauses(in);
    const CauseRow *row = rowOf(report, CauseDimension::Remote, QStringLiteral("roc_04"));
    QVERIFY(row);
    const QList<DeviceSession> found = causeSessions(*row, in, {});
    QCOMPARE(found.size(), row->sessions);
    QCOMPARE(found.size(), 24); // the duplicate, the unknown and the outsider left out
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found.at(i).remoteDeviceId, QStringLiteral("roc_04"));
        if (i > 0)
            QVERIFY(found.at(i - 1).startTime <= found.at(i).startTime);
    }
}

void TestCauseSessions::bucketsWithoutMatchTheReport() {
    const CauseInput in = input();
    const CauseReport report = findCauses(in);
    const CauseRow *row = rowOf(report, CauseDimension::Remote, QStringLiteral("roc_04"));
    QVERIFY(row);
    // One bucket over the span, one over the baseline: the report's own figures.
    const QList<IntervalBucket> buckets =
        bucketsWithout(*row, in, {}, {{BaselineStart, T0}, {T0, T0 + 4 * Hour}});
    QCOMPARE(buckets.size(), 2);
    QCOMPARE(buckets.at(0).startTime, BaselineStart);
    QCOMPARE(buckets.at(0).sessionNum, report.baselineSessions - row->baselineSessions);
    QCOMPARE(buckets.at(1).sessionNum, report.sessions - row->sessions);
    QCOMPARE(buckets.at(1).notBadSessionRatio, int(std::lround(row->ratioWithout)));
    QCOMPARE(buckets.at(0).notBadSessionRatio, 94); // 45 of roc_01's 48 were not bad

    // Hourly: 12 of roc_01's sessions an hour, the bad ones in the first.
    const QList<IntervalBucket> hourly = bucketsWithout(*row, in, {}, hours(T0, 4));
    QCOMPARE(hourly.size(), 4);
    QCOMPARE(hourly.at(0).sessionNum, 12);
    QCOMPARE(hourly.at(0).notBadSessionRatio, 75);
    QCOMPARE(hourly.at(3).notBadSessionRatio, 100);
}

void TestCauseSessions::bucketsAreClippedToTheLists() {
    const CauseInput in = input();
    const CauseReport report = findCauses(in);
    const CauseRow *row = rowOf(report, CauseDimension::Remote, QStringLiteral("roc_04"));
    QVERIFY(row);
    // A day bucket over both spans: two parts, the baseline's and the span's.
    const qint64 day = T0 - 6 * Hour;
    const QList<IntervalBucket> parts = bucketsWithout(*row, in, {}, {{day, day + 24 * Hour}});
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).startTime, BaselineStart);
    QCOMPARE(parts.at(0).endTime, T0);
    QCOMPARE(parts.at(1).startTime, T0);
    QCOMPARE(parts.at(1).endTime, T0 + 4 * Hour);
    // Outside both: nothing.
    QVERIFY(bucketsWithout(*row, in, {}, {{T0 + 10 * Hour, T0 + 11 * Hour}}).isEmpty());
}

void TestCauseSessions::otherMatchesNothing() {
    CauseRow other;
    other.dimension = CauseDimension::Remote;
    other.value = QStringLiteral("(other)");
    other.other = true;
    const CauseInput in = input();
    QVERIFY(causeSessions(other, in, {}).isEmpty());
    const QList<IntervalBucket> all = bucketsWithout(other, in, {}, {{T0, T0 + 4 * Hour}});
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().sessionNum, findCauses(in).sessions);
}

QTEST_GUILESS_MAIN(TestCauseSessions)
#include "tst_causesessions.moc"
