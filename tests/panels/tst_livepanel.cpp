// The "Now" panel and the wall display against the local service on a ManualClock (a working
// afternoon): what they show is the monitor's roster, sorted and filtered; the wall keeps its
// figures with a banner while the service is away and drops the banner when it is back.

#include "charts/sessionchartsview.h"
#include "charts/timerangecontroller.h"
#include "fleet.h"
#include "live/livepanel.h"
#include "live/nowpage.h"
#include "live/walldisplay.h"
#include "livemonitor.h"
#include "livesessionmodel.h"
#include "livetail.h"
#include "livetotals.h"
#include "panels/sessionview.h"
#include "servicefixture.h"
#include "widgets/kpitile.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace trro;
using namespace trro::test;

class TestLivePanel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheRosterWithNames();
    void filterAndOpen();
    void selectionSurvivesARefresh();
    void nowPageCountsAndCompares();
    void wallSurvivesTheServiceGoingAway();
    void liveSessionViewFollowsAndStops();

private:
    bool refresh();

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ServiceFixture> m_fixture;
    std::unique_ptr<LiveMonitor> m_monitor;
};

void TestLivePanel::init() {
    m_clock = std::make_unique<ManualClock>(test::workingAfternoonMs());
    m_fixture = std::make_unique<ServiceFixture>(sim::ServiceOptions{}, RequestScheduler::Options{},
                                                 m_clock.get());
    QVERIFY(m_fixture->listening);
    m_monitor = std::make_unique<LiveMonitor>(m_fixture->api, m_clock.get());
    m_monitor->setScope(sim::LocalService::demoProjectId());
}

void TestLivePanel::cleanup() {
    m_monitor.reset();
    m_fixture.reset();
    m_clock.reset();
}

bool TestLivePanel::refresh() {
    return m_monitor->refreshNow() && m_fixture->runUntilIdle(*m_clock);
}

