// trro-collector end to end, as a child process against the local service and a private
// PostgreSQL server: it fills the store with exactly what the service holds, a second cycle
// asks only for the open buckets, two collectors at once make the requests of one (the second
// waits for the lock and takes over when the first is killed), kill -9 mid-fill and a restart
// lose and duplicate nothing, an unreachable store and a password in the URL fail clearly.

#include "collectorfixture.h"
#include "storeplan.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace trro;
using namespace trro::test;

namespace {

const QString Stats = QStringLiteral("DescribeSessionStatisticsByInterval");

qint64 rows(PgStore &store, const QString &sql) {
    QSqlQuery query(store.database());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString sinceArgument(qint64 t) {
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

class TestCollector final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fillsTheStoreThenAsksOnlyForOpenBuckets();
    void twoCollectorsMakeTheRequestsOfOne();
    void killedMidFillAndRestarted();
    void unreachableStoreFailsClearly();
    void passwordInTheUrlIsRefused();
    void credentialsDirectoryNeedsBothFiles();
    void usageErrors_data();
    void usageErrors();

private:
    QString newStore();

    PgServer m_server;
    CollectorFixture m_fixture;
    int m_stores = 0;
    int m_series = 0; // fleet + devices, per interval
};

void TestCollector::initTestCase() {
    TRRO_START_PGSERVER(m_server);
    QVERIFY(m_fixture.start());
    m_series = int(m_fixture.deviceIds().size()) + 1;
    QVERIFY(m_series > 10);
}

QString TestCollector::newStore() {
    const QString url = m_server.createDatabase(QStringLiteral("collector%1").arg(++m_stores));
    if (url.isEmpty())
        qWarning("CREATE DATABASE failed: %s", qPrintable(m_server.error()));
    return url;
}

void TestCollector::fillsTheStoreThenAsksOnlyForOpenBuckets() {
    const QString url = newStore();
    const qint64 since = m_fixture.service->serviceTime() - 2 * 86400;
    const qint64 before = m_fixture.collectorRequests(Stats);
    const qint64 startedAt = m_fixture.service->serviceTime();
    CollectorProcess first;
    first.start(m_fixture.arguments(url, {QStringLiteral("--once"), QStringLiteral("--since"),
                                          sinceArgument(since)}),
                m_fixture.environment());
    QCOMPARE(first.finish(), 0);
    QVERIFY2(first.error().contains(QLatin1String("cycle 1 complete")), qPrintable(first.error()));
    // Two days: one window per series and interval.
    QCOMPARE(m_fixture.collectorRequests(Stats) - before, 2 * m_series);

    PgStore store(m_server.location(QStringLiteral("collector%1").arg(m_stores)));
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    const QString difference = m_fixture.compareStore(store, since, startedAt);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // Not equal by being empty: two days of a busy fleet.
    QVERIFY(rows(store, QStringLiteral("SELECT count(*) FROM interval_stats")) > 4 * m_series);
    QVERIFY(rows(store, QStringLiteral("SELECT count(*) FROM sessions")) > 50);
    QCOMPARE(rows(store, QStringLiteral("SELECT count(*) FROM devices")), qint64(m_series - 1));
    const StoreFreshness freshness = store.freshness(m_fixture.scope());
    QVERIFY(freshness.lastSuccess >= m_fixture.service->serviceTime() - 300);
    QVERIFY(freshness.status.contains(QLatin1String("complete")));
    // No secret anywhere in the store or the log.
    QCOMPARE(rows(store, QStringLiteral("SELECT count(*) FROM collector_state WHERE last_status "
                                        "LIKE '%collectorSecretKey%'")),
             0);
    QVERIFY(!first.error().contains(CollectorKey.secretKey));

    // The next cycle settles nothing twice: one request per series for its open buckets.
    const qint64 afterFill = m_fixture.collectorRequests(Stats);
    CollectorProcess second;
    second.start(m_fixture.arguments(url, {QStringLiteral("--once"), QStringLiteral("--since"),
                                           sinceArgument(since)}),
                 m_fixture.environment());
    QCOMPARE(second.finish(), 0);
    QCOMPARE(m_fixture.collectorRequests(Stats) - afterFill, 2 * m_series);
    QVERIFY(m_fixture.compareStore(store, since, startedAt).isEmpty());
}

void TestCollector::twoCollectorsMakeTheRequestsOfOne() {
    const QString url = newStore();
    const qint64 since = m_fixture.service->serviceTime() - 2 * 86400;
    const QStringList args =
        m_fixture.arguments(url, {QStringLiteral("--every"), QStringLiteral("1h"),
                                  QStringLiteral("--since"), sinceArgument(since)});
    const qint64 before = m_fixture.collectorRequests(Stats);
    const qint64 listsBefore = m_fixture.collectorRequests(QStringLiteral("DescribeDeviceList"));
    const qint64 startedAt = m_fixture.service->serviceTime();
    CollectorProcess a, b;
    a.start(args, m_fixture.environment());
    b.start(args, m_fixture.environment());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return a.error().contains(QLatin1String("cycle 1 complete")) ||
                   b.error().contains(QLatin1String("cycle 1 complete")) || !a.isRunning() ||
                   !b.isRunning();
        },
        120000));
    a.waitForError(QStringLiteral("cycle 1"), 100);
    b.waitForError(QStringLiteral("cycle 1"), 100);
    const bool aWorks = a.error().contains(QLatin1String("cycle 1 complete"));
    CollectorProcess &worker = aWorks ? a : b;
    CollectorProcess &waiter = aWorks ? b : a;
    QVERIFY2(waiter.waitForError(QStringLiteral("waiting"), 30000), qPrintable(waiter.error()));
    QVERIFY2(!waiter.error().contains(QLatin1String("cycle")), qPrintable(waiter.error()));
    // One fill's requests, not two.
    QCOMPARE(m_fixture.collectorRequests(Stats) - before, 2 * m_series);
    QCOMPARE(m_fixture.collectorRequests(QStringLiteral("DescribeDeviceList")) - listsBefore, 1);

    // The worker dies; the waiter takes over and only refreshes the open buckets.
    worker.killHard();
    QVERIFY2(waiter.waitForError(QStringLiteral("cycle 1 complete"), 120000),
             qPrintable(waiter.error()));
    QCOMPARE(m_fixture.collectorRequests(Stats) - before, 4 * m_series);
    PgStore store(m_server.location(QStringLiteral("collector%1").arg(m_stores)));
    QVERIFY(store.open());
    const QString difference = m_fixture.compareStore(store, since, startedAt);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCollector::killedMidFillAndRestarted() {
    const QString url = newStore();
    // Twenty days: three hour windows per series, about 8 s of requests under the limit.
    const qint64 since = m_fixture.service->serviceTime() - 20 * 86400;
    const QStringList args = m_fixture.arguments(
        url, {QStringLiteral("--once"), QStringLiteral("--since"), sinceArgument(since)});
    PgStore store(m_server.location(QStringLiteral("collector%1").arg(m_stores)));
    const qint64 before = m_fixture.collectorRequests(Stats);
    CollectorProcess first;
    first.start(args, m_fixture.environment());
    // Killed once a part of the series is in, in the middle of its writes.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return (store.isOpen() || store.open()) &&
                   rows(store, QStringLiteral("SELECT count(*) FROM series_progress")) >= 15;
        },
        120000));
    first.killHard();
    QVERIFY(first.finish(1000) == -1 || !first.isRunning());
    const qint64 stored = rows(store, QStringLiteral("SELECT count(*) FROM series_progress"));
    QVERIFY2(stored < 2 * m_series, "the fill ended before the kill: nothing was tested");
    const qint64 afterKill = m_fixture.collectorRequests(Stats);
    const qint64 startedAt = m_fixture.service->serviceTime();

    CollectorProcess second;
    second.start(args, m_fixture.environment());
    QCOMPARE(second.finish(), 0);
    const QString difference = m_fixture.compareStore(store, since, startedAt);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // The restart went on from the marks: fewer requests than a fill from nothing.
    qint64 full = 0;
    const qint64 now = m_fixture.service->serviceTime();
    for (const Interval interval : {Interval::Hour, Interval::Day})
        full += m_series * storeWindows(interval, 0, since, now, 3 * 3600).size();
    QVERIFY2(m_fixture.collectorRequests(Stats) - afterKill < full,
             qPrintable(QStringLiteral("%1 requests after the restart, a whole fill is %2")
                            .arg(m_fixture.collectorRequests(Stats) - afterKill)
                            .arg(full)));
    QVERIFY(m_fixture.collectorRequests(Stats) - before >= full);
}

