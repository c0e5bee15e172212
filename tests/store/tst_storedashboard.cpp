// The dashboard with the shared history store: the status bar shows the store's freshness (the
// collector's last complete cycle, as the store records it), and a store that cannot be
// reached leaves a banner saying so while the dashboard shows the service's data.

#include "apicontext.h"
#include "apistack.h"
#include "appsettings.h"
#include "asyncstatscache.h"
#include "cache/cachedialog.h"
#include "cache/sharedstorebox.h"
#include "dashboardfixture.h"
#include "fleetcontroller.h"
#include "mainwindow.h"
#include "pgserver.h"
#include "pgstore.h"
#include "widgets/errorbanner.h"
#include "windowstatus.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;
using trro::test::DashboardService;
using trro::test::PgServer;

class TestStoreDashboard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void freshnessText();
    void showsTheCollectorsLastCycle();
    void unreachableStoreShowsABannerAndTheServicesData();
    void cacheDialogSetsTheStore();

private:
    std::unique_ptr<MainWindow> openWindow(const PgLocation &store);

    PgServer m_server;
    QTemporaryDir m_dir;
    DashboardService m_service;
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<AppSettings> m_settings;
    int m_round = 0;
};

void TestStoreDashboard::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_service.listening);
    TRRO_START_PGSERVER(m_server);
}

std::unique_ptr<MainWindow> TestStoreDashboard::openWindow(const PgLocation &store) {
    ++m_round;
    ApiStackOptions options;
    options.cachePath = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_round));
    options.sharedStore = store;
    m_context.reset(); // the previous window is gone: its stack goes too
    m_context = std::make_unique<ApiContext>(options);
    m_context->configure(Endpoint::parse(m_service.service->url().toString()),
                         sim::LocalService::demoCredentials(), QStringLiteral("Test"));
    m_settings = std::make_unique<AppSettings>(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_round)));
    auto window = std::make_unique<MainWindow>(m_context.get(), m_settings.get());
    StartOptions start;
    start.projectId = m_service.projectId();
    start.interval = Interval::Day;
    start.range = TimeWindow{m_service.rangeStart(), m_service.rangeEnd()};
    window->applyStartOptions(start);
    window->resize(1200, 800);
    window->show();
    window->start();
    return window;
}

void TestStoreDashboard::freshnessText() {
    QCOMPARE(WindowStatus::storeFreshnessText({}, false),
             QStringLiteral("Shared store unreachable: statistics from the service"));
    QCOMPARE(WindowStatus::storeFreshnessText({}, true),
             QStringLiteral("Shared store: no complete collection yet"));
    const qint64 at = 1796076000;
    const QString when =
        QLocale().toString(QDateTime::fromSecsSinceEpoch(at).toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(WindowStatus::storeFreshnessText({at, at, QStringLiteral("cycle 1 complete")}, true),
             QStringLiteral("Shared store: collected %1").arg(when));
}

void TestStoreDashboard::showsTheCollectorsLastCycle() {
    const QString url = m_server.createDatabase(QStringLiteral("dashboard"));
    QVERIFY2(!url.isEmpty(), qPrintable(m_server.error()));
    const PgLocation location = m_server.location(QStringLiteral("dashboard"));
    const qint64 lastCycle = m_service.now() - 120;
    {
        PgStore store(location);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        const StoreScope scope{Endpoint::parse(m_service.service->url().toString()).toString(),
                               sim::LocalService::demoCredentials().secretId};
        QVERIFY(store.recordCycle(scope, lastCycle, true, QStringLiteral("cycle 1 complete")));
    }
    auto window = openWindow(location);
    auto *label = window->findChild<QLabel *>(QStringLiteral("storeFreshness"));
    QVERIFY(label);
    const QString expected = WindowStatus::storeFreshnessText({lastCycle, lastCycle, {}}, true);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), expected, 20000);
    QVERIFY(label->isVisible());
    QSignalSpy data(window->fleet(), &FleetController::dataChanged);
    QVERIFY(window->fleet()->data().isLoaded() || data.wait(20000));
    QVERIFY(!window->errorBanner()->isVisible() ||
            !window->errorBanner()->text().contains(QLatin1String("shared history store")));
}

void TestStoreDashboard::unreachableStoreShowsABannerAndTheServicesData() {
    auto window = openWindow(m_server.location(QStringLiteral("no_such_store")));
    QSignalSpy data(window->fleet(), &FleetController::dataChanged);
    QVERIFY(window->fleet()->data().isLoaded() || data.wait(20000));
    QVERIFY(!window->fleet()->data().offline);
    ErrorBanner *banner = window->errorBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY2(banner->text().contains(QLatin1String("shared history store")),
             qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("unreachable")), qPrintable(banner->text()));
    auto *label = window->findChild<QLabel *>(QStringLiteral("storeFreshness"));
    QVERIFY(label);
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), WindowStatus::storeFreshnessText({}, false), 20000);
}

void TestStoreDashboard::cacheDialogSetsTheStore() {
    ApiStackOptions options;
    options.cachePath = m_dir.filePath(QStringLiteral("cache-dialog.sqlite"));
    ApiContext context(options);
    AppSettings settings(m_dir.filePath(QStringLiteral("settings-dialog.ini")));
    AsyncStatsCache *cache = context.stack()->cache();
    QVERIFY(!cache->hasSharedStore());
    CacheDialog dialog(cache, nullptr, &settings);
    SharedStoreBox *box = dialog.sharedStoreBox();
    QVERIFY(box);
    QCOMPARE(box->urlEdit()->text(), QString());

    // A password in the URL is refused: neither saved nor used.
    box->urlEdit()->setText(QStringLiteral("postgresql://trro:secret@db.example.com/trro"));
    box->applyButton()->setEnabled(true);
    box->applyButton()->click();
    QVERIFY(!box->problem().isEmpty());
    QVERIFY(!box->problem().contains(QLatin1String("secret")));
    QCOMPARE(settings.value(AppSettings::SharedStore), QString());
    QVERIFY(!cache->hasSharedStore());

    const QString url = m_server.url(QStringLiteral("dashboard"));
    box->urlEdit()->setText(url);
    QSignalSpy applied(box, &SharedStoreBox::applied);
    box->applyButton()->setEnabled(true);
    box->applyButton()->click();
    QCOMPARE(applied.size(), 1);
    QVERIFY(box->problem().isEmpty());
    QCOMPARE(settings.value(AppSettings::SharedStore), url);
    QVERIFY(cache->hasSharedStore());

    // Empty: no store any more.
    box->urlEdit()->clear();
    box->applyButton()->setEnabled(true);
    box->applyButton()->click();
    QCOMPARE(settings.value(AppSettings::SharedStore), QString());
    QVERIFY(!cache->hasSharedStore());
}

QTEST_MAIN(TestStoreDashboard)
#include "tst_storedashboard.moc"
