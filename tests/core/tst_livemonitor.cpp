// The sessions running now, from the local service over HTTP, on a ManualClock: the list equals
// the service's, refreshes come on time and never overlap, sessions end and go silent, and a
// service that goes away leaves the last list on screen until it is back.

#include "fleet.h"
#include "livemonitor.h"
#include "livetail.h"
#include "servicefixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace trro;
using namespace trro::test;

class TestLiveMonitor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listEqualsTheServicesRunningSessions();
    void refreshesOnTimeNeverTwoAtOnce();
    void endedSessionStaysForOneRefresh();
    void silentSessionIsMarkedStale();
    void serviceAwayKeepsTheLastList();
    void liveQualityIsMeasuredWithinTheBudget();
    void tailAsksOnlyForNewTimeAndStopsAtTheEnd();

private:
    QSet<QString> serviceRunning(qint64 now) const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ServiceFixture> m_fixture;
    std::unique_ptr<LiveMonitor> m_monitor;
    int m_project = 0;
};

void TestLiveMonitor::init() {
    m_clock = std::make_unique<ManualClock>(test::workingAfternoonMs());
    sim::ServiceOptions options;
    options.pageSizeCap = 4; // a dozen sessions run at once: several pages
    m_fixture =
        std::make_unique<ServiceFixture>(options, RequestScheduler::Options{}, m_clock.get());
    QVERIFY(m_fixture->listening);
    m_project =
        m_fixture->service->fleet().catalog().projectIndex(sim::LocalService::demoProjectId());
    m_monitor = std::make_unique<LiveMonitor>(m_fixture->api, m_clock.get());
    m_monitor->setQualityBudget(0);
    m_monitor->setScope(sim::LocalService::demoProjectId());
}

void TestLiveMonitor::cleanup() {
    m_monitor.reset();
    m_fixture.reset();
    m_clock.reset();
}

QSet<QString> TestLiveMonitor::serviceRunning(qint64 now) const {
    QSet<QString> ids;
    const sim::Fleet::RunningPage page =
        m_fixture->service->fleet().running(m_project, -1, 0, now, now, 0, 1 << 20);
    for (const RecentSession &s : page.sessions)
        ids.insert(s.sessionId);
    return ids;
}

void TestLiveMonitor::listEqualsTheServicesRunningSessions() {
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    const qint64 now = m_fixture->service->serviceTime();
    const QSet<QString> expected = serviceRunning(now);
    QVERIFY2(m_monitor->lastError().isEmpty(), qPrintable(m_monitor->lastError()));
    // An afternoon of the demo fleet: more sessions than one page holds.
    QVERIFY2(expected.size() > 2 * 4, qPrintable(QString::number(expected.size())));
    QSet<QString> listed;
    for (const LiveRow &row : m_monitor->roster().rows()) {
        QVERIFY(!row.ended);
        QVERIFY(row.session.startTime <= now);
        QVERIFY(row.session.latestUpdateTime <= now);
        QVERIFY(!row.session.fieldDeviceId.isEmpty() && !row.session.remoteDeviceId.isEmpty());
        listed.insert(row.session.sessionId);
    }
    QCOMPARE(listed, expected);
    QCOMPARE(m_monitor->roster().running(), expected.size());
    const int pages = int((expected.size() + 4 - 1) / 4);
    QCOMPARE(m_fixture->served(QStringLiteral("DescribeRecentSessionList")), pages);
    QCOMPARE(m_monitor->lastSuccess(), now);
}

void TestLiveMonitor::refreshesOnTimeNeverTwoAtOnce() {
    QSignalSpy started(m_monitor.get(), &LiveMonitor::refreshStarted);
    m_monitor->start();
    QVERIFY(m_monitor->isBusy());
    QVERIFY(!m_monitor->refreshNow()); // one at a time
    QVERIFY(m_fixture->runFor(*m_clock, 35 * Second));
    // At 0, 10, 20 and 30 s.
    QCOMPARE(m_monitor->refreshes(), 4);
    QCOMPARE(started.size(), 4);
    m_monitor->setRefreshSec(5);
    QVERIFY(m_fixture->runFor(*m_clock, 20 * Second));
    // From 35 s every 5 s: at 40, 45, 50 and 55 s.
    QCOMPARE(m_monitor->refreshes(), 8);
    m_monitor->stop(); // the refresh under way ends; no other starts
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    const int stopped = m_monitor->refreshes();
    QCOMPARE(stopped, 9);
    QVERIFY(m_fixture->runFor(*m_clock, 60 * Second));
    QCOMPARE(m_monitor->refreshes(), stopped);
}