void TestCollector::unreachableStoreFailsClearly() {
    const qint64 before = m_fixture.collectorRequests(Stats);
    CollectorProcess collector;
    collector.start(
        m_fixture.arguments(QStringLiteral("postgresql://trro@/none?host=/nonexistent-socket-dir"),
                            {QStringLiteral("--once")}),
        m_fixture.environment());
    QCOMPARE(collector.finish(), 7);
    QVERIFY2(collector.error().contains(QLatin1String("/nonexistent-socket-dir")),
             qPrintable(collector.error()));
    QCOMPARE(m_fixture.collectorRequests(Stats), before);
}

void TestCollector::passwordInTheUrlIsRefused() {
    CollectorProcess collector;
    collector.start(m_fixture.arguments(QStringLiteral("postgresql://trro:hunter2-pw@db/trro"),
                                        {QStringLiteral("--once")}),
                    m_fixture.environment());
    QCOMPARE(collector.finish(), 2);
    QVERIFY2(collector.error().contains(QLatin1String(".pgpass")), qPrintable(collector.error()));
    QVERIFY(!collector.error().contains(QLatin1String("hunter2-pw")));
}

void TestCollector::credentialsDirectoryNeedsBothFiles() {
    QTemporaryDir dir;
    QFile id(dir.filePath(QStringLiteral("tencentcloud-secret-id")));
    QVERIFY(id.open(QIODevice::WriteOnly) && id.write(CollectorKey.secretId.toUtf8()) > 0);
    id.close();
    QProcessEnvironment env = m_fixture.environment();
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), dir.path());
    const qint64 before = m_fixture.collectorRequests(Stats);
    CollectorProcess collector;
    collector.start(
        m_fixture.arguments(m_server.url(QStringLiteral("postgres")), {QStringLiteral("--once")}),
        env);
    QCOMPARE(collector.finish(), 3);
    QVERIFY2(collector.error().contains(QLatin1String("tencentcloud-secret-key")),
             qPrintable(collector.error()));
    QCOMPARE(m_fixture.collectorRequests(Stats), before);
}

