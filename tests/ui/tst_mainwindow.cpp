#include "alertmodels.h"
#include "alerts/alertspanel.h"
#include "apicontext.h"
#include "apistack.h"
#include "appsettings.h"
#include "apptheme.h"
#include "breakdownmodel.h"
#include "cache/cachedialog.h"
#include "cachedstats.h"
#include "charts/linkedchartsview.h"
#include "charts/previousperiodoverlay.h"
#include "charts/sessionchartsview.h"
#include "charts/timerangecontroller.h"
#include "devicelistmodel.h"
#include "diagnosissettings.h"
#include "fleet/dashboardpages.h"
#include "fleet/exportcontroller.h"
#include "fleet/fleetview.h"
#include "fleet/kpipanel.h"
#include "fleetcontroller.h"
#include "localization.h"
#include "mainwindow.h"
#include "panels/devicepanel.h"
#include "panels/deviceview.h"
#include "panels/intervalbreakdownpanel.h"
#include "panels/sessionview.h"
#include "requestscheduler.h"
#include "sessionlistmodel.h"
#include "toolbar/dashboardtoolbar.h"
#include "trroapi.h"
#include "viewtools.h"
#include "widgets/breadcrumbbar.h"
#include "widgets/errorbanner.h"
#include "widgets/kpitile.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMessageBox>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace trro;

namespace {

// Waits until no request is queued or in flight and the status bar says so (requests that
// follow a refresh, like the device panel's session list, start a little later), then lets
// layouts, posted updates and deferred deletions run, so a grab shows the final frame (charts
// draw without animation).
bool settleLayout(QWidget *window, const ApiStack *stack) {
    const auto *main = qobject_cast<QMainWindow *>(window);
    const QProgressBar *busy = main ? main->statusBar()->findChild<QProgressBar *>() : nullptr;
    const bool idle = QTest::qWaitFor(
        [stack, busy] { return stack->isIdle() && (!busy || busy->isHidden()); }, 60000);
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    window->repaint();
    return idle;
}

QStringList csvCells(const QString &line) {
    // The dashboard's CSV quotes only text cells that need it; the cells checked here are
    // plain (times, numbers, ids).
    return line.split(u',');
}

} // namespace

class TestMainWindow final : public test::WindowTestCase {
    Q_OBJECT
public:
    TestMainWindow()
        : WindowTestCase(QSize(1400, 900)) {}

private Q_SLOTS:
    void loadsDemoProjectAndShowsTotals();
    void authErrorShowsBannerAndKeepsData();
    void stoppedServiceShowsBannerAndKeepsData();
    void offlineStartShowsCachedData();
    void cacheDialogLimitsAndClears();
    void f5Refreshes();
    void keyboardShortcuts();
    void settingsPersistAndRestore();
    void csvExportOfWhatIsShown();
    void drillDownAndBack();
    void diagnosisThresholdsFromSettings();
    void imageExports_data();
    void imageExports();
    void modelsPassTheTester();
    void screenshots();

private:
    bool waitForData(MainWindow *window);
    DeviceSession badSession() const;
};

bool TestMainWindow::waitForData(MainWindow *window) {
    if (window->fleet()->data().isLoaded() && !window->fleet()->isLoading())
        return true;
    QSignalSpy data(window->fleet(), &FleetController::dataChanged);
    return data.wait(20000);
}