void TestLiveMonitor::endedSessionStaysForOneRefresh() {
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    // The running session that ends first.
    qint64 firstEnd = std::numeric_limits<qint64>::max();
    QString first;
    for (const LiveRow &row : m_monitor->roster().rows()) {
        int p = 0;
        sim::Session s;
        QVERIFY(m_fixture->service->fleet().model().findSession(row.session.sessionId, &p, &s));
        if (s.endTime() < firstEnd) {
            firstEnd = s.endTime();
            first = row.session.sessionId;
        }
    }
    QVERIFY(!first.isEmpty());
    const qint64 wait = firstEnd - m_fixture->service->serviceTime() + 1;
    QVERIFY(wait > 0 && wait < 7200);
    QVERIFY(m_fixture->runFor(*m_clock, wait * Second));
    QSignalSpy ended(m_monitor.get(), &LiveMonitor::sessionEnded);
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QVERIFY(ended.size() >= 1);
    QVERIFY(ended.contains(QVariantList{first}));
    const int row = m_monitor->roster().indexOf(first);
    QVERIFY(row >= 0);
    QVERIFY(m_monitor->roster().rows().at(row).ended);
    // Gone after one more refresh.
    QVERIFY(m_fixture->runFor(*m_clock, 10 * Second));
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QCOMPARE(m_monitor->roster().indexOf(first), -1);
    QCOMPARE(QSet<QString>(serviceRunning(m_fixture->service->serviceTime())), [&] {
        QSet<QString> ids;
        for (const LiveRow &r : m_monitor->roster().rows()) {
            if (!r.ended)
                ids.insert(r.session.sessionId);
        }
        return ids;
    }());
}

void TestLiveMonitor::silentSessionIsMarkedStale() {
    // The first moment of the afternoon at which a running session has not reported for
    // more than two refreshes (a bad session whose link dropped).
    sim::Fleet &fleet = m_fixture->service->fleet();
    const qint64 start = m_fixture->service->serviceTime();
    qint64 at = 0;
    QString silent;
    for (qint64 t = start; t < start + 7200 && silent.isEmpty(); t += 10) {
        for (const RecentSession &s : fleet.running(m_project, -1, 0, t, t, 0, 1 << 20).sessions) {
            if (t - s.latestUpdateTime > 2 * LiveMonitor::DefaultRefreshSec) {
                silent = s.sessionId;
                at = t;
                break;
            }
        }
    }
    QVERIFY2(!silent.isEmpty(), "no silent session in two hours of the afternoon");
    QVERIFY(m_fixture->runFor(*m_clock, (at - start) * Second));
    QCOMPARE(m_fixture->service->serviceTime(), at);
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    const int row = m_monitor->roster().indexOf(silent);
    QVERIFY(row >= 0);
    const LiveRow &r = m_monitor->roster().rows().at(row);
    QVERIFY(r.stale);
    QVERIFY(!r.ended);
    QVERIFY(m_monitor->roster().stale() >= 1);
    // Every row the roster calls stale has not reported for longer than two refreshes.
    for (const LiveRow &other : m_monitor->roster().rows())
        QCOMPARE(other.stale, m_monitor->now() - other.session.latestUpdateTime > 20);
}

void TestLiveMonitor::serviceAwayKeepsTheLastList() {
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    const int listed = m_monitor->roster().running();
    QVERIFY(listed > 0);
    const quint16 port = m_fixture->service->port();
    m_fixture->service->close();
    QSignalSpy failed(m_monitor.get(), &LiveMonitor::failed);
    QSignalSpy recovered(m_monitor.get(), &LiveMonitor::recovered);
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!m_monitor->lastError().isEmpty());
    QCOMPARE(m_monitor->roster().rows().size(), listed); // the last list stays
    // Minutes later every row has gone without a report; the next answer brings them back.
    QVERIFY(m_fixture->runFor(*m_clock, 60 * Second));
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QCOMPARE(failed.size(), 1); // said once
    QCOMPARE(m_monitor->roster().stale(), m_monitor->roster().running());
    QVERIFY(m_fixture->service->listen(QHostAddress::LocalHost, port));
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QCOMPARE(recovered.size(), 1);
    QVERIFY(m_monitor->lastError().isEmpty());
    QVERIFY(m_monitor->roster().stale() < m_monitor->roster().running());
}