void TestCollector::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString store = QStringLiteral("postgresql:///x?host=/nonexistent");
    const QString project = QStringLiteral("--project");
    QTest::newRow("no store") << QStringList{project, QStringLiteral("p"), QStringLiteral("--once")}
                              << QStringLiteral("--store URL");
    QTest::newRow("no project") << QStringList{QStringLiteral("--store"), store,
                                               QStringLiteral("--once")}
                                << QStringLiteral("--project ID");
    QTest::newRow("once and every") << QStringList{QStringLiteral("--store"),
                                                   store,
                                                   project,
                                                   QStringLiteral("p"),
                                                   QStringLiteral("--once"),
                                                   QStringLiteral("--every"),
                                                   QStringLiteral("5m")}
                                    << QStringLiteral("either --once or --every");
    QTest::newRow("neither once nor every")
        << QStringList{QStringLiteral("--store"), store, project, QStringLiteral("p")}
        << QStringLiteral("either --once or --every");
    QTest::newRow("every too short") << QStringList{QStringLiteral("--store"),
                                                    store,
                                                    project,
                                                    QStringLiteral("p"),
                                                    QStringLiteral("--every"),
                                                    QStringLiteral("2s")}
                                     << QStringLiteral("--every expects");
    QTest::newRow("bad interval") << QStringList{QStringLiteral("--store"),
                                                 store,
                                                 project,
                                                 QStringLiteral("p"),
                                                 QStringLiteral("--once"),
                                                 QStringLiteral("--interval"),
                                                 QStringLiteral("hour,week")}
                                  << QStringLiteral("--interval expects");
    QTest::newRow("since in the future") << QStringList{QStringLiteral("--store"),
                                                        store,
                                                        project,
                                                        QStringLiteral("p"),
                                                        QStringLiteral("--once"),
                                                        QStringLiteral("--since"),
                                                        QStringLiteral("2099-01-01")}
                                         << QStringLiteral("--since must be in the past");
    QTest::newRow("bad project id") << QStringList{QStringLiteral("--store"), store, project,
                                                   QStringLiteral("a b"), QStringLiteral("--once")}
                                    << QStringLiteral("--project expects");
    QTest::newRow("demo is trro-stats only") << QStringList{QStringLiteral("--store"),
                                                            store,
                                                            project,
                                                            QStringLiteral("p"),
                                                            QStringLiteral("--once"),
                                                            QStringLiteral("--demo")}
                                             << QStringLiteral("demo");
}

void TestCollector::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    CollectorProcess collector;
    collector.start(arguments, m_fixture.environment());
    QCOMPARE(collector.finish(), 2);
    QVERIFY2(collector.error().contains(message), qPrintable(collector.error()));
}

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