void TestMainWindow::loadsDemoProjectAndShowsTotals() {
    auto window = m_fx.makeWindow();
    QVERIFY(waitForData(window.get()));
    QCOMPARE(window->dashboardToolbar()->currentProjectId(), m_fx.service()->projectId());
    QVERIFY(window->windowTitle().contains(window->dashboardToolbar()->currentProjectName()));

    // The tiles show what DescribeSessionStatistics answers for the same range.
    QObject context;
    std::optional<Result<SessionTotals>> answer;
    StatsQuery query;
    query.projectId = m_fx.service()->projectId();
    query.startTime = m_fx.service()->rangeStart();
    query.endTime = m_fx.service()->rangeEnd();
    m_fx.context()->api()->sessionTotals(query, &context,
                                         [&answer](const Result<SessionTotals> &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
    QVERIFY(answer->ok());
    const SessionTotals &totals = answer->value();
    QVERIFY(totals.sessionNum > 0);
    KpiPanel *kpis = window->pages()->fleetView()->kpis();
    const QLocale locale;
    QCOMPARE(kpis->tile(KpiPanel::Sessions)->valueText(), locale.toString(totals.sessionNum));
    QCOMPARE(kpis->tile(KpiPanel::Minutes)->valueText(), locale.toString(totals.totalDuration));
    QCOMPARE(kpis->tile(KpiPanel::NotBadRatio)->valueText(),
             QStringLiteral("%1 %").arg(totals.notBadSessionRatio));
    QCOMPARE(kpis->tile(KpiPanel::Vehicles)->valueText(),
             locale.toString(totals.activeFieldDeviceNum));
    QCOMPARE(kpis->tile(KpiPanel::Cockpits)->valueText(),
             locale.toString(totals.activeRemoteDeviceNum));
    for (int i = 0; i < KpiPanel::KpiCount; ++i)
        QVERIFY(!kpis->tile(KpiPanel::Kpi(i))->deltaText().isEmpty());

    // The charts show the fleet series over the requested range.
    const ChartData &chart = window->pages()->fleetView()->charts()->data();
    QCOMPARE(chart.series.size(), 1);
    QVERIFY(chart.series.first().isFleet());
    QCOMPARE(chart.series.first().buckets, window->fleet()->data().fleet.buckets);
    QCOMPARE(chart.rangeStart, m_fx.service()->rangeStart());
    QCOMPARE(chart.rangeEnd, m_fx.service()->rangeEnd());
    QVERIFY(window->errorBanner()->isHidden());
}

void TestMainWindow::authErrorShowsBannerAndKeepsData() {
    auto window = m_fx.makeWindow();
    QVERIFY(waitForData(window.get()));
    const QList<IntervalBucket> before =
        window->pages()->fleetView()->charts()->data().series.first().buckets;
    const QString sessionsBefore =
        window->pages()->fleetView()->kpis()->tile(KpiPanel::Sessions)->valueText();

    m_fx.service()->revokeKey();
    QSignalSpy errors(window->fleet(), &FleetController::errorOccurred);
    window->refresh();
    QVERIFY(errors.wait(15000));
    ErrorBanner *banner = window->errorBanner();
    QTRY_VERIFY(banner->isVisible());
    const ApiError error = banner->error();
    QVERIFY2(error.code.startsWith(QStringLiteral("AuthFailure")), qPrintable(error.code));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(banner->text().contains(error.code));
    QVERIFY(banner->text().contains(error.requestId));

    // The last good data stays, marked stale.
    QTRY_VERIFY_WITH_TIMEOUT(!window->fleet()->isLoading(), 15000);
    LinkedChartsView *charts = window->pages()->fleetView()->charts();
    QVERIFY(charts->isStale());
    QCOMPARE(charts->data().series.first().buckets, before);
    KpiTile *sessions = window->pages()->fleetView()->kpis()->tile(KpiPanel::Sessions);
    QVERIFY(sessions->isStale());
    QCOMPARE(sessions->valueText(), sessionsBefore);

    // A good answer later clears the banner and the stale marks.
    m_fx.service()->restoreKey();
    QSignalSpy data(window->fleet(), &FleetController::dataChanged);
    window->refresh();
    QVERIFY(data.wait(15000));
    QVERIFY(banner->isHidden());
    QVERIFY(!charts->isStale());
}

void TestMainWindow::stoppedServiceShowsBannerAndKeepsData() {
    auto window = m_fx.makeWindow();
    QVERIFY(waitForData(window.get()));
    const QList<IntervalBucket> before = window->fleet()->data().fleet.buckets;
    // No retries to wait for: the test is about what the window shows.
    RequestScheduler::Options options = m_fx.context()->scheduler()->options();
    options.maxRetries = 0;
    m_fx.context()->scheduler()->setOptions(options);

    m_fx.service()->service->close();
    QSignalSpy errors(window->fleet(), &FleetController::errorOccurred);
    window->refresh();
    QVERIFY(errors.wait(20000));
    QTRY_VERIFY(window->errorBanner()->isVisible());
    QVERIFY(!window->errorBanner()->error().code.isEmpty());
    QVERIFY(window->errorBanner()->text().contains(window->errorBanner()->error().code));
    QTRY_VERIFY(window->errorBanner()->text().contains(QStringLiteral("stale")));
    QTRY_VERIFY_WITH_TIMEOUT(!window->fleet()->isLoading(), 20000);
    QCOMPARE(window->pages()->fleetView()->charts()->data().series.first().buckets, before);
    QVERIFY(window->pages()->fleetView()->charts()->isStale());
}

void TestMainWindow::offlineStartShowsCachedData() {
    // A first run fills the cache and saves the project.
    QList<IntervalBucket> cached;
    {
        auto window = m_fx.makeWindow();
        QVERIFY(waitForData(window.get()));
        cached = window->fleet()->data().fleet.buckets;
        QVERIFY(!cached.isEmpty());
        window->close();
    }
    // The next start finds the service gone: no project list, no totals.
    const QString url = m_fx.service()->service->url().toString();
    m_fx.service()->service->close();
    m_fx.reconnect(url);
    RequestScheduler::Options options = m_fx.context()->scheduler()->options();
    options.maxRetries = 0;
    m_fx.context()->scheduler()->setOptions(options);
    StartOptions start = m_fx.defaultStart();
    start.projectId.clear(); // the saved one
    auto window = m_fx.makeWindow(start);
    const bool loaded = waitForData(window.get());

    QVERIFY2(loaded, qPrintable(QStringLiteral("project '%1', banner: %2, loading %3")
                                    .arg(window->dashboardToolbar()->currentProjectId(),
                                         window->errorBanner()->text())
                                    .arg(window->fleet()->isLoading())));

    // The cached series is on screen, stale, with the saved project and the reason.
    const FleetData &data = window->fleet()->data();
    QVERIFY(data.offline);
    QVERIFY(!data.hasTotals);
    QCOMPARE(data.fleet.buckets, cached);
    QCOMPARE(window->dashboardToolbar()->currentProjectId(), m_fx.service()->projectId());
    LinkedChartsView *charts = window->pages()->fleetView()->charts();
    QCOMPARE(charts->data().series.first().buckets, cached);
    QVERIFY(charts->isStale());
    QTRY_VERIFY(window->errorBanner()->isVisible());
    QVERIFY2(window->errorBanner()->text().contains(QStringLiteral("old")),
             qPrintable(window->errorBanner()->text()));

    // Sums come from the series; device counts are not known without the service.
    qint64 sessions = 0;
    for (const IntervalBucket &b : cached)
        sessions += b.sessionNum;
    KpiPanel *kpis = window->pages()->fleetView()->kpis();
    QCOMPARE(kpis->tile(KpiPanel::Sessions)->valueText(), QLocale().toString(sessions));
    QCOMPARE(kpis->tile(KpiPanel::Vehicles)->valueText(), QStringLiteral("—"));
}

void TestMainWindow::cacheDialogLimitsAndClears() {
    auto window = m_fx.makeWindow();
    QVERIFY(waitForData(window.get()));
    AsyncStatsCache *cache = m_fx.context()->statistics()->cache();
    const auto maxBytes = [cache] {
        return cache->wait<qint64>([](StatsCache &c) { return c.maxBytes(); });
    };
    const auto series = [cache] {
        return cache->wait<qint64>([](StatsCache &c) { return c.info().series; });
    };
    const qint64 limitBefore = maxBytes();

    auto *action = window->findChild<QAction *>(QStringLiteral("actionStatisticsCache"));
    QVERIFY(action);
    action->trigger();
    CacheDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<CacheDialog *>()) != nullptr);
    // The figures come from the cache's thread; the dialog opens without waiting for them.
    QSignalSpy refreshed(dialog, &CacheDialog::refreshed);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(dialog->summary().contains(cache->path()));
    QVERIFY(dialog->clearButton()->isEnabled());

    dialog->limitBox()->setValue(3);
    QVERIFY(dialog->applyButton()->isEnabled());
    dialog->applyButton()->click();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(maxBytes(), 3 * 1024 * 1024);
    QCOMPARE(dialog->limitBox()->value(), 3);
    QVERIFY(!dialog->applyButton()->isEnabled());

    // "Clear cache…" asks first, in a box that does not block; nothing is cleared before
    // the answer.
    QSignalSpy cleared(dialog, &CacheDialog::cleared);
    dialog->clearButton()->click();
    auto *question = dialog->findChild<QMessageBox *>(QStringLiteral("clearCacheQuestion"));
    QVERIFY(question);
    QVERIFY(question->isVisible());
    QCOMPARE(cleared.size(), 0);
    QVERIFY(series() > 0);
    question->button(QMessageBox::Yes)->click();
    QVERIFY(cleared.wait(10000));
    QCOMPARE(series(), 0);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!dialog->clearButton()->isEnabled());
    QVERIFY(cache->wait<bool>([limitBefore](StatsCache &c) {
        return c.saveMaxBytes(limitBefore == StatsCache::DefaultMaxBytes ? 0 : limitBefore);
    }));
    dialog->close();
}

