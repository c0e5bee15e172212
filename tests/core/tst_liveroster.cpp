// The running sessions between refreshes: stale and ended marks, and bad entries left out.

#include "livequality.h"
#include "liveroster.h"
#include "livetail.h"

#include <QTest>

using namespace trro;

namespace {

constexpr qint64 Now = 1795000000;

RecentSession running(const QString &id, qint64 start, qint64 latest) {
    return RecentSession{id,
                         QStringLiteral("cockpit-1"),
                         QStringLiteral("truck-1"),
                         QStringLiteral("1920*1080"),
                         start,
                         latest};
}

SideTelemetry side(DeviceType type, qint64 start, const QList<double> &latency,
                   const QList<double> &loss, const QList<double> &fps) {
    SideTelemetry s;
    s.deviceType = type;
    s.startTime = start;
    for (qsizetype i = 0; i < latency.size(); ++i)
        s.timeOffset.append(double(i));
    s.metrics.resize(sessionMetricNames().size());
    s.metrics[sessionMetricNames().indexOf(QStringLiteral("NetworkLatency"))] = latency;
    s.metrics[sessionMetricNames().indexOf(QStringLiteral("Lost"))] = loss;
    s.metrics[sessionMetricNames().indexOf(QStringLiteral("Fps"))] = fps;
    return s;
}

} // namespace

class TestLiveRoster final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newSessionsAreListedNewestFirst();
    void staleAfterTwoRefreshes();
    void endedStaysForOneRefresh();
    void qualitySurvivesRefreshes();
    void badEntriesAreLeftOut();
    void ageMarksStaleWithoutAnAnswer();
    void qualityFromTheLatestSamples();
    void qualityUnknownWithoutSamples();
    void appendKeepsMetricsAligned();
};

void TestLiveRoster::newSessionsAreListedNewestFirst() {
    LiveRoster roster(10);
    const LiveRoster::Change change =
        roster.apply({running(QStringLiteral("a"), Now - 600, Now - 1),
                      running(QStringLiteral("b"), Now - 60, Now)},
                     Now);
    QCOMPARE(change.started, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(change.ended.isEmpty());
    QCOMPARE(roster.rows().size(), 2);
    QCOMPARE(roster.rows().at(0).session.sessionId, QStringLiteral("b"));
    QCOMPARE(roster.running(), 2);
    QCOMPARE(roster.stale(), 0);
    QCOMPARE(roster.rows().at(1).runningFor(Now), 600);
}

void TestLiveRoster::staleAfterTwoRefreshes() {
    LiveRoster roster(10);
    // 20 s without a report is still live; 21 s is two refreshes missed.
    roster.apply({running(QStringLiteral("fresh"), Now - 300, Now - 20),
                  running(QStringLiteral("silent"), Now - 300, Now - 21)},
                 Now);
    QVERIFY(!roster.rows().at(roster.indexOf(QStringLiteral("fresh"))).stale);
    QVERIFY(roster.rows().at(roster.indexOf(QStringLiteral("silent"))).stale);
    QCOMPARE(roster.stale(), 1);
    // With a slower refresh the same silence is not stale yet.
    roster.setRefreshSec(30);
    roster.apply({running(QStringLiteral("silent"), Now - 300, Now - 21)}, Now);
    QVERIFY(!roster.rows().at(roster.indexOf(QStringLiteral("silent"))).stale);
}

void TestLiveRoster::endedStaysForOneRefresh() {
    LiveRoster roster(10);
    roster.apply(
        {running(QStringLiteral("a"), Now - 600, Now), running(QStringLiteral("b"), Now - 60, Now)},
        Now);
    LiveQuality q;
    q.verdict = LiveQuality::Verdict::Bad;
    q.sampledAt = Now;
    QVERIFY(roster.setQuality(QStringLiteral("a"), q));
    LiveRoster::Change change =
        roster.apply({running(QStringLiteral("b"), Now - 60, Now + 10)}, Now + 10);
    QCOMPARE(change.ended, QStringList{QStringLiteral("a")});
    QCOMPARE(roster.rows().size(), 2);
    QCOMPARE(roster.running(), 1);
    // Ended rows come last, with their final quality.
    const LiveRow &ended = roster.rows().last();
    QCOMPARE(ended.session.sessionId, QStringLiteral("a"));
    QVERIFY(ended.ended);
    QCOMPARE(ended.quality.verdict, LiveQuality::Verdict::Bad);
    change = roster.apply({running(QStringLiteral("b"), Now - 60, Now + 20)}, Now + 20);
    QVERIFY(change.ended.isEmpty());
    QCOMPARE(roster.rows().size(), 1);
    QCOMPARE(roster.indexOf(QStringLiteral("a")), -1);
}

void TestLiveRoster::qualitySurvivesRefreshes() {
    LiveRoster roster(10);
    roster.apply({running(QStringLiteral("a"), Now - 600, Now)}, Now);
    LiveQuality q;
    q.verdict = LiveQuality::Verdict::Degraded;
    q.sampledAt = Now;
    roster.setQuality(QStringLiteral("a"), q);
    roster.apply({running(QStringLiteral("a"), Now - 600, Now + 10)}, Now + 10);
    QCOMPARE(roster.rows().constFirst().quality.verdict, LiveQuality::Verdict::Degraded);
    QCOMPARE(roster.rows().constFirst().session.latestUpdateTime, Now + 10);
    QVERIFY(!roster.setQuality(QStringLiteral("nobody"), q));
}

void TestLiveRoster::badEntriesAreLeftOut() {
    LiveRoster roster(10);
    const LiveRoster::Change change =
        roster.apply({running(QString(), Now - 60, Now),
                      running(QStringLiteral("reports-before-start"), Now - 60, Now - 120),
                      running(QStringLiteral("from-the-future"), Now - 60,
                              Now + LiveRoster::ClockToleranceSec + 1),
                      running(QStringLiteral("starts-later"), Now + 3600, Now + 3600),
                      running(QStringLiteral("ok"), Now - 60, Now + LiveRoster::ClockToleranceSec),
                      running(QStringLiteral("ok"), Now - 60, Now)},
                     Now);
    QCOMPARE(roster.rows().size(), 1);
    QCOMPARE(roster.rows().constFirst().session.sessionId, QStringLiteral("ok"));
    QCOMPARE(change.warnings.size(), 3);
    QVERIFY(change.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("future")));
    QVERIFY(
        change.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("before they started")));
    QCOMPARE(change.started, QStringList{QStringLiteral("ok")});
}

