// The shared history store against a real PostgreSQL server (a private one, see pgserver.h):
// migrations, monthly partitions, upserts that never duplicate, the settled marks, the
// collector's lock and freshness, retention.

#include "pgschema.h"
#include "pgserver.h"
#include "pgstore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace trro;
using trro::test::PgServer;

namespace {

const StoreScope Scope{QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("AKIDscope1")};
const StoreScope Other{QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("AKIDscope2")};

// 2026-11-30 22:00 UTC: hour buckets across the end of a month.
constexpr qint64 T0 = 1796076000;

IntervalBucket bucket(qint64 start, qint64 sessions) {
    return {.startTime = start,
            .endTime = start + 3600,
            .sessionNum = sessions,
            .totalDuration = sessions * 7,
            .notBadSessionRatio = 90,
            .activeFieldDeviceNum = 2,
            .activeRemoteDeviceNum = 1};
}

qint64 count(PgStore &store, const QString &sql) {
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestPgStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void freshStoreIsAtTheCurrentVersion();
    void migratesFromThePreviousVersion();
    void refusesANewerSchema();
    void coverageStartsWhereTheRowsStart();
    void upsertsNeverDuplicate();
    void partitionsByMonth();
    void marksOnlyMoveForward();
    void sessionsAndDevices();
    void oneCollectorPerScope();
    void freshness();
    void retentionDropsWholeMonths();
    void unreachableStoreSaysWhere();

private:
    PgLocation newStore();

    PgServer m_server;
    int m_databases = 0;
};

void TestPgStore::initTestCase() {
    TRRO_START_PGSERVER(m_server);
}

PgLocation TestPgStore::newStore() {
    const QString name = QStringLiteral("store%1").arg(++m_databases);
    if (m_server.createDatabase(name).isEmpty())
        qWarning("CREATE DATABASE failed: %s", qPrintable(m_server.error()));
    return m_server.location(name);
}

void TestPgStore::freshStoreIsAtTheCurrentVersion() {
    PgStore store(newStore());
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    QSqlDatabase db = store.database();
    QString error;
    QCOMPARE(pgschema::version(db, &error), pgschema::CurrentVersion);
    // Opening again (a second program) migrates nothing more.
    PgStore again(m_server.location(store.database().databaseName()));
    QVERIFY2(again.open(), qPrintable(again.lastError()));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM schema_version")),
             qint64(pgschema::CurrentVersion));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM pg_partitioned_table")), 2);
}

void TestPgStore::migratesFromThePreviousVersion() {
    const PgLocation location = newStore();
    {
        PgStore old(location);
        QVERIFY2(old.open(false), qPrintable(old.lastError()));
        QSqlDatabase db = old.database();
        QString error;
        QVERIFY2(pgschema::migrate(db, pgschema::CurrentVersion - 1, &error), qPrintable(error));
        QCOMPARE(pgschema::version(db, &error), pgschema::CurrentVersion - 1);
        // What a collector of the previous version wrote: the same rows, without the column
        // version 3 adds (this build's writer fills it, so it is there while it writes).
        QSqlQuery column(db);
        QVERIFY(column.exec(QStringLiteral("ALTER TABLE series_progress ADD COLUMN covered_from "
                                           "bigint")));
        QVERIFY2(old.saveBuckets(Scope, {QStringLiteral("p1"), QString(), Interval::Hour}, T0,
                                 T0 + 7200, {bucket(T0, 3), bucket(T0 + 3600, 4)}, T0 + 3600,
                                 T0 + 9000),
                 qPrintable(old.lastError()));
        QVERIFY(
            column.exec(QStringLiteral("ALTER TABLE series_progress DROP COLUMN covered_from")));
        // The previous version lacks what the current one adds.
        QCOMPARE(count(old, QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                           "WHERE table_name = 'series_progress' AND "
                                           "column_name = 'covered_from'")),
                 0);
    }
    PgStore store(location);
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    QSqlDatabase db = store.database();
    QString error;
    QCOMPARE(pgschema::version(db, &error), pgschema::CurrentVersion);
    QCOMPARE(store.buckets(Scope, {QStringLiteral("p1"), QString(), Interval::Hour}, T0, T0 + 7200),
             (QList<IntervalBucket>{bucket(T0, 3), bucket(T0 + 3600, 4)}));
    QCOMPARE(store.settledMarks(Scope, QStringLiteral("p1"), Interval::Hour).value(QString()),
             T0 + 3600);
    // The new version's tables work on the migrated store.
    QCOMPARE(store.retentionMonths(), 0);
    QCOMPARE(store.sessionsSettledUntil(Scope, QStringLiteral("p1")), 0);
    // Version 3: where the old series' rows start is unknown until the collector writes again;
    // from then on they are covered from its mark.
    const QString coveredFrom =
        QStringLiteral("SELECT coalesce(covered_from, -1) FROM series_progress");
    QCOMPARE(count(store, coveredFrom), qint64(-1));
    QVERIFY2(store.saveBuckets(Scope, {QStringLiteral("p1"), QString(), Interval::Hour}, T0 + 3600,
                               T0 + 10800, {bucket(T0 + 3600, 4)}, T0 + 7200, T0 + 18000),
             qPrintable(store.lastError()));
    QCOMPARE(count(store, coveredFrom), T0 + 3600);
}

