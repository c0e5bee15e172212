#include "servicefixture.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace trro;
using trro::test::ServiceFixture;

class TestScheduler final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rateLimitIsNeverExceeded();
    void rateLimitedAnswersSlowDownAndRetry();
    void retriesTransientErrors();
    void retriesAreBounded();
    void neverRetriesAuthOrParameters_data();
    void neverRetriesAuthOrParameters();
    void cancelByContext();
    void destroyedContextCancels();
    void interactiveGoesFirst();
    void clockSkewIsCorrectedAndRetried();
    void pagingFollowsTotal();
    void pagesShareTheJobDeadline();
    void publishedExampleKeepsEveryBucket();

private:
    static bool waitIdle(RequestScheduler *scheduler, int timeoutMs = 30000);
};

void TestScheduler::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

bool TestScheduler::waitIdle(RequestScheduler *scheduler, int timeoutMs) {
    QSignalSpy idle(scheduler, &RequestScheduler::idle);
    return QTest::qWaitFor(
        [&] { return scheduler->pendingCount() == 0 && scheduler->inFlightCount() == 0; },
        timeoutMs);
}

static QJsonObject projectPage() {
    return {{QStringLiteral("PageNumber"), 1}, {QStringLiteral("PageSize"), 10}};
}

// The service counts requests per action in any one-second window; its log has their arrival
// times. No window may hold more than 20, and the service must never have answered
// RequestLimitExceeded. Both run on one manual clock, which stands still while a request is on
// its way: the pacing is tested, not how busy the machine is.
void TestScheduler::rateLimitIsNeverExceeded() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceFixture f({}, {}, &clock);
    const int n = 70;
    int ok = 0;
    for (int i = 0; i < n; ++i) {
        ApiJob *job = f.scheduler->enqueue(QStringLiteral("DescribeProjectList"), projectPage());
        connect(job, &ApiJob::finished, this, [&ok, job] { ok += job->result().ok() ? 1 : 0; });
    }
    // A second action has its own budget and runs beside the first.
    for (int i = 0; i < 20; ++i)
        f.scheduler->enqueue(QStringLiteral("DescribeSessionStatistics"),
                             {{QStringLiteral("ProjectId"), sim::LocalService::demoProjectId()}});
    QVERIFY(f.runUntilIdle(clock));
    QTRY_COMPARE(ok, n);
    QList<qint64> times;
    int statistics = 0;
    for (const auto &record : f.service->requestLog()) {
        QVERIFY2(!record.errorCode.startsWith(QLatin1String("RequestLimitExceeded")),
                 qPrintable(record.errorCode));
        if (record.action == QLatin1String("DescribeProjectList"))
            times << record.receivedMs;
        else
            ++statistics;
    }
    QCOMPARE(times.size(), n);
    QCOMPARE(statistics, 20);
    std::sort(times.begin(), times.end());
    for (qsizetype i = 20; i < times.size(); ++i)
        QVERIFY2(
            times.at(i) - times.at(i - 20) >= 1000,
            qPrintable(
                QStringLiteral("21 requests within %1 ms").arg(times.at(i) - times.at(i - 20))));
    // And the limit is used, not wasted: 70 requests at 20 per second take 3.5 s, not more.
    QVERIFY2(times.last() - times.first() <= 3500,
             qPrintable(QString::number(times.last() - times.first())));
    QCOMPARE(f.scheduler->stats().rateLimited, 0);
}

// A service that sees requests arrive closer together than they left (a busy network) answers
// RequestLimitExceeded; the scheduler slows that action down and the jobs still succeed.
void TestScheduler::rateLimitedAnswersSlowDownAndRetry() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    sim::ServiceOptions options;
    options.ratePerSecond = 15; // stricter than the scheduler's 20
    ServiceFixture f(options, {}, &clock);
    const int n = 40;
    int ok = 0;
    for (int i = 0; i < n; ++i) {
        ApiJob *job = f.scheduler->enqueue(QStringLiteral("DescribeProjectList"), projectPage());
        connect(job, &ApiJob::finished, this, [&ok, job] { ok += job->result().ok() ? 1 : 0; });
    }
    QVERIFY(f.runUntilIdle(clock));
    QTRY_COMPARE(ok, n);
    QVERIFY(f.scheduler->stats().rateLimited > 0);
    QCOMPARE(f.scheduler->stats().failed, 0);
}

