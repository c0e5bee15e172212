// The cache file against its own history and against edits: private permissions, migration of
// an older schema with its data, a newer program's file left alone, set-aside copies pruned,
// and rows with impossible values (or fetched "in the future") never served.
#include "cachefiles.h"
#include "cachewriter.h"
#include "statscache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;
using namespace trro::test;

namespace {

constexpr auto GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                              QFileDevice::WriteOther | QFileDevice::ExeOther;

// Runs SQL on the file with a connection of its own.
bool sql(const QString &path, const QStringList &statements) {
    bool ok = true;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    return ok;
}

qint64 count(const QString &path, const QString &query) {
    qint64 n = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(query) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

QStringList warningsOf(const QSignalSpy &spy) {
    QStringList out;
    for (const QList<QVariant> &args : spy)
        out << args.at(0).toString();
    return out;
}

} // namespace

class TestCacheHardening final : public CacheFilesTestCase {
    Q_OBJECT
public:
    TestCacheHardening()
        : CacheFilesTestCase("f%1/cache.sqlite") {}

private Q_SLOTS:
    void fileIsPrivate();
    void olderSchemaIsMigrated();
    void newerSchemaIsLeftAlone();
    void setAsideCopiesArePruned();
    void implausibleRowsAreNotServed_data();
    void implausibleRowsAreNotServed();
};

void TestCacheHardening::fileIsPrivate() {
    const QString path = nextPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::setPermissions(QFileInfo(path).absolutePath(),
                          QFileDevice::Permissions(0x7755)); // as an older version left it
    StatsCache cache(path);
    QVERIFY(cache.open());
    QVERIFY(writeSeries(cache, QStringLiteral("v1"), 10));
    QCOMPARE(QFileInfo(path).permissions() & GroupOrOther, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & GroupOrOther,
             QFileDevice::Permissions());
    for (const char *journal : {"-wal", "-shm"}) {
        const QFileInfo info(path + QLatin1String(journal));
        if (info.exists())
            QCOMPARE(info.permissions() & GroupOrOther, QFileDevice::Permissions());
    }
}

void TestCacheHardening::olderSchemaIsMigrated() {
    const QString path = nextPath();
    const qint64 future = QDateTime::currentSecsSinceEpoch() + 10LL * 365 * 86400;
    {
        StatsCache cache(path);
        QVERIFY(cache.open());
        QVERIFY(writeSeries(cache, QStringLiteral("kept"), 20));
        QVERIFY(writeSeries(cache, QStringLiteral("stamped ahead"), 20));
    }
    // What version 1 wrote after following a service clock ten years ahead.
    QVERIFY(sql(path, {QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema'"),
                       QStringLiteral("UPDATE pieces SET fetched_at = %1 WHERE series = (SELECT "
                                      "id FROM series WHERE device = 'stamped ahead')")
                           .arg(future)}));
    StatsCache cache(path);
    QSignalSpy warnings(&cache, &StatsCache::warning);
    QVERIFY(cache.open());
    QCOMPARE(warningsOf(warnings), QStringList());
    QCOMPARE(cache.info().schemaVersion, 2);
    QCOMPARE(count(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")), 2);
    QCOMPARE(QDir(QFileInfo(path).absolutePath())
                 .entryList({QStringLiteral("*.broken-*")}, QDir::Files)
                 .size(),
             0);
    // The data is kept, except the rows stamped in the future.
    QCOMPARE(readSeries(cache, QStringLiteral("kept"), 20),
             writerBuckets(QStringLiteral("kept"), 20));
    QVERIFY(readSeries(cache, QStringLiteral("stamped ahead"), 20).isEmpty());
    QCOMPARE(
        count(path,
              QStringLiteral("SELECT count(*) FROM pieces WHERE fetched_at > %1").arg(future - 1)),
        0);
}

void TestCacheHardening::newerSchemaIsLeftAlone() {
    const QString path = nextPath();
    {
        StatsCache cache(path);
        QVERIFY(cache.open());
        QVERIFY(writeSeries(cache, QStringLiteral("v1"), 10));
    }
    QVERIFY(sql(path, {QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema'")}));
    StatsCache cache(path);
    QSignalSpy warnings(&cache, &StatsCache::warning);
    QVERIFY(!cache.open());
    QCOMPARE(warnings.count(), 1);
    QVERIFY2(warningsOf(warnings).front().contains(QLatin1String("newer")),
             qPrintable(warningsOf(warnings).front()));
    cache.close();
    QCOMPARE(count(path, QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")), 99);
    QVERIFY(count(path, QStringLiteral("SELECT count(*) FROM pieces")) > 0);
}

void TestCacheHardening::setAsideCopiesArePruned() {
    const QString path = nextPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QStringList stamps = {
        QStringLiteral("20260101-000000-000"), QStringLiteral("20260301-000000-000"),
        QStringLiteral("20260201-000000-000"), QStringLiteral("20260401-000000-000")};
    for (const QString &stamp : stamps) {
        for (const char *suffix : {"", "-wal"}) {
            QFile f(path + QLatin1String(".broken-") + stamp + QLatin1String(suffix));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("damaged");
        }
    }
    StatsCache cache(path);
    QVERIFY(cache.open());
    const QStringList left =
        QDir(QFileInfo(path).absolutePath())
            .entryList({QStringLiteral("*.broken-*")}, QDir::Files, QDir::Name);
    const QString name = QFileInfo(path).fileName() + QLatin1String(".broken-");
    QCOMPARE(left, (QStringList{name + stamps.at(1), name + stamps.at(1) + QLatin1String("-wal"),
                                name + stamps.at(3), name + stamps.at(3) + QLatin1String("-wal")}));
}

void TestCacheHardening::implausibleRowsAreNotServed_data() {
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("column");
    QTest::newRow("negative sessions")
        << QStringLiteral("session_num = -999") << QStringLiteral("session_num");
    QTest::newRow("huge minutes") << QStringLiteral("total_duration = 9223372036854775807")
                                  << QStringLiteral("total_duration");
    QTest::newRow("ratio 250") << QStringLiteral("not_bad_ratio = 250")
                               << QStringLiteral("not_bad_ratio");
    QTest::newRow("ratio beyond int")
        << QStringLiteral("not_bad_ratio = 4294967346") << QStringLiteral("not_bad_ratio");
    QTest::newRow("fetched in the future")
        << QStringLiteral("fetched_at = strftime('%s', 'now') + 86400")
        << QStringLiteral("fetched_at");
    QTest::newRow("inverted cell") << QStringLiteral("cell_end = cell_start - 1, clip_end = "
                                                     "cell_start - 1")
                                   << QStringLiteral("cell_start/cell_end");
}

void TestCacheHardening::implausibleRowsAreNotServed() {
    QFETCH(QString, assignment);
    QFETCH(QString, column);
    const QString path = nextPath();
    const QString device = QStringLiteral("edited");
    {
        StatsCache cache(path);
        QVERIFY(cache.open());
        QVERIFY(writeSeries(cache, device, 30));
    }
    const QList<IntervalBucket> written = writerBuckets(device, 30);
    const qint64 edited = written.at(3).startTime;
    QVERIFY(sql(path, {QStringLiteral("UPDATE pieces SET %1 WHERE cell_start = %2 AND empty = 0")
                           .arg(assignment)
                           .arg(edited)}));
    StatsCache cache(path);
    QSignalSpy warnings(&cache, &StatsCache::warning);
    QVERIFY(cache.open());
    QList<IntervalBucket> expected = written;
    expected.removeAt(3);
    QCOMPARE(readSeries(cache, device, 30), expected);
    QCOMPARE(warnings.count(), 1);
    QVERIFY2(warningsOf(warnings).front().contains(column),
             qPrintable(warningsOf(warnings).front()));
}

QTEST_GUILESS_MAIN(TestCacheHardening)
#include "tst_cachehardening.moc"