void TestPgStore::coverageStartsWhereTheRowsStart() {
    PgStore store(newStore());
    QVERIFY2(store.open(), qPrintable(store.lastError()));
    const StoreSeries series{QStringLiteral("p1"), QStringLiteral("d1"), Interval::Hour};
    const QString coveredFrom =
        QStringLiteral("SELECT covered_from FROM series_progress WHERE device_id = 'd1'");
    // The first window (the collector's --since), then the next from the mark: contiguous.
    QVERIFY(store.saveBuckets(Scope, series, T0, T0 + 7200, {bucket(T0, 1)}, T0 + 3600, T0 + 9000));
    QCOMPARE(count(store, coveredFrom), T0);
    QVERIFY(store.saveBuckets(Scope, series, T0 + 3600, T0 + 10800, {}, T0 + 7200, T0 + 18000));
    QCOMPARE(count(store, coveredFrom), T0);
    // A later --since leaves a gap after the mark: the coverage starts anew.
    QVERIFY(store.saveBuckets(Scope, series, T0 + 36000, T0 + 39600, {}, T0 + 39600, T0 + 60000));
    QCOMPARE(count(store, coveredFrom), T0 + 36000);
}

void TestPgStore::refusesANewerSchema() {
    const PgLocation location = newStore();
    {
        PgStore store(location);
        QVERIFY(store.open());
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                               .arg(pgschema::CurrentVersion + 1)));
    }
    PgStore store(location);
    QVERIFY(!store.open());
    QVERIFY2(store.lastError().contains(QString::number(pgschema::CurrentVersion + 1)),
             qPrintable(store.lastError()));
}

