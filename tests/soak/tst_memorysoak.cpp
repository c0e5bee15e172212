// The dashboard left running with auto-refresh every 30 s for an hour does not grow in memory.
//
// The real MainWindow against the local TRRO service (in process, real HTTP on loopback), the
// last 7 days by hour with two vehicles overlaid on the fleet, auto-refresh "every 30 s", the
// running sessions in their dock. The hour is simulated: the window runs on a ManualClock and
// each cycle moves it and the service's clock 30 s on, which fires the window's timers (the
// auto-refresh, the running sessions' refresh), then waits for the fleet and the device series
// to arrive and be painted. 120 cycles are one hour. The window's clock starts five minutes
// before a whole hour, so the range "last 7 days" by hour takes in a new hour at cycle 10, in
// every run: a refresh after a new hour may open one more keep-alive connection to the service
// (at most six, Qt's limit per host), which is warm-up too. The first cycles are warm-up
// (fonts, pixmaps, the scheduler's and the network stack's pools, the client following the
// service's clock, Qt's bounded caches of glyphs and pixmaps filling as the window moves);
// growth is measured from cycle 40 to cycle 120.

#include "apicontext.h"
#include "apistack.h"
#include "appsettings.h"
#include "charts/linkedchartsview.h"
#include "clock.h"
#include "fleet.h"
#include "fleet/dashboardpages.h"
#include "fleet/fleetview.h"
#include "fleetcontroller.h"
#include "localservice.h"
#include "mainwindow.h"
#include "memoryprobe.h"
#include "widgets/errorbanner.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace trro;
using trro::test::MemorySample;

namespace {

constexpr int Cycles = 120;       // one hour at 30 s
constexpr int CycleSeconds = 30;  // the auto-refresh interval chosen in the toolbar
constexpr int BaselineCycle = 40; // after the warm-up
constexpr int ReportEvery = 20;
constexpr int OverlaidDevices = 2;

// Bounds for the growth between BaselineCycle and Cycles (80 refreshes).
//
// What one leak per refresh costs over 100 refreshes, measured by injecting each into
// this test (7 days by hour: the fleet's DescribeSessionStatisticsByInterval answer is 25 KiB):
// - a QNetworkReply never deleted: 16 KiB each even with a small body (the reply, its private
//   data and headers, the HTTP thread's delegate), plus its body: 1.6–4 MiB, +500 QObjects;
// - the body of the fleet series kept in a QByteArray: 2.5 MiB;
// - a chart series (QLineSeries of 336 points) left in a chart: 40 KiB with its graphics
//   items and legend marker: 3.9 MiB, +1,300 QObjects, none of them in the window's object
//   tree (a QChart has no QObject parent), hence the count of every live QObject;
// - a QObject parented to the window: +100 QObjects (only 60 KiB: the counts catch it).
// Without a leak, with the window's range moving 30 s a refresh, the heap moved by +60 to
// +250 KiB over 80 refreshes in repeated runs (Qt's glyph and pixmap caches, which are bounded,
// still taking in the odd new text; allocator pools) and over 460 refreshes by +800 KiB, about
// 1.8 KiB a refresh, flattening; the number of live QObjects came back to the same figure, or
// 9 more for one more keep-alive connection to the service. 512 KiB (6.4 KiB per refresh) is
// twice that noise and a third of the smallest body leak above.
constexpr qint64 MaxHeapGrowthBytes = 512 * 1024;
// The odd object in flight, or a keep-alive connection more (9 objects on the service's side,
// which shares the process), never one per refresh (80).
constexpr qint64 MaxObjectGrowth = 20;

qint64 kib(qint64 bytes) {
    return bytes / 1024;
}

// Every device name drawn once, in the window's font and in bold, before the baseline. The
// names are Chinese and Latin: the face of a fallback font (CJK: 1.7 MiB) is loaded the first
// time one of its characters is drawn, which is whenever a session of such a device first shows
// among the running sessions.
void loadFontsFor(const QStringList &texts, const QFont &font) {
    QImage image(8, 8, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    QFont bold = font;
    bold.setBold(true);
    for (const QFont &f : {font, bold}) {
        painter.setFont(f);
        for (const QString &text : texts)
            painter.drawText(QPointF(0, 8), text);
    }
}

} // namespace

class TestMemorySoak final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void autoRefreshForAnHour();

private:
    std::unique_ptr<MainWindow> makeWindow();
    bool waitUntilIdle(FleetController *fleet) const;
    // Nothing queued or in flight in the API stack, and what it deleted later is deleted.
    bool settled() const;
    void syncServiceClock();
    void refreshOnce(MainWindow *window, int cycle);

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<sim::LocalService> m_service;
    std::unique_ptr<ApiContext> m_context;
    std::unique_ptr<AppSettings> m_settings;
    QStringList m_devices;
    QStringList m_names; // of every device, and their ids
};