void TestMainWindow::f5Refreshes() {
    auto window = m_fx.makeWindow();
    QVERIFY(waitForData(window.get()));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QDateTime before = window->fleet()->data().fetchedAt;
    m_fx.service()->service->clearRequestLog();
    QSignalSpy refresh(window.get(), &MainWindow::refreshStarted);
    QSignalSpy data(window->fleet(), &FleetController::dataChanged);
    QTest::qWait(20); // a later fetch time than the first load
    QTest::keyClick(window.get(), Qt::Key_F5);
    QCOMPARE(refresh.count(), 1);
    QVERIFY(window->fleet()->isLoading());
    QVERIFY(data.wait(15000));
    QVERIFY(window->fleet()->data().fetchedAt > before);
    // The totals are asked for again; the series of a closed range is final and comes from
    // the statistics cache.
    bool sawSeries = false;
    bool sawTotals = false;
    const auto log = m_fx.service()->service->requestLog();
    for (const auto &record : log) {
        sawSeries =
            sawSeries || record.action == QStringLiteral("DescribeSessionStatisticsByInterval");
        sawTotals = sawTotals || record.action == QStringLiteral("DescribeSessionStatistics");
    }
    QVERIFY(sawTotals);
    QVERIFY(!sawSeries);
}

void TestMainWindow::keyboardShortcuts() {
    auto window = m_fx.makeWindow();
    QVERIFY(waitForData(window.get()));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->activateWindow();
    TimeRangeController *range = window->pages()->fleetView()->charts()->timeRange();
    const qint64 fullFrom = range->fullFrom();
    const qint64 fullTo = range->fullTo();
    range->setVisibleRange(fullFrom + 86400, fullFrom + 3 * 86400);
    QVERIFY(range->isZoomed());
    window->pages()->fleetView()->charts()->setFocus();

    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier); // undo the zoom
    QCOMPARE(range->visibleFrom(), fullFrom);
    QCOMPARE(range->visibleTo(), fullTo);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    QCOMPARE(range->visibleFrom(), fullFrom + 86400);
    QTest::keyClick(window.get(), Qt::Key_0, Qt::ControlModifier); // reset
    QVERIFY(!range->isZoomed());

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier); // find device
    QVERIFY(window->devicePanel()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(window->deviceDock()->isVisible());
}

