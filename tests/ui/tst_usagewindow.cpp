// The Usage page in the window: View › Usage and licences (Ctrl+Shift+U) shows the project's
// minutes and licences under the fleet's crumb, or a device's under the device's crumb when a
// device is on screen; the page asks the service only while it is shown; a crumb goes back.

#include "fleet.h"
#include "fleet/dashboardpages.h"
#include "localservice.h"
#include "mainwindow.h"
#include "usage/licencespanel.h"
#include "usage/usagepage.h"
#include "usagedaysmodel.h"
#include "usageloader.h"
#include "widgets/breadcrumbbar.h"
#include "windowfixture.h"

#include <QAction>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace trro;

class TestUsageWindow final : public test::WindowTestCase {
    Q_OBJECT
private Q_SLOTS:
    void actionShowsTheProjectsUsage();
    void actionOnADeviceShowsItsUsage();
    void startPageOpensIt();
};

namespace {

// Loaded, and nothing more on its way.
bool loaded(const UsagePage *page) {
    return page->loader()->hasLoaded() && !page->loader()->isLoading();
}

} // namespace

void TestUsageWindow::actionShowsTheProjectsUsage() {
    const auto window = m_fx.makeWindow();
    DashboardPages *pages = window->pages();
    QAction *action = window->usageAction();
    QVERIFY(action && window->usagePage());
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+U"_s));
    QVERIFY(window->findChildren<QAction *>().contains(action));
    QTRY_VERIFY_WITH_TIMEOUT(!window->projects().isEmpty(), 30000);
    QCOMPARE(m_fx.service()->requests(u"GetDurationDetails"_s), 0); // not asked while hidden

    action->trigger();
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Usage);
    QCOMPARE(pages->currentPageWidget(), window->usagePage());
    QCOMPARE(pages->breadcrumbs()->crumbs(), (QStringList{u"Fleet"_s, u"Usage"_s}));
    QTRY_VERIFY_WITH_TIMEOUT(loaded(window->usagePage()), 30000);
    const UsageLoader *loader = window->usagePage()->loader();
    QCOMPARE(loader->query().projectId, m_fx.service()->projectId());
    QVERIFY(loader->query().deviceId.isEmpty());
    QVERIFY(loader->lastError().kind == ApiError::Kind::None);
    QVERIFY(window->usagePage()->daysModel()->rowCount() > 1); // the days and the totals row
    QVERIFY(window->usagePage()->licences()->table()->model()->rowCount() > 0);
    QVERIFY(m_fx.service()->requests(u"GetDurationDetails"_s) > 0);

    // Triggered again on the page: it stays; the fleet's crumb goes back.
    action->trigger();
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Usage);
    pages->goToCrumb(0);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Fleet);
}

void TestUsageWindow::actionOnADeviceShowsItsUsage() {
    const auto window = m_fx.makeWindow();
    DashboardPages *pages = window->pages();
    QTRY_VERIFY_WITH_TIMEOUT(!window->projects().isEmpty(), 30000);
    const QList<Device> devices = m_fx.service()->service->fleet().devices(
        m_fx.service()->projectIndex(), m_fx.service()->now());
    QVERIFY(!devices.isEmpty());
    const QString device = devices.constFirst().deviceId;
    pages->openDevice(device);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Device);
    const QStringList deviceCrumbs = pages->breadcrumbs()->crumbs();

    window->usageAction()->trigger();
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Usage);
    QCOMPARE(pages->breadcrumbs()->crumbs(), deviceCrumbs + QStringList{u"Usage"_s});
    QTRY_VERIFY_WITH_TIMEOUT(loaded(window->usagePage()), 30000);
    QCOMPARE(window->usagePage()->loader()->query().deviceId, device);
    QVERIFY(window->usagePage()->title().contains(device));

    // The device's crumb goes back to its view.
    pages->goToCrumb(int(deviceCrumbs.size()) - 1);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Device);
}

void TestUsageWindow::startPageOpensIt() {
    QVERIFY(!MainWindow::startPages().isEmpty());
    QVERIFY(MainWindow::startPages().contains(u"usage"_s));
    auto window = std::make_unique<MainWindow>(m_fx.context(), m_fx.settings());
    QVERIFY(!window->setStartPage(u"invoices"_s));
    QVERIFY(window->setStartPage(u"usage"_s));
    window->applyStartOptions(m_fx.defaultStart());
    window->resize(1200, 800);
    window->show();
    window->start();
    QTRY_COMPARE_WITH_TIMEOUT(window->pages()->currentPage(), DashboardPages::Page::Usage, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(window->usagePage()), 30000);
    QCOMPARE(window->usagePage()->loader()->query().projectId, m_fx.service()->projectId());
}

QTEST_MAIN(TestUsageWindow)
#include "tst_usagewindow.moc"