void TestPgStore::upsertsNeverDuplicate() {
    PgStore store(newStore());
    QVERIFY(store.open());
    const StoreSeries fleet{QStringLiteral("p1"), QString(), Interval::Hour};
    const StoreSeries device{QStringLiteral("p1"), QStringLiteral("truck-1"), Interval::Hour};
    for (int round = 0; round < 3; ++round) {
        QVERIFY2(store.saveBuckets(Scope, fleet, T0, T0 + 3 * 3600,
                                   {bucket(T0, 1), bucket(T0 + 3600, 2 + round)}, T0, T0 + 9000),
                 qPrintable(store.lastError()));
    }
    QVERIFY(store.saveBuckets(Scope, device, T0, T0 + 3600, {bucket(T0, 5)}, T0, T0 + 9000));
    QVERIFY(store.saveBuckets(Other, fleet, T0, T0 + 3600, {bucket(T0, 9)}, T0, T0 + 9000));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM interval_stats")), 4);
    // The latest answer wins; each key keeps its own rows.
    QCOMPARE(store.buckets(Scope, fleet, T0, T0 + 3 * 3600),
             (QList<IntervalBucket>{bucket(T0, 1), bucket(T0 + 3600, 4)}));
    QCOMPARE(store.buckets(Scope, device, T0, T0 + 3 * 3600), {bucket(T0, 5)});
    QCOMPARE(store.buckets(Other, fleet, T0, T0 + 3 * 3600), {bucket(T0, 9)});
    // The whole project in one query: the same rows, by device.
    const QHash<QString, QList<IntervalBucket>> project =
        store.projectBuckets(Scope, QStringLiteral("p1"), Interval::Hour, T0, T0 + 3 * 3600);
    QCOMPARE(project.size(), 2);
    QCOMPARE(project.value(QString()), store.buckets(Scope, fleet, T0, T0 + 3 * 3600));
    QCOMPARE(project.value(QStringLiteral("truck-1")), {bucket(T0, 5)});
    QVERIFY(store.projectBuckets(Scope, QStringLiteral("p1"), Interval::Day, T0, T0 + 3 * 3600)
                .isEmpty());
    // A bucket the answer no longer holds goes; one outside the answer's range stays.
    QVERIFY(store.saveBuckets(Scope, fleet, T0 + 3600, T0 + 7200, {}, T0, T0 + 9000));
    QCOMPARE(store.buckets(Scope, fleet, T0, T0 + 3 * 3600), {bucket(T0, 1)});
    // Settled: the buckets that end by the mark.
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM interval_stats WHERE settled")), 0);
    QVERIFY(store.saveBuckets(Scope, fleet, T0, T0 + 3600, {bucket(T0, 1)}, T0 + 3600, T0 + 9000));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM interval_stats WHERE settled AND "
                                         "account = 'AKIDscope1' AND device_id = ''")),
             1);
}

void TestPgStore::partitionsByMonth() {
    PgStore store(newStore());
    QVERIFY(store.open());
    const StoreSeries fleet{QStringLiteral("p1"), QString(), Interval::Hour};
    // 22:00 and 23:00 on 30 November, 00:00 on 1 December (UTC).
    QVERIFY(store.saveBuckets(Scope, fleet, T0, T0 + 3 * 3600,
                              {bucket(T0, 1), bucket(T0 + 3600, 2), bucket(T0 + 7200, 3)}, T0,
                              T0 + 9000));
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM interval_stats_p202611")), 2);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM interval_stats_p202612")), 1);
    QCOMPARE(store.buckets(Scope, fleet, T0, T0 + 3 * 3600).size(), 3);
}

void TestPgStore::marksOnlyMoveForward() {
    PgStore store(newStore());
    QVERIFY(store.open());
    const StoreSeries fleet{QStringLiteral("p1"), QString(), Interval::Day};
    QVERIFY(store.saveBuckets(Scope, fleet, T0, T0 + 86400, {}, T0 + 86400, T0));
    QVERIFY(store.saveBuckets(Scope, fleet, T0, T0 + 86400, {}, T0, T0));
    QCOMPARE(store.settledMarks(Scope, QStringLiteral("p1"), Interval::Day),
             (QHash<QString, qint64>{{QString(), T0 + 86400}}));
    QVERIFY(store.settledMarks(Scope, QStringLiteral("p1"), Interval::Hour).isEmpty());
    QVERIFY(store.settledMarks(Other, QStringLiteral("p1"), Interval::Day).isEmpty());
}