void TestMainWindow::settingsPersistAndRestore() {
    const QList<Device> devices = m_fx.service()->service->fleet().devices(
        m_fx.service()->projectIndex(), m_fx.service()->now());
    QVERIFY(devices.size() >= 3);
    const QStringList chosen{devices.at(1).deviceId, devices.at(2).deviceId};
    ViewSelection saved;
    {
        auto window = m_fx.makeWindow();
        QVERIFY(waitForData(window.get()));
        ViewSelection selection = window->viewState()->value();
        selection.interval = Interval::Hour;
        selection.zone = ZoneChoice::Utc8;
        selection.autoRefreshSeconds = 300;
        window->viewState()->set(selection);
        QCOMPARE(window->dashboardToolbar()->selection().interval, Interval::Hour);
        QSignalSpy loaded(window->devicePanel(), &DevicePanel::devicesLoaded);
        if (window->devicePanel()->devices().isEmpty())
            QVERIFY(loaded.wait(15000));
        window->devicePanel()->setSelectedDeviceIds(chosen);
        QTRY_COMPARE(window->fleet()->selectedDevices(), chosen);
        window->resize(1234, 777);
        saved = window->viewState()->value();
        window->close();
    }
    QCOMPARE(m_fx.settings()->value(AppSettings::SelectedDevices), chosen);

    auto window = m_fx.makeWindow({}); // no command line: everything comes from the settings
    QVERIFY(waitForData(window.get()));
    QCOMPARE(window->size(), QSize(1234, 777));
    const ViewSelection restored = window->dashboardToolbar()->selection();
    QCOMPARE(restored.projectId, saved.projectId);
    QCOMPARE(restored.interval, Interval::Hour);
    QCOMPARE(restored.preset, RangePreset::Custom);
    QCOMPARE(restored.custom, saved.custom);
    QCOMPARE(restored.zone, ZoneChoice::Utc8);
    QCOMPARE(restored.autoRefreshSeconds, 300);
    QCOMPARE(window->fleet()->selectedDevices(), chosen);
    QCOMPARE(window->fleet()->request().interval, Interval::Hour);
    QTRY_COMPARE_WITH_TIMEOUT(window->devicePanel()->selectedDeviceIds(), chosen, 15000);
}

