#include "apiclient.h"
#include "apistack.h"
#include "dashboardfixture.h"
#include "fleetcontroller.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace trro;
using trro::test::DashboardService;

class TestFleetController final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadsSeriesAndTotals_data();
    void loadsSeriesAndTotals();
    void totalsFollowTheComparedWindows();
    void selectedDevicesAreFetched();
    void failedRefreshKeepsLastGoodData();
    void newerLoadReplacesOlder();
    void cancelStopsEverything();

private:
    FleetRequest request(Interval interval) const;

    std::unique_ptr<DashboardService> m_service;
    std::unique_ptr<ApiStack> m_stack;
    // Waits until neither the scheduler nor the cache's thread has a job queued or in flight,
    // then delivers what they posted.
    bool drained() {
        const bool idle = QTest::qWaitFor([this] { return m_stack->isIdle(); }, 15000);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return idle;
    }
};

void TestFleetController::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestFleetController::init() {
    m_service = std::make_unique<DashboardService>();
    QVERIFY(m_service->listening);
    m_stack = std::make_unique<ApiStack>(m_service->stackOptions());
    m_stack->configure(Endpoint::parse(m_service->service->url().toString()),
                       sim::LocalService::demoCredentials());
}

void TestFleetController::cleanup() {
    m_stack.reset();
    m_service.reset();
}

FleetRequest TestFleetController::request(Interval interval) const {
    FleetRequest r;
    r.projectId = m_service->projectId();
    r.interval = interval;
    r.window = {m_service->rangeStart(), m_service->rangeEnd()};
    return r;
}

void TestFleetController::loadsSeriesAndTotals_data() {
    QTest::addColumn<int>("interval");
    QTest::newRow("hour") << int(Interval::Hour);
    QTest::newRow("day") << int(Interval::Day);
}

void TestFleetController::loadsSeriesAndTotals() {
    QFETCH(int, interval);
    FleetController controller(m_stack->api(), m_stack->statistics());
    QSignalSpy data(&controller, &FleetController::dataChanged);
    QSignalSpy loading(&controller, &FleetController::loadingChanged);
    QSignalSpy errors(&controller, &FleetController::errorOccurred);
    const FleetRequest r = request(Interval(interval));
    controller.load(r);
    QVERIFY(controller.isLoading());
    QVERIFY(data.wait(15000));
    QCOMPARE(errors.count(), 0);
    QVERIFY(!controller.isLoading());
    QCOMPARE(loading.count(), 2); // on, off
    QVERIFY(!controller.isStale());

    sim::Fleet &fleet = m_service->service->fleet();
    const int project = m_service->projectIndex();
    const qint64 now = m_service->now();
    const FleetData &got = controller.data();
    QCOMPARE(got.request, r);
    QVERIFY(got.fetchedAt.isValid());
    QCOMPARE(got.fleet.buckets, fleet.intervalStatistics(project, -1, Interval(interval),
                                                         r.window.from, r.window.to, now));
    QVERIFY(!got.fleet.buckets.isEmpty());
    QCOMPARE(got.totals, fleet.totals(project, -1, r.window.from, r.window.to, now));
    QVERIFY(got.hasPrevious);
    const TimeWindow previous = r.window.previous();
    QCOMPARE(got.previousTotals, fleet.totals(project, -1, previous.from, previous.to, now));
}

void TestFleetController::totalsFollowTheComparedWindows() {
    // The charts' series over whole days, the KPI totals over a window that ends at the same
    // time but starts mid-hour, and the window of the same length just before it.
    FleetRequest r = request(Interval::Day);
    const qint64 start = r.window.from + 5 * 3600 + 17;
    r.compared.current = {start, r.window.to};
    r.compared.previous = r.compared.current.previous();
    FleetController controller(m_stack->api(), m_stack->statistics());
    QSignalSpy data(&controller, &FleetController::dataChanged);
    controller.load(r);
    QVERIFY(data.wait(15000));

    sim::Fleet &fleet = m_service->service->fleet();
    const int project = m_service->projectIndex();
    const qint64 now = m_service->now();
    const FleetData &got = controller.data();
    QCOMPARE(got.fleet.buckets,
             fleet.intervalStatistics(project, -1, Interval::Day, r.window.from, r.window.to, now));
    QCOMPARE(got.totals, fleet.totals(project, -1, start, r.window.to, now));
    QVERIFY(got.hasPrevious);
    QCOMPARE(got.previousTotals,
             fleet.totals(project, -1, r.compared.previous.from, r.compared.previous.to, now));
    QCOMPARE(r.compared.previous.to, start);
    QCOMPARE(r.compared.previous.length(), r.compared.current.length());
    // Not the totals of the charts' window (when its first hours held any session).
    if (fleet.totals(project, -1, r.window.from, start, now).sessionNum > 0)
        QVERIFY(got.totals != fleet.totals(project, -1, r.window.from, r.window.to, now));
}

