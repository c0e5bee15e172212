// The application's own client stack (ApiClient, RequestScheduler, TrroApi) against the local
// service: what the client reads is exactly what the fleet computed, across every action.

#include "apiclient.h"
#include "apistack.h"
#include "fleet.h"
#include "localservice.h"
#include "requestscheduler.h"
#include "simclient.h"
#include "trroapi.h"

#include <QDateTime>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace trro;
using namespace trro::sim;

class TestSimClient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void intervalStatistics_data();
    void intervalStatistics();
    void totals();
    void devicesAcrossCappedPages();
    void deviceSessions();
    void projects();

private:
    template <typename T> Result<T> wait(std::optional<Result<T>> &slot) {
        if (!QTest::qWaitFor([&] { return slot.has_value(); }, 30000))
            return ApiError::make(ApiError::Kind::Timeout, u"test.timeout"_s, u"no answer"_s);
        return *slot;
    }

    std::unique_ptr<LocalService> m_service;
    std::unique_ptr<ApiStack> m_stack; // uncached: the service's answers as they come
    TrroApi *m_api = nullptr;
    QString m_project;
    qint64 m_end = 0; // a fixed past end, so that the fleet's answers do not move
};

void TestSimClient::initTestCase() {
    ServiceOptions options;
    options.pageSizeCap = 25;
    options.fleet = FleetConfig::standard(60);
    m_service = std::make_unique<LocalService>(options);
    QVERIFY(m_service->listen());
    QString error;
    const Endpoint endpoint = Endpoint::parse(m_service->url().toString(), &error);
    QVERIFY2(endpoint.isValid(), qPrintable(error));
    ApiStackOptions stackOptions;
    stackOptions.cacheEnabled = false;
    m_stack = std::make_unique<ApiStack>(stackOptions);
    m_stack->configure(endpoint, LocalService::demoCredentials());
    m_api = m_stack->api();
    m_project = LocalService::demoProjectId();
    m_end = (QDateTime::currentSecsSinceEpoch() - 4 * 3600) / 3600 * 3600;
}

void TestSimClient::intervalStatistics_data() {
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<qint64>("span");
    QTest::newRow("fleet, hour, 2 days") << int(Interval::Hour) << QString() << qint64(2 * 86400);
    QTest::newRow("fleet, day, 30 days") << int(Interval::Day) << QString() << qint64(30 * 86400);
    QTest::newRow("fleet, month, 400 days")
        << int(Interval::Month) << QString() << qint64(400 * 86400);
    QTest::newRow("vehicle, day, 7 days")
        << int(Interval::Day) << u"itv_nb_003"_s << qint64(7 * 86400);
    QTest::newRow("cockpit, hour, 1 day") << int(Interval::Hour) << u"roc_nb_02"_s << qint64(86400);
}

void TestSimClient::intervalStatistics() {
    QFETCH(int, interval);
    QFETCH(QString, deviceId);
    QFETCH(qint64, span);
    const StatsQuery query{.projectId = m_project,
                           .deviceId = deviceId,
                           .interval = Interval(interval),
                           .startTime = m_end - span,
                           .endTime = m_end};
    std::optional<Result<IntervalSeries>> slot;
    m_api->intervalStatistics(query, this, [&](const Result<IntervalSeries> &r) { slot = r; });
    const Result<IntervalSeries> result = wait(slot);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));

    Fleet &fleet = m_service->fleet();
    const int p = fleet.catalog().projectIndex(m_project);
    const int d = deviceId.isEmpty() ? -1 : fleet.catalog().deviceIndex(deviceId);
    const QList<IntervalBucket> expected = fleet.intervalStatistics(
        p, d, query.interval, query.startTime, query.endTime, m_service->serviceTime());
    QVERIFY(!expected.isEmpty());
    QCOMPARE(result.value().buckets, expected);
    QVERIFY(test::isUuid(result.value().requestId));
}

void TestSimClient::totals() {
    StatsQuery query;
    query.projectId = m_project;
    query.startTime = m_end - 7 * 86400;
    query.endTime = m_end;
    std::optional<Result<SessionTotals>> slot;
    m_api->sessionTotals(query, this, [&](const Result<SessionTotals> &r) { slot = r; });
    const Result<SessionTotals> result = wait(slot);
    QVERIFY(result.ok());
    Fleet &fleet = m_service->fleet();
    QCOMPARE(result.value(),
             fleet.totals(fleet.catalog().projectIndex(m_project), -1, query.startTime,
                          query.endTime, m_service->serviceTime()));
}

void TestSimClient::devicesAcrossCappedPages() {
    m_service->clearRequestLog();
    std::optional<Result<QList<Device>>> slot;
    m_api->devices(m_project, DeviceFilter{}, this,
                   [&](const Result<QList<Device>> &r) { slot = r; });
    const Result<QList<Device>> result = wait(slot);
    QVERIFY(result.ok());
    // 72 devices at 25 a page (the client asks for 100): three pages.
    QCOMPARE(result.value().size(), 72);
    const QList<Device> expected = m_service->fleet().devices(
        m_service->fleet().catalog().projectIndex(m_project), m_service->serviceTime());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.value().at(i).deviceId, expected.at(i).deviceId);
        QCOMPARE(result.value().at(i).deviceName, expected.at(i).deviceName);
        QCOMPARE(result.value().at(i).deviceType, expected.at(i).deviceType);
        QCOMPARE(result.value().at(i).modifyTime, expected.at(i).modifyTime);
    }
    QCOMPARE(m_service->requestLog().size(), 3);
}

void TestSimClient::deviceSessions() {
    std::optional<Result<QList<DeviceSession>>> slot;
    const qint64 start = m_end - 3 * 86400;
    m_api->deviceSessions(m_project, u"roc_nb_04"_s, start, m_end, this,
                          [&](const Result<QList<DeviceSession>> &r) { slot = r; });
    const Result<QList<DeviceSession>> result = wait(slot);
    QVERIFY(result.ok());
    Fleet &fleet = m_service->fleet();
    const Fleet::SessionPage expected = fleet.sessions(
        fleet.catalog().projectIndex(m_project), fleet.catalog().deviceIndex(u"roc_nb_04"_s), start,
        m_end, m_service->serviceTime(), 0, 1 << 20);
    QVERIFY(expected.total > 25); // more than one capped page
    QCOMPARE(result.value(), expected.sessions);
}

void TestSimClient::projects() {
    std::optional<Result<QList<Project>>> slot;
    m_api->projects(this, [&](const Result<QList<Project>> &r) { slot = r; });
    const Result<QList<Project>> result = wait(slot);
    QVERIFY(result.ok());
    QCOMPARE(result.value(), m_service->fleet().projects());
}

QTEST_GUILESS_MAIN(TestSimClient)
#include "tst_simclient.moc"
