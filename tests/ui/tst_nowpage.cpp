// The Now page in the window: View › Running sessions page (and the count in the status bar)
// shows it under the fleet's crumb, it lists what the window's monitor lists, a double-click
// opens the session live under its vehicle, and the fleet's crumb goes back.

#include "fleet.h"
#include "fleet/dashboardpages.h"
#include "live/livepanel.h"
#include "live/nowpage.h"
#include "livesessionmodel.h"
#include "localservice.h"
#include "mainwindow.h"
#include "panels/sessionview.h"
#include "widgets/breadcrumbbar.h"
#include "widgets/kpitile.h"
#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace trro;

class TestNowPage final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fx.stop(); }
    void showsTheRunningSessionsAsAPage();
    void statusCountOpensThePage();

private:
    test::WindowFixture m_fx;
};

void TestNowPage::init() {
    QVERIFY(m_fx.start());
    // The fleet starts its sessions by the hour: 40 vehicles may have none running in the first
    // minutes of an hour; 2,000 have dozens at every minute.
    sim::ServiceOptions options = m_fx.service()->service->options();
    options.fleet = sim::FleetConfig::standard(2000);
    m_fx.service()->service->setOptions(options);
}

void TestNowPage::showsTheRunningSessionsAsAPage() {
    const auto window = m_fx.makeWindow();
    DashboardPages *pages = window->pages();
    auto *page = window->findChild<NowPage *>(QStringLiteral("nowPage"));
    auto *action = window->findChild<QAction *>(QStringLiteral("nowPageAction"));
    QVERIFY(page && action);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Fleet);

    action->trigger();
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Now);
    QCOMPARE(pages->currentPageWidget(), page);
    QCOMPARE(pages->breadcrumbs()->crumbs(),
             (QStringList{QStringLiteral("Fleet"), QStringLiteral("Now")}));
    QCOMPARE(pages->path(), DrillPath::fleet()); // links and saved views keep the history
    QCOMPARE(pages->currentCharts(), nullptr);

    // The first answer of the window's monitor fills the table and the tiles.
    QTableView *table = page->panel()->table();
    QTRY_VERIFY_WITH_TIMEOUT(page->history().samples().size() >= 1, 20000);
    const LiveCounts counts = page->history().samples().constLast();
    QVERIFY(counts.running > 0);
    QVERIFY(page->panel()->model()->rowCount() >= counts.running); // and the ended, once
    QCOMPARE(page->runningTile()->valueText(),
             KpiTile::formatValue(counts.running, KpiTile::Format::Count));

    // A double-click opens the session live, under its vehicle.
    const QModelIndex first = table->model()->index(0, 0);
    const QPoint at = table->visualRect(first).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Session);
    QVERIFY(pages->sessionView()->isLive());
    QVERIFY2(pages->breadcrumbs()->crumbs().constLast().contains(QStringLiteral("(live)")),
             qPrintable(pages->breadcrumbs()->crumbs().join(u'|')));

    // Back to the page, then the fleet's crumb goes home.
    action->trigger();
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Now);
    QVERIFY(!pages->sessionView()->isLive()); // leaving the session stopped its tail
    pages->goToCrumb(0);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Fleet);
}

void TestNowPage::statusCountOpensThePage() {
    const auto window = m_fx.makeWindow();
    auto *count = window->findChild<QLabel *>(QStringLiteral("liveCount"));
    QVERIFY(count);
    QTRY_VERIFY_WITH_TIMEOUT(!count->text().isEmpty(), 20000);
    QTest::mouseClick(count, Qt::LeftButton);
    QCOMPARE(window->pages()->currentPage(), DashboardPages::Page::Now);
}

QTEST_MAIN(TestNowPage)
#include "tst_nowpage.moc"