void TestFleetController::selectedDevicesAreFetched() {
    FleetController controller(m_stack->api(), m_stack->statistics());
    QSignalSpy data(&controller, &FleetController::dataChanged);
    const FleetRequest r = request(Interval::Day);
    const QList<Device> devices =
        m_service->service->fleet().devices(m_service->projectIndex(), m_service->now());
    QVERIFY(devices.size() >= 2);
    const QString first = devices.at(0).deviceId;
    const QString second = devices.at(1).deviceId;
    controller.setSelectedDevices({first});
    controller.load(r);
    QVERIFY(data.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(controller.deviceSeries(first) != nullptr, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isLoading(), 15000);

    QSignalSpy devicesChanged(&controller, &FleetController::deviceSeriesChanged);
    controller.setSelectedDevices({first, second, first});
    QCOMPARE(controller.selectedDevices(), (QStringList{first, second}));
    QTRY_VERIFY_WITH_TIMEOUT(controller.deviceSeries(second) != nullptr, 15000);
    QVERIFY(devicesChanged.count() >= 2); // the selection, then the series

    sim::Fleet &fleet = m_service->service->fleet();
    for (const QString &id : {first, second}) {
        QCOMPARE(controller.deviceSeries(id)->deviceId, id);
        QCOMPARE(controller.deviceSeries(id)->buckets,
                 fleet.intervalStatistics(m_service->projectIndex(), m_service->deviceIndex(id),
                                          Interval::Day, r.window.from, r.window.to,
                                          m_service->now()));
    }
    controller.setSelectedDevices({second});
    QVERIFY(controller.deviceSeries(first) == nullptr);
    QVERIFY(controller.deviceSeries(second) != nullptr);
}

void TestFleetController::failedRefreshKeepsLastGoodData() {
    FleetController controller(m_stack->api(), m_stack->statistics());
    QSignalSpy data(&controller, &FleetController::dataChanged);
    controller.load(request(Interval::Day));
    QVERIFY(data.wait(15000));
    const FleetData before = controller.data();

    m_service->revokeKey();
    QSignalSpy errors(&controller, &FleetController::errorOccurred);
    QSignalSpy stale(&controller, &FleetController::staleChanged);
    controller.reload();
    QVERIFY(errors.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isLoading(), 15000);
    QCOMPARE(errors.count(), 1); // one report per run, not one per request
    const auto error = errors.first().first().value<ApiError>();
    QVERIFY2(error.code.startsWith(QStringLiteral("AuthFailure")), qPrintable(error.code));
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(!errors.first().at(1).toString().isEmpty());
    QCOMPARE(data.count(), 1);
    QVERIFY(controller.isStale());
    QCOMPARE(stale.count(), 1);
    QCOMPARE(controller.data().fleet.buckets, before.fleet.buckets);
    QCOMPARE(controller.data().totals, before.totals);
    QCOMPARE(controller.data().fetchedAt, before.fetchedAt);

    m_service->restoreKey();
    controller.reload();
    QVERIFY(data.wait(15000));
    QVERIFY(!controller.isStale());
}

void TestFleetController::newerLoadReplacesOlder() {
    FleetController controller(m_stack->api(), m_stack->statistics());
    QSignalSpy data(&controller, &FleetController::dataChanged);
    QSignalSpy errors(&controller, &FleetController::errorOccurred);
    controller.load(request(Interval::Hour));
    const FleetRequest second = request(Interval::Day);
    controller.load(second);
    QVERIFY(data.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isLoading(), 15000);
    // Nothing of the first run may arrive late: once the scheduler holds no job, nothing can.
    QVERIFY(drained());
    QCOMPARE(data.count(), 1);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(controller.data().request, second);
}

void TestFleetController::cancelStopsEverything() {
    FleetController controller(m_stack->api(), m_stack->statistics());
    QSignalSpy data(&controller, &FleetController::dataChanged);
    QSignalSpy loading(&controller, &FleetController::loadingChanged);
    controller.load(request(Interval::Day));
    QVERIFY(controller.isLoading());
    controller.cancel();
    QVERIFY(!controller.isLoading());
    QCOMPARE(loading.count(), 2);
    QVERIFY(drained());
    QCOMPARE(data.count(), 0);
    QVERIFY(!controller.data().isLoaded());
}

QTEST_GUILESS_MAIN(TestFleetController)
#include "tst_fleetcontroller.moc"