void TestPgStore::sessionsAndDevices() {
    PgStore store(newStore());
    QVERIFY(store.open());
    DeviceSession s1{QStringLiteral("s-1"),
                     QStringLiteral("cockpit-1"),
                     QStringLiteral("truck-1"),
                     QStringLiteral("1080p"),
                     T0 + 60,
                     T0 + 600,
                     QStringLiteral("good")};
    DeviceSession s2{QStringLiteral("s-2"),
                     QStringLiteral("cockpit-1"),
                     QStringLiteral("truck-2"),
                     QStringLiteral("720p"),
                     T0 + 7300,
                     0,
                     QStringLiteral("bad")};
    QVERIFY2(store.saveSessions(Scope, QStringLiteral("p1"), T0, T0 + 7400, {s1, s2}, T0 + 3600,
                                T0 + 7400),
             qPrintable(store.lastError()));
    s2.endTime = T0 + 8000; // the session ended: the same row, updated
    QVERIFY(store.saveSessions(Scope, QStringLiteral("p1"), T0 + 3600, T0 + 9000, {s2}, T0 + 9000,
                               T0 + 9000));
    QCOMPARE(store.sessions(Scope, QStringLiteral("p1"), T0, T0 + 9000),
             (QList<DeviceSession>{s1, s2}));
    QCOMPARE(store.sessionsSettledUntil(Scope, QStringLiteral("p1")), T0 + 9000);

    Device truck;
    truck.deviceId = QStringLiteral("truck-1");
    truck.deviceName = QStringLiteral("Truck 1");
    truck.deviceStatus = QStringLiteral("ready");
    truck.deviceType = DeviceType::Field;
    truck.projectId = QStringLiteral("p1");
    truck.modifyTime = QDateTime::fromSecsSinceEpoch(T0, QTimeZone::utc());
    Device gone = truck;
    gone.deviceId = QStringLiteral("truck-0");
    QVERIFY(store.saveDevices(Scope, QStringLiteral("p1"), {gone, truck}, T0));
    QVERIFY(store.saveDevices(Scope, QStringLiteral("p1"), {truck}, T0 + 60));
    QCOMPARE(store.devices(Scope, QStringLiteral("p1")), {truck});
}

void TestPgStore::oneCollectorPerScope() {
    const PgLocation location = newStore();
    PgStore first(location);
    PgStore second(location);
    QVERIFY(first.open());
    QVERIFY(second.open());
    QVERIFY(first.tryLock(Scope));
    QVERIFY(!second.tryLock(Scope));
    QVERIFY(second.tryLock(Other)); // another account has its own collector
    first.close();                  // the holder is gone (a kill -9 closes the connection too)
    QVERIFY(QTest::qWaitFor([&] { return second.tryLock(Scope); }, 10000));
    QVERIFY(second.unlock(Scope));
}

void TestPgStore::freshness() {
    PgStore store(newStore());
    QVERIFY(store.open());
    QCOMPARE(store.freshness(Scope).lastSuccess, 0);
    QVERIFY(store.recordCycle(Scope, T0, true, QStringLiteral("cycle 1 ok")));
    QVERIFY(store.recordCycle(Scope, T0 + 300, false, QStringLiteral("cycle 2 failed")));
    const StoreFreshness f = store.freshness(Scope);
    QCOMPARE(f.lastSuccess, T0);
    QCOMPARE(f.lastAttempt, T0 + 300);
    QCOMPARE(f.status, QStringLiteral("cycle 2 failed"));
    QCOMPARE(store.freshness(Other).lastAttempt, 0);
}

void TestPgStore::retentionDropsWholeMonths() {
    PgStore store(newStore());
    QVERIFY(store.open());
    const StoreSeries fleet{QStringLiteral("p1"), QString(), Interval::Day};
    const qint64 day = 86400;
    // Rows in September, October, November and December 2026.
    for (const qint64 t : {T0 - 70 * day, T0 - 40 * day, T0, T0 + 3 * day})
        QVERIFY(store.saveBuckets(Scope, fleet, t, t + day, {bucket(t, 1)}, t, t));
    QCOMPARE(store.applyRetention(T0 + 3 * day), 0); // 0 months: keep everything
    QVERIFY(store.setRetentionMonths(2));
    QCOMPARE(store.retentionMonths(), 2);
    QVERIFY(!store.setRetentionMonths(-1));
    // On 3 December with 2 months: October, November and December stay.
    QCOMPARE(store.applyRetention(T0 + 3 * day), 1);
    QCOMPARE(store.buckets(Scope, fleet, 0, T0 + 10 * day).size(), 3);
    QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = "
                                         "'interval_stats_p202609'")),
             0);
}

void TestPgStore::unreachableStoreSaysWhere() {
    QString error;
    const PgLocation location = PgLocation::parse(
        QStringLiteral("postgresql://nobody@/none?host=/nonexistent-dir&port=5999"), &error);
    QVERIFY(location.isValid());
    PgStore store(location);
    QVERIFY(!store.open());
    QVERIFY2(store.lastError().contains(QLatin1String("/nonexistent-dir")),
             qPrintable(store.lastError()));
}

QTEST_GUILESS_MAIN(TestPgStore)
#include "tst_pgstore.moc"