void TestMemorySoak::initTestCase() {
#if defined(__SANITIZE_ADDRESS__) || defined(TRRO_SOAK_SANITIZED)
    QSKIP("the sanitizer's allocator replaces malloc; it checks leaks itself");
#endif
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    sim::ServiceOptions options;
    options.keys << sim::LocalService::demoCredentials();
    options.fleet = sim::FleetConfig::standard(40);
    options.fleet.historyDays = 30;
    options.requestLogLimit = 64; // the service shares the heap: keep its log from growing
    m_service = std::make_unique<sim::LocalService>(options);
    QVERIFY(m_service->listen());
    ApiStackOptions stackOptions; // a cache file of this test's own
    stackOptions.cachePath = m_dir.filePath(QStringLiteral("stats-cache.sqlite"));
    m_context = std::make_unique<ApiContext>(stackOptions);
    m_context->configure(Endpoint::parse(m_service->url().toString()),
                         sim::LocalService::demoCredentials(), QStringLiteral("Soak"));

    const QString project = sim::LocalService::demoProjectId();
    sim::Fleet &fleet = m_service->fleet();
    const QList<Device> devices =
        fleet.devices(fleet.catalog().projectIndex(project), m_service->serviceTime());
    for (const Device &device : devices) {
        m_names << device.deviceName << device.deviceId;
        if (device.deviceType == DeviceType::Field && m_devices.size() < OverlaidDevices)
            m_devices << device.deviceId;
    }
    QCOMPARE(m_devices.size(), OverlaidDevices);

    // What a user who left the dashboard running would have saved: the last 7 days by hour,
    // two vehicles over the fleet, auto-refresh every 30 s.
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setValue(AppSettings::ProjectId, project);
    m_settings->setValue(AppSettings::IntervalName, QStringLiteral("hour"));
    m_settings->setValue(AppSettings::RangePreset, QStringLiteral("last7d"));
    m_settings->setValue(AppSettings::SelectedDevices, m_devices);
    m_settings->setValue(AppSettings::AutoRefreshSeconds, CycleSeconds);
}

void TestMemorySoak::cleanupTestCase() {
    m_context.reset();
    m_clock.reset();
    m_settings.reset();
    m_service.reset();
}

std::unique_ptr<MainWindow> TestMemorySoak::makeWindow() {
    // Five minutes before the next whole hour of this computer's clock.
    constexpr qint64 HourMs = 3600 * 1000;
    const qint64 nextHourMs = (QDateTime::currentMSecsSinceEpoch() / HourMs + 1) * HourMs;
    m_clock = std::make_unique<ManualClock>(nextHourMs - 5 * 60 * 1000);
    syncServiceClock();
    auto window = std::make_unique<MainWindow>(m_context.get(), m_settings.get(), m_clock.get());
    window->resize(1400, 900);
    window->show();
    window->start();
    return window;
}

bool TestMemorySoak::settled() const {
    const bool idle = QTest::qWaitFor([this] { return m_context->stack()->isIdle(); }, 20000);
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
    return idle;
}

bool TestMemorySoak::waitUntilIdle(FleetController *fleet) const {
    while (fleet->isLoading()) {
        QSignalSpy loading(fleet, &FleetController::loadingChanged);
        if (!loading.wait(20000))
            return false;
    }
    return true;
}

// The service's clock where the window's is.
void TestMemorySoak::syncServiceClock() {
    m_service->setClockOffset((m_clock->wallMs() - QDateTime::currentMSecsSinceEpoch()) / 1000);
}