void TestMainWindow::csvExportOfWhatIsShown() {
    StartOptions start = m_fx.defaultStart();
    const QList<Device> devices = m_fx.service()->service->fleet().devices(
        m_fx.service()->projectIndex(), m_fx.service()->now());
    const QString device = devices.at(0).deviceId;
    start.deviceIds = QStringList{device};
    auto window = m_fx.makeWindow(start);
    ViewSelection selection = window->viewState()->value();
    selection.zone = ZoneChoice::Utc8;
    window->viewState()->set(selection);
    QVERIFY(waitForData(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(window->fleet()->deviceSeries(device) != nullptr, 15000);
    QTRY_COMPARE(window->pages()->fleetView()->charts()->data().series.size(), 2);

    // Zoom to the middle three days: only what is visible goes out.
    LinkedChartsView *charts = window->pages()->fleetView()->charts();
    const qint64 from = m_fx.service()->rangeStart() + 2 * 86400;
    const qint64 to = from + 3 * 86400;
    charts->timeRange()->setVisibleRange(from, to);
    QCOMPARE(charts->timeRange()->visibleFrom(), from);

    const QString path = m_fx.filePath(QStringLiteral("shown.csv"));
    QString error;
    QVERIFY2(window->exporter()->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll().mid(3)).split(u'\n', Qt::SkipEmptyParts);

    int expected = 0;
    for (const ChartSeries &series : charts->data().series) {
        for (const IntervalBucket &b : series.buckets)
            expected += ChartCsvExport::touches(b, from, to) ? 1 : 0;
    }
    QVERIFY(expected > 0);
    QCOMPARE(lines.size() - 1, expected);
    bool sawDevice = false;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList cells = csvCells(lines.at(i));
        const QString startText = cells.at(ChartCsvExport::StartColumn);
        QVERIFY2(startText.endsWith(QStringLiteral("+08:00")), qPrintable(startText));
        const qint64 startUnix = cells.at(ChartCsvExport::StartUnixColumn).toLongLong();
        QCOMPARE(QDateTime::fromString(startText, Qt::ISODate).toSecsSinceEpoch(), startUnix);
        QCOMPARE(QDateTime::fromString(cells.at(ChartCsvExport::EndColumn), Qt::ISODate)
                     .toSecsSinceEpoch(),
                 cells.at(ChartCsvExport::EndUnixColumn).toLongLong());
        QVERIFY(startUnix < to);
        sawDevice = sawDevice || cells.at(ChartCsvExport::DeviceIdColumn) == device;
    }
    QVERIFY(sawDevice);
}

void TestMainWindow::drillDownAndBack() {
    auto window = m_fx.makeWindow();
    QVERIFY(waitForData(window.get()));
    QSignalSpy loaded(window->devicePanel(), &DevicePanel::devicesLoaded);
    if (window->devicePanel()->devices().isEmpty())
        QVERIFY(loaded.wait(15000));
    DashboardPages *pages = window->pages();
    const IntervalBucket bucket = window->fleet()->data().fleet.buckets.first();

    QSignalSpy finished(pages->breakdownPanel(), &IntervalBreakdownPanel::finished);
    Q_EMIT pages->fleetView()->charts()->intervalActivated(bucket.startTime, bucket.endTime);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Interval);
    QCOMPARE(pages->breadcrumbs()->crumbs().size(), 2);
    QVERIFY(finished.wait(30000));
    QCOMPARE(pages->breakdownPanel()->startTime(), bucket.startTime);
    QCOMPARE(pages->breakdownPanel()->model()->rowCount(),
             int(window->devicePanel()->devices().size()));

    const QString device = window->devicePanel()->devices().first().deviceId;
    Q_EMIT pages->breakdownPanel()->deviceOpened(device);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Device);
    QCOMPARE(pages->breadcrumbs()->crumbs().size(), 3);
    QVERIFY(pages->currentCharts() != pages->fleetView()->charts());

    pages->goToCrumb(1);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Interval);
    Q_EMIT pages->breadcrumbs()->crumbActivated(0);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Fleet);
    QCOMPARE(pages->breadcrumbs()->crumbs().size(), 1);
    QCOMPARE(window->currentCharts(), pages->fleetView()->charts());
}

// A bad session of the test range (the longest of the first vehicle that has one).
DeviceSession TestMainWindow::badSession() const {
    sim::Fleet &fleet = m_fx.service()->service->fleet();
    DeviceSession found;
    for (const Device &device :
         fleet.devices(m_fx.service()->projectIndex(), m_fx.service()->now())) {
        if (device.deviceType != DeviceType::Field)
            continue;
        const auto page = fleet.sessions(m_fx.service()->projectIndex(),
                                         m_fx.service()->deviceIndex(device.deviceId),
                                         m_fx.service()->rangeStart(), m_fx.service()->rangeEnd(),
                                         m_fx.service()->now(), 0, 1000);
        for (const DeviceSession &session : page.sessions) {
            if (session.quality == QStringLiteral("bad") &&
                session.endTime - session.startTime > found.endTime - found.startTime)
                found = session;
        }
        if (!found.sessionId.isEmpty())
            return found;
    }
    return found;
}