void TestScheduler::retriesTransientErrors() {
    sim::ServiceOptions options;
    options.faults = {0.3, true, true, true, false, true, true, 0, 11};
    RequestScheduler::Options so;
    so.baseBackoffMs = 20;
    so.maxBackoffMs = 200;
    so.maxRetries = 8;
    ServiceFixture f(options, so);
    int ok = 0;
    const int n = 40;
    for (int i = 0; i < n; ++i) {
        ApiJob *job = f.scheduler->enqueue(QStringLiteral("DescribeProjectList"), projectPage());
        connect(job, &ApiJob::finished, this, [&ok, job] { ok += job->result().ok() ? 1 : 0; });
    }
    QVERIFY(waitIdle(f.scheduler));
    QCOMPARE(ok, n);
    QVERIFY(f.scheduler->stats().retried > 0);
    QCOMPARE(f.scheduler->stats().failed, 0);
}

void TestScheduler::retriesAreBounded() {
    sim::ServiceOptions options;
    options.faults = {1.0, false, true, false, false, false, false, 0, 3};
    RequestScheduler::Options so;
    so.baseBackoffMs = 10;
    so.maxBackoffMs = 40;
    so.maxRetries = 3;
    ServiceFixture f(options, so);
    ApiJob *job = f.scheduler->enqueue(QStringLiteral("DescribeProjectList"), projectPage());
    QSignalSpy spy(job, &ApiJob::finished);
    Result<QJsonObject> result{ApiError{}};
    int attempts = 0;
    connect(job, &ApiJob::finished, this, [&, job] {
        result = job->result();
        attempts = job->attempts();
    });
    QVERIFY(spy.wait(10000));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("InternalError"));
    QCOMPARE(attempts, 4);
    QCOMPARE(f.service->requestLog().size(), 4);
}

void TestScheduler::neverRetriesAuthOrParameters_data() {
    QTest::addColumn<bool>("wrongKey");
    QTest::addColumn<QString>("interval");
    QTest::addColumn<QString>("codePrefix");
    QTest::newRow("auth") << true << QStringLiteral("day") << QStringLiteral("AuthFailure");
    QTest::newRow("parameter") << false << QStringLiteral("week")
                               << QStringLiteral("InvalidParameter");
}

void TestScheduler::neverRetriesAuthOrParameters() {
    QFETCH(bool, wrongKey);
    QFETCH(QString, interval);
    QFETCH(QString, codePrefix);
    ServiceFixture f;
    if (wrongKey) {
        Credentials c = sim::LocalService::demoCredentials();
        c.secretKey = QStringLiteral("wrong");
        f.client->setCredentials(c);
    }
    ApiJob *job =
        f.scheduler->enqueue(QStringLiteral("DescribeSessionStatisticsByInterval"),
                             {{QStringLiteral("ProjectId"), sim::LocalService::demoProjectId()},
                              {QStringLiteral("StatisticInterval"), interval}});
    QSignalSpy spy(job, &ApiJob::finished);
    QString code;
    int attempts = 0;
    connect(job, &ApiJob::finished, this, [&, job] {
        code = job->result().error().code;
        attempts = job->attempts();
    });
    QVERIFY(spy.wait(5000));
    QVERIFY2(code.startsWith(codePrefix), qPrintable(code));
    QCOMPARE(attempts, 1);
}

void TestScheduler::cancelByContext() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceFixture f({}, {}, &clock);
    QObject context;
    int cancelled = 0, done = 0;
    for (int i = 0; i < 60; ++i) {
        ApiJob *job = f.scheduler->enqueue(QStringLiteral("DescribeProjectList"), projectPage(),
                                           Priority::Normal, &context);
        connect(job, &ApiJob::finished, &context, [&, job] {
            ++done;
            if (!job->result().ok() && job->result().error().kind == ApiError::Kind::Cancelled)
                ++cancelled;
        });
    }
    QVERIFY(f.runFor(clock, 300000));
    const qsizetype sent = f.service->requestLog().size();
    QCOMPARE(sent, 8); // two at once, then one every 50 ms
    f.scheduler->cancel(&context);
    QCOMPARE(done, 60); // every job ended: none is left waiting
    QCOMPARE(cancelled, 60 - sent);
    QVERIFY(f.runFor(clock, 5000000));
    QCOMPARE(f.service->requestLog().size(), sent); // the cancelled ones were never sent
}

void TestScheduler::destroyedContextCancels() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceFixture f({}, {}, &clock);
    auto *context = new QObject;
    int callbacks = 0;
    for (int i = 0; i < 40; ++i)
        f.api->sessionTotals({sim::LocalService::demoProjectId(), {}, Interval::Day, 0, 0}, context,
                             [&callbacks](const Result<SessionTotals> &) { ++callbacks; });
    QVERIFY(f.runFor(clock, 200000));
    const int before = callbacks;
    QVERIFY(before > 0);
    delete context;
    QVERIFY(f.runFor(clock, 5000000));
    QCOMPARE(callbacks, before); // nothing runs for a receiver that is gone
    QCOMPARE(f.service->requestLog().size(), before);
}