void TestLiveRoster::ageMarksStaleWithoutAnAnswer() {
    LiveRoster roster(10);
    roster.apply({running(QStringLiteral("a"), Now - 600, Now)}, Now);
    roster.age(Now + 20);
    QCOMPARE(roster.stale(), 0);
    roster.age(Now + 21);
    QCOMPARE(roster.stale(), 1);
}

void TestLiveRoster::qualityFromTheLatestSamples() {
    DiagnosisThresholds t; // 150 ms, 2 %, 20 fps
    // Twenty seconds: bad at first, fine in the last ten. The live figure is about now.
    QList<double> latency, loss, fps;
    for (int i = 0; i < 20; ++i) {
        latency << (i < 10 ? 400 : 80);
        loss << (i < 10 ? 10 : 0.5);
        fps << (i < 10 ? 5 : 30);
    }
    LiveQuality q = liveQuality({side(DeviceType::Field, Now - 19, latency, loss, fps)}, t);
    QCOMPARE(q.verdict, LiveQuality::Verdict::Good);
    QCOMPARE(q.latencyMs, 80.0);
    QCOMPARE(q.sampledAt, Now);
    QCOMPARE(q.metricsOver, 0);
    // One metric past its threshold: degraded; the worse side counts.
    QList<double> slow(20, 180.0);
    q = liveQuality({side(DeviceType::Field, Now - 19, latency, loss, fps),
                     side(DeviceType::Remote, Now - 19, slow, loss, fps)},
                    t);
    QCOMPARE(q.verdict, LiveQuality::Verdict::Degraded);
    QCOMPARE(q.latencyMs, 180.0);
    // Past twice the threshold: bad.
    QList<double> verySlow(20, 320.0);
    q = liveQuality({side(DeviceType::Field, Now - 19, verySlow, loss, fps)}, t);
    QCOMPARE(q.verdict, LiveQuality::Verdict::Bad);
    QVERIFY(liveQualitySummary(q).contains(QStringLiteral("320 ms")));
}

void TestLiveRoster::qualityUnknownWithoutSamples() {
    const LiveQuality q = liveQuality({side(DeviceType::Field, Now, {}, {}, {})}, {});
    QCOMPARE(q.verdict, LiveQuality::Verdict::Unknown);
    QCOMPARE(q.sampledAt, 0);
    QCOMPARE(liveQualitySummary(q), QStringLiteral("—"));
}

void TestLiveRoster::appendKeepsMetricsAligned() {
    QList<SideTelemetry> into{
        side(DeviceType::Field, Now, {100, 110, 120}, {0, 0, 1}, {30, 30, 29})};
    // The next answer starts at the last sample (sent again) and lacks Fps.
    SideTelemetry more = side(DeviceType::Field, Now + 2, {120, 130, 140}, {1, 2, 3}, {});
    QCOMPARE(appendTelemetry(into, {more}), 2);
    const SideTelemetry &s = into.constFirst();
    QCOMPARE(s.timeOffset, (QList<double>{0, 1, 2, 3, 4}));
    QCOMPARE(s.metric(QStringLiteral("NetworkLatency")), (QList<double>{100, 110, 120, 130, 140}));
    const QList<double> fps = s.metric(QStringLiteral("Fps"));
    QCOMPARE(fps.size(), 5);
    QVERIFY(qIsNaN(fps.at(3)) && qIsNaN(fps.at(4)));
    QCOMPARE(lastSampleTime(into), Now + 4);
    // A side not seen before is added whole; nothing new adds nothing.
    QCOMPARE(appendTelemetry(into, {side(DeviceType::Remote, Now + 1, {90, 95}, {0, 0}, {30, 30})}),
             2);
    QCOMPARE(into.size(), 2);
    QCOMPARE(appendTelemetry(into, {more}), 0);
}

QTEST_GUILESS_MAIN(TestLiveRoster)
#include "tst_liveroster.moc"