void TestMainWindow::diagnosisThresholdsFromSettings() {
    // Thresholds other than the defaults in the settings file reach the session view: its
    // threshold lines and the diagnosis its findings come from.
    const DiagnosisThresholds custom{.networkLatencyMs = 420,
                                     .lossPercent = 3.5,
                                     .minFps = 25,
                                     .frameGapMs = 220,
                                     .cpuPercent = 75};
    saveDiagnosisThresholds(*m_fx.settings(), custom);
    const DeviceSession session = badSession();
    QVERIFY(!session.sessionId.isEmpty());

    auto window = m_fx.makeWindow();
    QVERIFY(waitForData(window.get()));
    DashboardPages *pages = window->pages();
    pages->openDevice(session.fieldDeviceId);
    QTRY_VERIFY_WITH_TIMEOUT(!pages->deviceView()->isLoading(), 30000);
    pages->openSession(session.sessionId);
    QCOMPARE(pages->currentPage(), DashboardPages::Page::Session);
    SessionView *view = pages->sessionView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading(), 30000);
    QCOMPARE(view->sides().size(), 2);

    using Lane = SessionChartsView::Lane;
    const QList<QPair<Lane, double>> lines{{Lane::Latency, custom.networkLatencyMs},
                                           {Lane::FrameRate, custom.minFps},
                                           {Lane::FrameGaps, custom.frameGapMs},
                                           {Lane::Loss, custom.lossPercent},
                                           {Lane::System, custom.cpuPercent}};
    SessionChartsView *charts = view->charts();
    int checked = 0;
    for (int i = 0; i < charts->chartCount(); ++i) {
        for (const auto &[lane, threshold] : lines) {
            if (charts->chartLane(i) != lane)
                continue;
            QCOMPARE(charts->probe(i).threshold, threshold);
            ++checked;
        }
    }
    QCOMPARE(checked, int(lines.size()));

    const QHash<QString, double> used{{QStringLiteral("NetworkLatency"), custom.networkLatencyMs},
                                      {QStringLiteral("Lost"), custom.lossPercent},
                                      {QStringLiteral("Fps"), custom.minFps},
                                      {QStringLiteral("MaxFrameDelta"), custom.frameGapMs},
                                      {QStringLiteral("CpuUsed"), custom.cpuPercent}};
    QSet<QString> seen;
    for (const MetricSummary &summary : view->diagnosis().summaries) {
        if (!used.contains(summary.metric))
            continue;
        QCOMPARE(summary.threshold, used.value(summary.metric));
        seen.insert(summary.metric);
    }
    QCOMPARE(seen.size(), used.size());
    QStringList shown, expected;
    for (const DiagnosisFinding &finding : view->diagnosis().findings)
        shown << finding.text;
    for (const DiagnosisFinding &finding : diagnoseSession(view->sides(), custom).findings)
        expected << finding.text;
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown, expected);
}

void TestMainWindow::imageExports_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("chart");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("dashboard png")
        << int(ImageFormat::Png) << ExportController::Dashboard << QStringLiteral("png");
    QTest::newRow("chart png") << int(ImageFormat::Png) << 0 << QStringLiteral("png");
    QTest::newRow("dashboard svg")
        << int(ImageFormat::Svg) << ExportController::Dashboard << QStringLiteral("svg");
    QTest::newRow("chart pdf") << int(ImageFormat::Pdf) << 2 << QStringLiteral("pdf");
}

void TestMainWindow::imageExports() {
    QFETCH(int, format);
    QFETCH(int, chart);
    QFETCH(QString, suffix);
    auto window = m_fx.makeWindow();
    QVERIFY(waitForData(window.get()));
    ImageExportOptions options;
    options.size = QSize(900, 600);
    options.scale = 2.0;
    const QString path =
        m_fx.filePath(QStringLiteral("export-%1-%2.%3").arg(format).arg(chart).arg(suffix));
    const ImageExportError error =
        window->exporter()->exportImage(ImageFormat(format), chart, path, options);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    switch (ImageFormat(format)) {
    case ImageFormat::Png: {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), QSize(1800, 1200)); // the chosen size times the scale
        break;
    }
    case ImageFormat::Svg:
        QVERIFY(bytes.contains("<svg"));
        break;
    case ImageFormat::Pdf:
        QVERIFY(bytes.startsWith("%PDF-"));
        break;
    }
}