void TestLivePanel::showsTheRosterWithNames() {
    LivePanel panel(m_monitor.get());
    panel.resize(1000, 400);
    QVERIFY(refresh());
    const LiveRoster &roster = m_monitor->roster();
    QVERIFY(roster.running() > 3);
    QCOMPARE(panel.model()->rowCount(), roster.rows().size());
    QCOMPARE(panel.table()->model()->rowCount(), roster.rows().size());
    QVERIFY2(panel.statusText().startsWith(QStringLiteral("%1 running").arg(roster.running())),
             qPrintable(panel.statusText()));
    // Names instead of ids, the id in the tooltip.
    const QString vehicle = roster.rows().constFirst().session.fieldDeviceId;
    panel.setDeviceNames({{vehicle, QStringLiteral("Truck Seven")}});
    const int row = panel.model()->rowOf(roster.rows().constFirst().session.sessionId);
    const QModelIndex cell = panel.model()->index(row, LiveSessionModel::FieldDeviceColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Truck Seven"));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), vehicle);
    // Measured sessions carry their live figure.
    int measured = 0;
    for (int r = 0; r < panel.model()->rowCount(); ++r) {
        const QString text =
            panel.model()->index(r, LiveSessionModel::QualityColumn).data().toString();
        if (text.contains(QStringLiteral(" ms")))
            ++measured;
    }
    QCOMPARE(measured, std::min<int>(LiveMonitor::DefaultQualityBudget, roster.running()));
}

void TestLivePanel::nowPageCountsAndCompares() {
    NowPage page(m_monitor.get());
    QCOMPARE(page.runningTile()->valueText(), QStringLiteral("—")); // before any answer
    QVERIFY(refresh());
    const auto count = [](int n) { return KpiTile::formatValue(n, KpiTile::Format::Count); };
    QCOMPARE(page.runningTile()->valueText(), count(m_monitor->roster().running()));
    QCOMPARE(page.runningTile()->deltaText(), QStringLiteral("–")); // nothing 10 min old yet
    QCOMPARE(page.panel()->model()->rowCount(), m_monitor->roster().rows().size());

    // Eleven more answers, one a minute: the tiles compare with the one ten minutes before.
    for (int i = 0; i < 11; ++i) {
        m_clock->advance(60 * Second);
        QVERIFY(refresh());
    }
    const QList<LiveCounts> &samples = page.history().samples();
    QCOMPARE(samples.size(), 12);
    QCOMPARE(samples.constLast().at, m_monitor->lastSuccess());
    const LiveRoster &roster = m_monitor->roster();
    int bad = 0;
    int degraded = 0;
    for (const LiveRow &row : roster.rows()) {
        if (row.ended)
            continue;
        bad += row.quality.verdict == LiveQuality::Verdict::Bad;
        degraded += row.quality.verdict == LiveQuality::Verdict::Degraded;
    }
    QCOMPARE(page.runningTile()->valueText(), count(roster.running()));
    QCOMPARE(page.staleTile()->valueText(), count(roster.stale()));
    QCOMPARE(page.badTile()->valueText(), count(bad));
    QCOMPARE(page.degradedTile()->valueText(), count(degraded));
    // The newest answer at least ten minutes older than the latest (answers take clock time).
    qsizetype compared = samples.size() - 1;
    while (compared >= 0 &&
           samples.at(compared).at > samples.constLast().at - NowPage::CompareAgoSec)
        --compared;
    QVERIFY(compared >= 0 && compared + 1 < samples.size());
    const LiveCounts &before = samples.at(compared);
    QCOMPARE(page.runningTile()->deltaText(),
             KpiTile::formatDelta(roster.running(), before.running, KpiTile::Format::Count));

    // A failed refresh keeps the figures, marked stale, and counts nothing.
    const int runningBefore = roster.running();
    m_fixture->service->close();
    QVERIFY(m_fixture->runFor(*m_clock, 10LL * 1000 * 1000));
    QVERIFY(refresh());
    QVERIFY(!m_monitor->lastError().isEmpty());
    QCOMPARE(page.history().samples().size(), 12);
    QCOMPARE(roster.running(), runningBefore);
    QVERIFY(page.runningTile()->isStale());
    QCOMPARE(page.runningTile()->valueText(), count(roster.running()));

    page.clearHistory(); // another project
    QVERIFY(page.history().samples().isEmpty());
    QCOMPARE(page.runningTile()->deltaText(), QStringLiteral("–"));
}

void TestLivePanel::filterAndOpen() {
    LivePanel panel(m_monitor.get());
    QVERIFY(refresh());
    const RecentSession first = m_monitor->roster().rows().constFirst().session;
    panel.filter()->setText(first.sessionId.left(18).toUpper());
    QCOMPARE(panel.table()->model()->rowCount(), 1);
    QSignalSpy opened(&panel, &LivePanel::sessionOpened);
    const QModelIndex index = panel.table()->model()->index(0, 0);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QPoint at = panel.table()->visualRect(index).center();
    QTest::mouseClick(panel.table()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(panel.table()->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).value<RecentSession>().sessionId, first.sessionId);
    panel.filter()->clear();
    QCOMPARE(panel.table()->model()->rowCount(), m_monitor->roster().rows().size());
}

void TestLivePanel::selectionSurvivesARefresh() {
    LivePanel panel(m_monitor.get());
    QVERIFY(refresh());
    // A session that still runs a minute later.
    QString keep;
    for (const LiveRow &r : m_monitor->roster().rows()) {
        int p = 0;
        sim::Session s;
        QVERIFY(m_fixture->service->fleet().model().findSession(r.session.sessionId, &p, &s));
        if (s.endTime() > m_fixture->service->serviceTime() + 90) {
            keep = r.session.sessionId;
            break;
        }
    }
    QVERIFY(!keep.isEmpty());
    const auto viewRowOf = [&](const QString &id) {
        QAbstractItemModel *view = panel.table()->model();
        for (int r = 0; r < view->rowCount(); ++r) {
            if (view->index(r, 0).data(LiveSessionModel::SessionIdRole).toString() == id)
                return r;
        }
        return -1;
    };
    panel.table()->selectRow(viewRowOf(keep));
    QVERIFY(m_fixture->runFor(*m_clock, 60LL * 1000 * 1000));
    QVERIFY(refresh());
    const QModelIndexList selected = panel.table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(LiveSessionModel::SessionIdRole).toString(), keep);
}

