// The sample behind `trro-stats why --estimate` (sessionsample.h), on hand-made pages: the
// slices of a span, a self-weighting sample (every slice keeps the same fraction of its Total),
// what a hostile page cannot do to it, and the report's counts scaled back.

#include "sessionsample.h"

#include <QTest>

using namespace trro;

namespace {

// A slice [start, end) whose first page holds `sent` sessions of `total`, one a second from its
// start, every `badEvery`-th one bad (0: none).
SampleSlice slice(qint64 start, qint64 end, int sent, qint64 total, int badEvery = 0) {
    SampleSlice s;
    s.start = start;
    s.end = end;
    for (int i = 0; i < sent; ++i) {
        DeviceSession d;
        d.sessionId = QStringLiteral("s%1-%2").arg(start).arg(i);
        d.startTime = start + i;
        d.endTime = d.startTime + 60;
        d.quality =
            badEvery > 0 && i % badEvery == 0 ? QStringLiteral("bad") : QStringLiteral("good");
        s.page.sessions.append(d);
    }
    s.page.total = total;
    return s;
}

qsizetype fromSlice(const SessionSample &sample, qint64 start, qint64 end) {
    return std::count_if(
        sample.sessions.cbegin(), sample.sessions.cend(),
        [&](const DeviceSession &s) { return s.startTime >= start && s.startTime < end; });
}

} // namespace

class TestSessionSample final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void slicesCoverTheSpan();
    void wholeListsAreKeptWhole();
    void everySliceKeepsTheSameFraction();
    void strayAndRepeatedSessionsAreLeftOut();
    void aSliceThatSendsNothingIsAnError();
    void anAbsurdTotalIsBounded();
    void countsAreScaledBack();
};

void TestSessionSample::slicesCoverTheSpan() {
    const auto slices = sampleSlices(1000, 1000 + 86400, 14);
    QCOMPARE(slices.size(), 14);
    QCOMPARE(slices.first().first, 1000);
    QCOMPARE(slices.last().second, 1000 + 86400);
    for (qsizetype i = 1; i < slices.size(); ++i)
        QCOMPARE(slices.at(i).first, slices.at(i - 1).second);
    // No slice under a minute; nothing for an empty span.
    QCOMPARE(sampleSlices(0, 150, 14).size(), 2);
    QCOMPARE(sampleSlices(0, 30, 14).size(), 1);
    QVERIFY(sampleSlices(100, 100, 14).isEmpty());
    QVERIFY(sampleSlices(0, 86400, 0).isEmpty());
}

void TestSessionSample::wholeListsAreKeptWhole() {
    const Result<SessionSample> sample =
        selfWeightingSample({slice(0, 3600, 40, 40), slice(3600, 7200, 7, 7)}, 1000000);
    QVERIFY(sample.ok());
    QCOMPARE(sample.value().fraction, 1.0);
    QCOMPARE(sample.value().sessions.size(), 47);
    QCOMPARE(sample.value().total, 47);
    QVERIFY(sample.value().complete());
}

void TestSessionSample::everySliceKeepsTheSameFraction() {
    // 100 of 400 sent by the busy slice: a quarter of each slice.
    const Result<SessionSample> sample = selfWeightingSample(
        {slice(0, 3600, 100, 400), slice(3600, 7200, 40, 40), slice(7200, 10800, 100, 200)},
        1000000);
    QVERIFY(sample.ok());
    QCOMPARE(sample.value().fraction, 0.25);
    QCOMPARE(sample.value().total, 640);
    QCOMPARE(fromSlice(sample.value(), 0, 3600), 100);
    QCOMPARE(fromSlice(sample.value(), 3600, 7200), 10);
    QCOMPARE(fromSlice(sample.value(), 7200, 10800), 50);
    QVERIFY(!sample.value().complete());
    // Taken evenly over what a slice sent, not its first ones: the 40 sessions of the second
    // slice give one in four, spread from its start to its end.
    qint64 first = LLONG_MAX, last = 0;
    for (const DeviceSession &s : sample.value().sessions) {
        if (s.startTime >= 3600 && s.startTime < 7200) {
            first = std::min(first, s.startTime);
            last = std::max(last, s.startTime);
        }
    }
    QVERIFY(first <= 3600 + 2);
    QVERIFY(last >= 3600 + 37);
}