void TestMainWindow::modelsPassTheTester() {
    auto window = std::make_unique<MainWindow>(m_fx.context(), m_fx.settings());
    QAbstractItemModelTester devices(window->devicePanel()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester breakdown(window->pages()->breakdownPanel()->model(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
    window->applyStartOptions(m_fx.defaultStart());
    window->show();
    window->start();
    QVERIFY(waitForData(window.get()));
    QSignalSpy loaded(window->devicePanel(), &DevicePanel::devicesLoaded);
    if (window->devicePanel()->devices().isEmpty())
        QVERIFY(loaded.wait(15000));
    const IntervalBucket bucket = window->fleet()->data().fleet.buckets.last();
    QSignalSpy finished(window->pages()->breakdownPanel(), &IntervalBreakdownPanel::finished);
    window->pages()->openInterval(bucket.startTime, bucket.endTime);
    QVERIFY(finished.wait(30000));
    window->pages()->showFleet();
}

// Not a check: regenerates the README's screenshots from the demo fleet when
// TRRO_SCREENSHOT_DIR is set (e.g. TRRO_SCREENSHOT_DIR=docs/screenshots).
void TestMainWindow::screenshots() {
    const QString directory = qEnvironmentVariable("TRRO_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set TRRO_SCREENSHOT_DIR to write the documentation screenshots");
    installTranslations(QStringLiteral("en")); // the English plural forms ("18 devices")
    sim::LocalService demo;
    sim::ServiceOptions options;
    options.keys = {sim::LocalService::demoCredentials()};
    demo.setOptions(options);
    QVERIFY(demo.listen());
    m_fx.context()->configure(Endpoint::parse(demo.url().toString()),
                              sim::LocalService::demoCredentials(), QStringLiteral("Demo"));
    // The vehicle with the worst quality over the last 30 days, beside the fleet.
    sim::Fleet &fleet = demo.fleet();
    const int project = fleet.catalog().projectIndex(sim::LocalService::demoProjectId());
    const qint64 now = demo.serviceTime();
    const QList<Device> devices = fleet.devices(project, now);
    QString worst;
    int worstRatio = 101;
    for (const Device &device : devices) {
        if (device.deviceType != DeviceType::Field)
            continue;
        const SessionTotals totals = fleet.totals(
            project, fleet.catalog().deviceIndex(device.deviceId), now - 30 * 86400, now, now);
        if (totals.sessionNum >= 30 && totals.notBadSessionRatio < worstRatio) {
            worstRatio = totals.notBadSessionRatio;
            worst = device.deviceId;
        }
    }
    QVERIFY(!worst.isEmpty());
    StartOptions start;
    start.projectId = sim::LocalService::demoProjectId();
    start.interval = Interval::Day;
    m_fx.settings()->setValue(AppSettings::RangePreset, QStringLiteral("last30d"));
    start.deviceIds = QStringList{worst};
    auto window = std::make_unique<MainWindow>(m_fx.context(), m_fx.settings());
    window->applyStartOptions(start);
    window->setProfiles({QStringLiteral("Demo")}, QStringLiteral("Demo"));
    window->resize(1600, 1000);
    window->show();
    window->start();
    QVERIFY(waitForData(window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(!window->fleet()->isLoading(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->devicePanel()->devices().isEmpty(), 30000);
    QVERIFY(settleLayout(window.get(), m_fx.context()->stack()));
    QVERIFY(window->grab().save(directory + QStringLiteral("/main-view.png")));
    AppTheme::apply(AppTheme::Choice::Dark);
    QVERIFY(settleLayout(window.get(), m_fx.context()->stack()));
    QVERIFY(window->grab().save(directory + QStringLiteral("/main-view-dark.png")));
    AppTheme::apply(AppTheme::Choice::System);
    QVERIFY(settleLayout(window.get(), m_fx.context()->stack()));

    // The previous 30 days as ghosts, the tooltip on the worst day of the range.
    PreviousPeriodOverlay *overlay = window->viewTools()->overlay();
    QSignalSpy ghosts(overlay, &PreviousPeriodOverlay::ghostsShown);
    overlay->toggleAction()->setChecked(true);
    QVERIFY(ghosts.wait(60000));
    QVERIFY(settleLayout(window.get(), m_fx.context()->stack()));
    const QList<IntervalBucket> &days = window->fleet()->data().fleet.buckets;
    const IntervalBucket worstDay = *std::min_element(
        days.cbegin(), days.cend(), [](const IntervalBucket &a, const IntervalBucket &b) {
            return a.notBadSessionRatio < b.notBadSessionRatio;
        });
    LinkedChartsView *fleetCharts = window->pages()->fleetView()->charts();
    {
        // The mouse over the second chart at that day: the crosshair and its tooltip.
        const TimeRangeController *range = fleetCharts->timeRange();
        const double fx =
            double((worstDay.startTime + worstDay.endTime) / 2 - range->visibleFrom()) /
            double(range->visibleTo() - range->visibleFrom());
        const QRectF plot = fleetCharts->plotArea(1);
        QWidget *chart = fleetCharts->chartWidget(1);
        auto *area = qobject_cast<QAbstractScrollArea *>(chart);
        QWidget *target = area ? area->viewport() : chart;
        const QPointF pos = target->mapFrom(
            fleetCharts, QPointF(plot.left() + fx * plot.width(), plot.center().y()).toPoint());
        QMouseEvent move(QEvent::MouseMove, pos, target->mapToGlobal(pos), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
    }
    QVERIFY(settleLayout(window.get(), m_fx.context()->stack()));
    QVERIFY(window->grab().save(directory + QStringLiteral("/previous-period.png")));
    overlay->toggleAction()->setChecked(false);
    fleetCharts->clearCrosshair();

    // The alerts after the refresh, their dock in front.
    window->viewTools()->alertsPanel()->parentWidget()->raise();
    QTRY_VERIFY_WITH_TIMEOUT(window->viewTools()->alertsPanel()->alertModel()->rowCount() > 0,
                             30000);
    QVERIFY(settleLayout(window.get(), m_fx.context()->stack()));
    QVERIFY(window->grab().save(directory + QStringLiteral("/alerts-panel.png")));
    window->deviceDock()->raise();

    // The busiest day of the range.
    QList<IntervalBucket> buckets = window->fleet()->data().fleet.buckets;
    QVERIFY(!buckets.isEmpty());
    const IntervalBucket busiest = *std::max_element(
        buckets.cbegin(), buckets.cend(), [](const IntervalBucket &a, const IntervalBucket &b) {
            return a.sessionNum < b.sessionNum;
        });
    QSignalSpy finished(window->pages()->breakdownPanel(), &IntervalBreakdownPanel::finished);
    window->pages()->openInterval(busiest.startTime, busiest.endTime);
    QVERIFY(finished.wait(120000));
    QVERIFY(settleLayout(window.get(), m_fx.context()->stack()));
    QVERIFY(window->grab().save(directory + QStringLiteral("/interval-breakdown.png")));

    window->pages()->openDevice(worst);
    QTRY_VERIFY_WITH_TIMEOUT(!window->pages()->deviceView()->isLoading(), 30000);
    QVERIFY(settleLayout(window.get(), m_fx.context()->stack()));
    QVERIFY(window->grab().save(directory + QStringLiteral("/device-view.png")));

    // That vehicle's longest bad session of the range, in English and in Chinese (a window of
    // its own: the strings are read when the widgets are built).
    DeviceSession bad;
    for (const DeviceSession &s : window->pages()->deviceView()->sessionModel()->sessions()) {
        if (s.quality == QStringLiteral("bad") &&
            s.endTime - s.startTime > bad.endTime - bad.startTime)
            bad = s;
    }
    QVERIFY(!bad.sessionId.isEmpty());
    window.reset();
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        installTranslations(language); // English too: its catalogue holds the plural forms
        window = std::make_unique<MainWindow>(m_fx.context(), m_fx.settings());
        window->applyStartOptions(start);
        window->setProfiles({QStringLiteral("Demo")}, QStringLiteral("Demo"));
        window->resize(1600, 1000);
        // The session's lanes get the whole width: no dock (devices, alerts) beside them.
        for (QDockWidget *dock : window->findChildren<QDockWidget *>())
            dock->hide();
        window->show();
        window->start();
        QVERIFY(waitForData(window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!window->devicePanel()->devices().isEmpty(), 30000); // names
        window->pages()->openDevice(worst);
        QTRY_VERIFY_WITH_TIMEOUT(!window->pages()->deviceView()->isLoading(), 30000);
        window->pages()->openSession(bad.sessionId);
        SessionView *view = window->pages()->sessionView();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && !view->sides().isEmpty(), 30000);
        QVERIFY(!view->diagnosis().findings.isEmpty());
        QVERIFY(settleLayout(window.get(), m_fx.context()->stack()));
        // The status bar shows the pending requests until its next update.
        auto *busy = window->statusBar()->findChild<QProgressBar *>();
        QTRY_VERIFY(!busy || busy->isHidden());
        const QString suffix = language == QStringLiteral("en") ? QString() : u'-' + language;
        QVERIFY(window->grab().save(directory + QStringLiteral("/session-view%1.png").arg(suffix)));
        window.reset();
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