void TestLiveMonitor::liveQualityIsMeasuredWithinTheBudget() {
    m_monitor->setQualityBudget(3);
    QSignalSpy measured(m_monitor.get(), &LiveMonitor::qualityChanged);
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QCOMPARE(m_fixture->served(QStringLiteral("DescribeDeviceSessionDetails")), 3);
    QCOMPARE(measured.size(), 3);
    QSet<QString> first;
    for (const QList<QVariant> &args : measured)
        first.insert(args.at(0).toString());
    for (const QString &id : first) {
        const LiveRow &row = m_monitor->roster().rows().at(m_monitor->roster().indexOf(id));
        QVERIFY(row.quality.known());
        QVERIFY(row.quality.sampledAt <= m_monitor->now());
        QVERIFY(row.quality.sampledAt >= m_monitor->now() - 3);
        QVERIFY(!qIsNaN(row.quality.latencyMs));
    }
    // The next refresh measures others: those never measured come first.
    QVERIFY(m_fixture->runFor(*m_clock, 10 * Second));
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QCOMPARE(measured.size(), 6);
    for (qsizetype i = 3; i < 6; ++i)
        QVERIFY(!first.contains(measured.at(i).at(0).toString()));
}

void TestLiveMonitor::tailAsksOnlyForNewTimeAndStopsAtTheEnd() {
    QVERIFY(m_monitor->refreshNow());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    // The running session that goes on longest and keeps reporting.
    QString id;
    sim::Session session;
    const qint64 start = m_fixture->service->serviceTime();
    for (const LiveRow &row : m_monitor->roster().rows()) {
        int p = 0;
        sim::Session s;
        QVERIFY(m_fixture->service->fleet().model().findSession(row.session.sessionId, &p, &s));
        if (s.endTime() > start + 60 && sim::Fleet::latestReport(s, start + 60) >= start + 58 &&
            (id.isEmpty() || s.endTime() < session.endTime())) {
            id = row.session.sessionId;
            session = s;
        }
    }
    QVERIFY(!id.isEmpty());
    LiveTail tail(m_fixture->api, m_clock.get());
    QSignalSpy appended(&tail, &LiveTail::appended);
    QSignalSpy ended(&tail, &LiveTail::ended);
    tail.start(id, 10);
    QVERIFY(m_fixture->runFor(*m_clock, 35 * Second));
    // The whole session once, then only what came after the last sample.
    QCOMPARE(tail.askedFrom().size(), 4);
    QCOMPARE(tail.askedFrom().first(), 0);
    for (qsizetype i = 1; i < tail.askedFrom().size(); ++i)
        QVERIFY(tail.askedFrom().at(i) > tail.askedFrom().at(i - 1));
    QVERIFY(appended.size() >= 4);
    QVERIFY(tail.lastSample() >= m_fixture->service->serviceTime() - 10);
    // What was appended is what one request for the whole session gives now.
    const qint64 asked = tail.lastSample();
    bool done = false;
    QList<SideTelemetry> whole;
    QObject context;
    m_fixture->api->sessionTelemetry(id, 0, asked, &context,
                                     [&](const Result<QList<SideTelemetry>> &r) {
                                         QVERIFY(r.ok());
                                         whole = r.value();
                                         done = true;
                                     });
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QVERIFY(done);
    QCOMPARE(tail.sides().size(), whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const SideTelemetry &a = tail.sides().at(i), &b = whole.at(i);
        QCOMPARE(a.startTime, b.startTime);
        QCOMPARE(a.timeOffset, b.timeOffset);
        QCOMPARE(a.metric(QStringLiteral("NetworkLatency")),
                 b.metric(QStringLiteral("NetworkLatency")));
        QCOMPARE(a.metric(QStringLiteral("Fps")), b.metric(QStringLiteral("Fps")));
    }
    // The session ends: one last request, then nothing more.
    QVERIFY(m_fixture->runFor(
        *m_clock, (session.endTime() - m_fixture->service->serviceTime() + 1) * Second));
    tail.sessionEnded();
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QCOMPARE(ended.size(), 1);
    QVERIFY(tail.isEnded());
    // Its last samples are there: within one sample step (2 s) of its end.
    QVERIFY(tail.lastSample() <= session.endTime());
    QVERIFY(tail.lastSample() >= session.endTime() - 2);
    const qsizetype requests = tail.askedFrom().size();
    QVERIFY(m_fixture->runFor(*m_clock, 60 * Second));
    QCOMPARE(tail.askedFrom().size(), requests);
}

QTEST_GUILESS_MAIN(TestLiveMonitor)
#include "tst_livemonitor.moc"