void TestLivePanel::wallSurvivesTheServiceGoingAway() {
    LiveTotals totals(m_fixture->api, m_clock.get());
    totals.setProject(sim::LocalService::demoProjectId());
    WallDisplay wall(m_monitor.get(), &totals);
    wall.resize(1920, 1080);
    wall.setProjectName(QStringLiteral("Demo port"));
    QVERIFY(refresh());
    totals.refresh();
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    const QString running = wall.tileText(QStringLiteral("running"));
    QVERIFY2(running.contains(QString::number(m_monitor->roster().running())), qPrintable(running));
    QVERIFY(totals.asOf() > 0);
    QVERIFY(totals.today().sessionNum > 0);
    QVERIFY(wall.tileText(QStringLiteral("today"))
                .contains(QLocale().toString(totals.today().sessionNum)));
    QVERIFY(wall.tileText(QStringLiteral("ratio")).contains(QStringLiteral("%")));
    QVERIFY(!wall.isBannerShown());

    // Away: a banner, the figures stay.
    const quint16 port = m_fixture->service->port();
    m_fixture->service->close();
    QVERIFY(m_fixture->runFor(*m_clock, 10LL * 1000 * 1000));
    QVERIFY(refresh());
    QVERIFY(wall.isBannerShown());
    QVERIFY2(wall.tileText(QStringLiteral("banner")).contains(QStringLiteral("cannot be reached")),
             qPrintable(wall.tileText(QStringLiteral("banner"))));
    QCOMPARE(wall.tileText(QStringLiteral("running")).section(QLatin1Char('\n'), 1),
             running.section(QLatin1Char('\n'), 1));
    QVERIFY(wall.tileText(QStringLiteral("today"))
                .contains(QLocale().toString(totals.today().sessionNum)));

    // Back: the banner leaves with the first answer.
    QVERIFY(m_fixture->service->listen(QHostAddress::LocalHost, port));
    QVERIFY(refresh());
    QVERIFY(!wall.isBannerShown());
    QVERIFY(wall.tileText(QStringLiteral("worst")).contains(QStringLiteral("↔")));
}

void TestLivePanel::liveSessionViewFollowsAndStops() {
    QVERIFY(refresh());
    // A running session that reports now and goes on for more than a minute.
    const qint64 now = m_fixture->service->serviceTime();
    RecentSession running;
    sim::Session model;
    for (const LiveRow &row : m_monitor->roster().rows()) {
        int project = 0;
        sim::Session s;
        QVERIFY(
            m_fixture->service->fleet().model().findSession(row.session.sessionId, &project, &s));
        if (s.endTime() > now + 90 && sim::Fleet::latestReport(s, now) >= now - 4) {
            running = row.session;
            model = s;
            break;
        }
    }
    QVERIFY2(!running.sessionId.isEmpty(), "no session runs on for a minute and a half");

    SessionView view(m_fixture->api);
    view.setClock(m_clock.get());
    view.resize(1200, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    DeviceSession session;
    session.sessionId = running.sessionId;
    session.fieldDeviceId = running.fieldDeviceId;
    session.remoteDeviceId = running.remoteDeviceId;
    session.startTime = running.startTime;
    QSignalSpy diagnosed(&view, &SessionView::diagnosed);
    view.openLive(session, QTimeZone::utc(), 10);
    QVERIFY(view.isLive());
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QVERIFY(!view.sides().isEmpty());
    // The diagnosis of what arrived comes from its own thread.
    QTRY_VERIFY_WITH_TIMEOUT(!diagnosed.isEmpty() && !view.isDiagnosing(), 20000);
    QCOMPARE(view.diagnosis().summaries.isEmpty(), false);
    const TimeRangeController *range = view.charts()->timeRange();
    const qint64 firstEnd = range->fullTo();
    QVERIFY(!range->isZoomed());

    // Not zoomed: the charts follow the right edge as samples arrive.
    QVERIFY(m_fixture->runFor(*m_clock, 25 * Second));
    QVERIFY2(range->fullTo() >= firstEnd + 20,
             qPrintable(QString::number(range->fullTo() - firstEnd)));
    QVERIFY(!range->isZoomed());
    QCOMPARE(range->visibleTo(), range->fullTo());
    QVERIFY(view.headerText().contains(QLatin1String("live")));

    // Zoomed by the user: the view stays where it was while the data grows.
    const qint64 from = range->fullFrom() + 10;
    const qint64 to = range->fullFrom() + 70;
    view.charts()->timeRange()->setVisibleRange(from, to);
    const qint64 grownTo = range->fullTo();
    QVERIFY(m_fixture->runFor(*m_clock, 25 * Second));
    QVERIFY(range->fullTo() > grownTo);
    QCOMPARE(range->visibleFrom(), from);
    QCOMPARE(range->visibleTo(), to);

    // The session ends: one last fetch, the view says so, and nothing more is asked.
    QVERIFY(m_fixture->runFor(*m_clock,
                              (model.endTime() - m_fixture->service->serviceTime() + 1) * Second));
    view.liveSessionEnded(running.sessionId);
    QVERIFY(m_fixture->runUntilIdle(*m_clock));
    QVERIFY(view.hasLiveEnded());
    QVERIFY(!view.isLive());
    QVERIFY2(view.headerText().contains(QLatin1String("nothing more is asked")),
             qPrintable(view.headerText()));
    const qsizetype asked = view.tail()->askedFrom().size();
    QVERIFY(m_fixture->runFor(*m_clock, 60 * Second));
    QCOMPARE(view.tail()->askedFrom().size(), asked);
}

QTEST_MAIN(TestLivePanel)
#include "tst_livepanel.moc"