void TestSessionSample::strayAndRepeatedSessionsAreLeftOut() {
    SampleSlice a = slice(0, 3600, 10, 10);
    SampleSlice b = slice(3600, 7200, 10, 10);
    b.page.sessions[0] = a.page.sessions.at(0); // sent again by the next slice
    b.page.sessions[1].startTime = 9000;        // not in its slice
    const Result<SessionSample> sample = selfWeightingSample({a, b}, 1000000);
    QVERIFY(sample.ok());
    // The second slice gives 8 of its 10: the first keeps the same fraction.
    QCOMPARE(sample.value().fraction, 0.8);
    QCOMPARE(fromSlice(sample.value(), 0, 3600), 8);
    QCOMPARE(fromSlice(sample.value(), 3600, 7200), 8);
    QCOMPARE(fromSlice(sample.value(), 7200, 100000), 0);
    QSet<QString> ids;
    for (const DeviceSession &s : sample.value().sessions)
        ids.insert(s.sessionId);
    QCOMPARE(ids.size(), sample.value().sessions.size());
}

void TestSessionSample::aSliceThatSendsNothingIsAnError() {
    const Result<SessionSample> sample =
        selfWeightingSample({slice(0, 3600, 10, 10), slice(3600, 7200, 0, 500)}, 1000000);
    QVERIFY(!sample.ok());
    QVERIFY(sample.error().message.contains(QLatin1String("500")));
    // An empty slice that says it is empty is fine.
    QVERIFY(selfWeightingSample({slice(0, 3600, 10, 10), slice(3600, 7200, 0, 0)}, 1000000).ok());
}

void TestSessionSample::anAbsurdTotalIsBounded() {
    const Result<SessionSample> sample =
        selfWeightingSample({slice(0, 3600, 100, qint64(1) << 50)}, 2'000'000);
    QVERIFY(sample.ok());
    QCOMPARE(sample.value().total, 2'000'000);
    QCOMPARE(sample.value().fraction, 100.0 / 2'000'000);
    QCOMPARE(sample.value().sessions.size(), 100);
}

void TestSessionSample::countsAreScaledBack() {
    const CauseRow row{.value = QStringLiteral("ex-017"),
                       .sessions = 20,
                       .badSessions = 8,
                       .baselineSessions = 5,
                       .baselineBadSessions = 0,
                       .badShare = 40,
                       .contributionPoints = 7.5};
    CauseReport report{.sessions = 100,
                       .badSessions = 10,
                       .baselineSessions = 50,
                       .baselineBadSessions = 1,
                       .ratio = 90,
                       .rows = {row}};
    scaleSampledReport(&report, 0.25, 0.5);
    QCOMPARE(report.sessions, 400);
    QCOMPARE(report.badSessions, 40);
    QCOMPARE(report.baselineSessions, 100);
    QCOMPARE(report.baselineBadSessions, 2);
    QCOMPARE(report.ratio, 90.0);
    const CauseRow &scaled = report.rows.first();
    QCOMPARE(scaled.sessions, 80);
    QCOMPARE(scaled.badSessions, 32);
    QCOMPARE(scaled.baselineSessions, 10);
    QCOMPARE(scaled.badShare, 40.0);
    QCOMPARE(scaled.contributionPoints, 7.5);
    QVERIFY(scaled.estimated);
    // Whole lists: nothing changes.
    CauseReport whole;
    whole.rows = {row};
    scaleSampledReport(&whole, 1, 1);
    QVERIFY(!whole.rows.first().estimated);
}

QTEST_GUILESS_MAIN(TestSessionSample)
#include "tst_sessionsample.moc"