// One auto-refresh: both clocks 30 s on, which fires the window's timers.
void TestMemorySoak::refreshOnce(MainWindow *window, int cycle) {
    FleetController *fleet = window->fleet();
    QSignalSpy data(fleet, &FleetController::dataChanged);
    m_clock->advance(qint64(CycleSeconds) * 1000000);
    syncServiceClock();
    QVERIFY2(
        fleet->isLoading(),
        qPrintable(QStringLiteral("cycle %1: the auto-refresh did not start a load").arg(cycle)));
    QVERIFY2(waitUntilIdle(fleet), qPrintable(QStringLiteral("cycle %1").arg(cycle)));
    QCOMPARE(data.count(), 1);
    QVERIFY(!fleet->isStale());
    QCOMPARE(window->pages()->fleetView()->charts()->data().series.size(), 1 + OverlaidDevices);
    QTest::qWait(1); // the repaint of what changed
}

void TestMemorySoak::autoRefreshForAnHour() {
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    FleetController *fleet = window->fleet();
    QTRY_VERIFY_WITH_TIMEOUT(fleet->data().isLoaded(), 20000);
    QVERIFY(waitUntilIdle(fleet));
    QCOMPARE(fleet->selectedDevices(), m_devices);
    LinkedChartsView *charts = window->pages()->fleetView()->charts();
    QCOMPARE(charts->data().series.size(), 1 + OverlaidDevices);
    loadFontsFor(m_names, window->font());

    const QList<const QObject *> roots{window.get(), m_context.get()};
    MemorySample baseline;
    for (int cycle = 1; cycle <= Cycles; ++cycle) {
        refreshOnce(window.get(), cycle);
        if (QTest::currentTestFailed())
            return;
        if (cycle == BaselineCycle || cycle % ReportEvery == 0 || cycle == Cycles) {
            // What a refresh starts beside the fleet (the device panel's and the alerts'
            // session lists, the cache's calls) ends too before objects are counted.
            QVERIFY(settled());
            const MemorySample sample = test::sampleMemory(roots);
            if (cycle == BaselineCycle)
                baseline = sample;
            qInfo("cycle %3d (%3d min simulated): %s", cycle, cycle * CycleSeconds / 60,
                  qPrintable(sample.toString()));
        }
    }
    QVERIFY(window->errorBanner()->isHidden());

    QVERIFY(settled());
    const MemorySample last = test::sampleMemory(roots);
    const qint64 heapGrowth = last.heapBytes - baseline.heapBytes;
    const qint64 objectGrowth = last.liveObjects - baseline.liveObjects;
    const qint64 treeGrowth = last.treeObjects - baseline.treeObjects;
    const int refreshes = Cycles - BaselineCycle;
    qInfo("growth over %d refreshes (cycle %d to %d): heap %+lld KiB (%+.0f bytes per refresh), "
          "RSS %+lld KiB, QObjects %+lld, window and API objects %+lld, widgets %+lld",
          refreshes, BaselineCycle, Cycles, kib(heapGrowth), double(heapGrowth) / refreshes,
          kib(last.residentBytes - baseline.residentBytes), objectGrowth, treeGrowth,
          last.widgets - baseline.widgets);

    QVERIFY2(heapGrowth < MaxHeapGrowthBytes,
             qPrintable(QStringLiteral("the heap grew by %1 KiB over %2 refreshes (bound %3 KiB)")
                            .arg(kib(heapGrowth))
                            .arg(refreshes)
                            .arg(kib(MaxHeapGrowthBytes))));
    QVERIFY2(
        treeGrowth <= MaxObjectGrowth,
        qPrintable(
            QStringLiteral("the window and the API stack hold %1 more QObjects").arg(treeGrowth)));
    QCOMPARE(last.widgets, baseline.widgets);
    if (last.liveObjects >= 0) {
        QVERIFY2(objectGrowth <= MaxObjectGrowth,
                 qPrintable(QStringLiteral("%1 more QObjects alive after %2 refreshes")
                                .arg(objectGrowth)
                                .arg(refreshes)));
    }
}

int main(int argc, char *argv[]) {
    // A cache, configuration or data file the dashboard writes goes to a directory of its own,
    // empty at the start of every run (never the user's, never a previous run's).
    QTemporaryDir home;
    for (const char *variable : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"})
        qputenv(variable, QFile::encodeName(home.path() + u'/' + QLatin1String(variable)));
    const bool counting = test::startObjectCounting(); // before the first QObject
    QApplication app(argc, argv);
    if (!counting)
        qInfo("Qt's object hooks are unavailable: live QObjects are not counted");
    TestMemorySoak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_memorysoak.moc"