void TestScheduler::interactiveGoesFirst() {
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceFixture f({}, {}, &clock);
    QList<int> order;
    for (int i = 0; i < 30; ++i) {
        ApiJob *job = f.scheduler->enqueue(QStringLiteral("DescribeProjectList"), projectPage(),
                                           Priority::Background);
        connect(job, &ApiJob::finished, this, [&order, i] { order << i; });
    }
    QVERIFY(f.runFor(clock, 120000));
    const qsizetype before = order.size();
    ApiJob *click = f.scheduler->enqueue(QStringLiteral("DescribeProjectList"), projectPage(),
                                         Priority::Interactive);
    connect(click, &ApiJob::finished, this, [&order] { order << -1; });
    QVERIFY(f.runUntilIdle(clock));
    QTRY_COMPARE(order.size(), 31);
    // The click is the next request sent, ahead of the 27 background ones still queued.
    QCOMPARE(order.indexOf(-1), before);
}

void TestScheduler::clockSkewIsCorrectedAndRetried() {
    sim::ServiceOptions options;
    options.clockOffsetSec = -600;
    ServiceFixture f(options);
    QSignalSpy corrected(f.client, &ApiClient::clockSkewCorrected);
    Result<QList<Project>> result{ApiError{}};
    QObject context;
    f.api->projects(&context, [&result](const Result<QList<Project>> &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.ok() || result.error().isError(); }, 10000));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
    QCOMPARE(corrected.size(), 1);
}

void TestScheduler::pagingFollowsTotal() {
    sim::ServiceOptions options;
    options.pageSizeCap = 7; // the service serves fewer than asked
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    ServiceFixture f(options, {}, &clock);
    QObject context;
    Result<QList<Device>> result{ApiError{}};
    f.api->devices(sim::LocalService::demoProjectId(), {}, &context,
                   [&result](const Result<QList<Device>> &r) { result = r; });
    QVERIFY(f.runUntilIdle(clock));
    QVERIFY(QTest::qWaitFor([&] { return result.ok() || result.error().isError(); }, 10000));
    QVERIFY(result.ok());
    const QList<Device> devices = result.value();
    QVERIFY(devices.size() > 100);
    QSet<QString> ids;
    for (const Device &d : devices)
        ids.insert(d.deviceId);
    QCOMPARE(ids.size(), devices.size()); // no page twice
    QCOMPARE(f.service->requestLog().size(), int((devices.size() + 6) / 7));

    // Filters go through.
    Result<QList<Device>> remotes{ApiError{}};
    f.api->devices(sim::LocalService::demoProjectId(), {DeviceType::Remote, {}, {}}, &context,
                   [&remotes](const Result<QList<Device>> &r) { remotes = r; });
    QVERIFY(f.runUntilIdle(clock));
    QVERIFY(QTest::qWaitFor([&] { return remotes.ok() || remotes.error().isError(); }, 10000));
    QVERIFY(remotes.ok());
    QVERIFY(!remotes.value().isEmpty());
    for (const Device &d : remotes.value())
        QCOMPARE(d.deviceType, DeviceType::Remote);
}

// A list of hundreds of pages (one device a page) has one deadline for all of them: it ends
// with a timeout long before the last page, though every page alone is quick.
void TestScheduler::pagesShareTheJobDeadline() {
    sim::ServiceOptions options;
    options.pageSizeCap = 1;
    RequestScheduler::Options so;
    so.jobDeadlineMs = 500;
    ServiceFixture f(options, so);
    QObject context;
    Result<QList<Device>> result{ApiError{}};
    bool done = false;
    f.api->devices(sim::LocalService::demoProjectId(), {}, &context,
                   [&](const Result<QList<Device>> &r) {
                       result = r;
                       done = true;
                   });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 60000));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ApiError::Kind::Timeout);
    // 312 pages at 20 per second would take over 15 s; 100 pages take 5 s.
    const qsizetype pages = f.service->requestLog().size();
    QVERIFY2(pages >= 1 && pages < 100, qPrintable(QString::number(pages)));
    QVERIFY(waitIdle(f.scheduler));
}

void TestScheduler::publishedExampleKeepsEveryBucket() {
    sim::ServiceOptions options;
    options.exampleMode = true;
    ServiceFixture f(options);
    QObject context;
    Result<IntervalSeries> result{ApiError{}};
    f.api->intervalStatistics(
        {QStringLiteral("abcdefg"), QStringLiteral("dev2"), Interval::Hour, 0, 0}, &context,
        [&result](const Result<IntervalSeries> &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.ok() || result.error().isError(); }, 10000));
    QVERIFY(result.ok());
    QCOMPARE(result.value().buckets.size(), 4);
    QCOMPARE(result.value().deviceId, QStringLiteral("dev2"));
    QVERIFY(result.value().warnings.size() >= 3);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
