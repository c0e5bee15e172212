// The cache file: schema, damaged and foreign files set aside, size limit, clear and info,
// several instances and several processes on one file.
#include "cachefiles.h"
#include "cachewriter.h"
#include "statscache.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;
using namespace trro::test;

class TestStatsCache final : public CacheFilesTestCase {
    Q_OBJECT
private Q_SLOTS:
    void defaultPathIsShared();
    void newFileHasTheSchema();
    void storeAndLoad();
    void damagedFileIsSetAside_data();
    void damagedFileIsSetAside();
    void damagedPagesAreSetAside();
    void sizeLimitDropsLeastRecentlyUsed();
    void storedLimitIsShared();
    void clearAndInfo();
    void twoInstancesShareTheFile();
    void twoProcessesShareTheFile();

private:
    static QString integrity(const QString &path);
    static QStringList setAsideFiles(const QString &path);
};

QString TestStatsCache::integrity(const QString &path) {
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

QStringList TestStatsCache::setAsideFiles(const QString &path) {
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + QLatin1String(".broken-*")}, QDir::Files);
}

void TestStatsCache::defaultPathIsShared() {
    // Not per program: the dashboard and trro-stats must find the same file.
    const QString path = StatsCache::defaultPath();
    QVERIFY(path.endsWith(QLatin1String("/trro-dashboard/stats-cache.sqlite")));
    QVERIFY(
        path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)));
}

void TestStatsCache::newFileHasTheSchema() {
    const QString path = nextPath();
    StatsCache cache(path);
    QSignalSpy warnings(&cache, &StatsCache::warning);
    QVERIFY(cache.open());
    QCOMPARE(warnings.count(), 0);
    const CacheInfo info = cache.info();
    QVERIFY(info.open);
    QCOMPARE(info.schemaVersion, StatsCache::SchemaVersion);
    QCOMPARE(info.rows, 0);
    QVERIFY(!info.oldest.isValid());
    QCOMPARE(info.path, path);
    cache.close();
    QCOMPARE(integrity(path), QStringLiteral("ok"));
}

void TestStatsCache::storeAndLoad() {
    StatsCache cache(nextPath());
    QVERIFY(cache.open());
    QVERIFY(writeSeries(cache, QStringLiteral("v1"), 30));
    QCOMPARE(readSeries(cache, QStringLiteral("v1"), 30), writerBuckets(QStringLiteral("v1"), 30));
    // Another device, another endpoint: nothing.
    QVERIFY(readSeries(cache, QStringLiteral("v2"), 30).isEmpty());
    CacheKey other = writerKey(QStringLiteral("v1"));
    other.endpoint = QStringLiteral("https://trro.tencentcloudapi.com");
    QVERIFY(cache.load(other, WriterStart, WriterStart + 30 * WriterDay, 0).pieces.isEmpty());
    // Boundaries are shared by the devices of the project.
    const StatsCache::Loaded loaded =
        cache.load(writerKey(QStringLiteral("v9")), WriterStart, WriterStart + 30 * WriterDay, 0);
    QVERIFY(loaded.ok);
    QVERIFY(loaded.boundaries.contains(WriterStart + 5 * WriterDay));
}

void TestStatsCache::damagedFileIsSetAside_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("not a database") << 0;
    QTest::newRow("old schema version") << 1;
    QTest::newRow("another program's database") << 2;
}

void TestStatsCache::damagedFileIsSetAside() {
    QFETCH(int, kind);
    const QString path = nextPath();
    if (kind == 0) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    } else {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (kind == 1) {
                QVERIFY(
                    q.exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES('schema', '0')")));
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE buckets(a, b, c)")));
            } else {
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos(id, name)")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("make"));
    }
    StatsCache cache(path);
    QSignalSpy warnings(&cache, &StatsCache::warning);
    QVERIFY(cache.open());
    QCOMPARE(warnings.count(), 1);
    QVERIFY2(warnings.at(0).at(0).toString().contains(QLatin1String("set aside")),
             qPrintable(warnings.at(0).at(0).toString()));
    QCOMPARE(setAsideFiles(path).size(), 1);
    // The new file works.
    QVERIFY(writeSeries(cache, QStringLiteral("v1"), 10));
    QCOMPARE(readSeries(cache, QStringLiteral("v1"), 10), writerBuckets(QStringLiteral("v1"), 10));
}

// A file whose first page is fine but whose tables are garbage: found when it is read.
void TestStatsCache::damagedPagesAreSetAside() {
    const QString path = nextPath();
    {
        StatsCache cache(path);
        QVERIFY(cache.open());
        for (int i = 0; i < 20; ++i)
            QVERIFY(writeSeries(cache, QStringLiteral("v%1").arg(i), 60));
    }
    QCOMPARE(integrity(path), QStringLiteral("ok"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 16 * 4096);
        f.seek(4096 * 2);
        f.write(QByteArray(int(size - 4096 * 2), char(0x5a)));
    }
    StatsCache cache(path);
    QSignalSpy warnings(&cache, &StatsCache::warning);
    cache.open();
    // Whichever call finds the damage sets the file aside; none of them crashes.
    readSeries(cache, QStringLiteral("v1"), 60);
    writeSeries(cache, QStringLiteral("v1"), 60);
    QVERIFY(warnings.count() >= 1);
    QCOMPARE(setAsideFiles(path).size(), 1);
    QVERIFY(writeSeries(cache, QStringLiteral("v2"), 60));
    QCOMPARE(readSeries(cache, QStringLiteral("v2"), 60), writerBuckets(QStringLiteral("v2"), 60));
    cache.close();
    QCOMPARE(integrity(path), QStringLiteral("ok"));
}

void TestStatsCache::sizeLimitDropsLeastRecentlyUsed() {
    StatsCache cache(nextPath());
    QVERIFY(cache.open());
    const qint64 limit = 256 * 1024;
    cache.setMaxBytes(limit);
    QVERIFY(writeSeries(cache, QStringLiteral("first"), 300));
    QVERIFY(writeSeries(cache, QStringLiteral("second"), 300));
    for (int i = 0; i < 60; ++i) {
        QVERIFY(writeSeries(cache, QStringLiteral("d%1").arg(i), 300));
        // "second" is looked at all the time: it stays.
        cache.touch(writerKey(QStringLiteral("second")),
                    QDateTime::currentSecsSinceEpoch() + 61 * (i + 1));
        QVERIFY(cache.flush());
    }
    QVERIFY(cache.enforceLimit());
    const CacheInfo info = cache.info();
    QVERIFY2(info.dataBytes <= limit, qPrintable(QString::number(info.dataBytes)));
    QVERIFY(info.fileBytes < 4 * limit);
    QVERIFY(info.series < 62);
    QVERIFY(readSeries(cache, QStringLiteral("first"), 300).isEmpty());
    QCOMPARE(readSeries(cache, QStringLiteral("second"), 300),
             writerBuckets(QStringLiteral("second"), 300));
    QCOMPARE(readSeries(cache, QStringLiteral("d59"), 300),
             writerBuckets(QStringLiteral("d59"), 300));
}

void TestStatsCache::storedLimitIsShared() {
    const QString path = nextPath();
    StatsCache writer(path);
    StatsCache other(path);
    QVERIFY(writer.open() && other.open());
    QCOMPARE(other.maxBytes(), StatsCache::DefaultMaxBytes);
    for (int i = 0; i < 40; ++i)
        QVERIFY(writeSeries(writer, QStringLiteral("d%1").arg(i), 300));
    const qint64 before = writer.info().dataBytes;
    const qint64 limit = 128 * 1024;
    QVERIFY(before > limit);

    // Saving a limit applies it at once and to every program that uses the file.
    QVERIFY(writer.saveMaxBytes(limit));
    QVERIFY(writer.info().dataBytes <= limit);
    QCOMPARE(other.maxBytes(), limit);
    QCOMPARE(other.info().limitBytes, limit);
    StatsCache reopened(path);
    QCOMPARE(reopened.info().limitBytes, limit);

    // A limit of this object only is not replaced by the stored one.
    StatsCache fixed(path);
    fixed.setMaxBytes(4 * limit);
    QCOMPARE(fixed.maxBytes(), 4 * limit);

    // 0 goes back to the default.
    QVERIFY(other.saveMaxBytes(0));
    QCOMPARE(writer.maxBytes(), StatsCache::DefaultMaxBytes);
}

void TestStatsCache::clearAndInfo() {
    StatsCache cache(nextPath());
    QVERIFY(cache.open());
    QVERIFY(writeSeries(cache, QStringLiteral("a"), 10));
    QVERIFY(writeSeries(cache, QStringLiteral("b"), 10));
    CacheInfo info = cache.info();
    QCOMPARE(info.series, 2);
    QVERIFY(info.rows >= 16);
    QVERIFY(info.oldest.isValid() && info.newest.isValid());
    QVERIFY(info.fileBytes > 0);
    QVERIFY(cache.clear());
    info = cache.info();
    QCOMPARE(info.series, 0);
    QCOMPARE(info.rows, 0);
    QVERIFY(readSeries(cache, QStringLiteral("a"), 10).isEmpty());
}

void TestStatsCache::twoInstancesShareTheFile() {
    const QString path = nextPath();
    StatsCache one(path);
    StatsCache two(path);
    QVERIFY(one.open() && two.open());
    for (int i = 0; i < 40; ++i) {
        StatsCache &writer = i % 2 ? one : two;
        StatsCache &reader = i % 2 ? two : one;
        const QString device = QStringLiteral("s%1").arg(i % 7);
        QVERIFY(writeSeries(writer, device, 15 + i % 5));
        QCOMPARE(readSeries(reader, device, 15 + i % 5), writerBuckets(device, 15 + i % 5));
    }
    one.close();
    two.close();
    QCOMPARE(integrity(path), QStringLiteral("ok"));
}

void TestStatsCache::twoProcessesShareTheFile() {
    const QString path = nextPath();
    StatsCache cache(path);
    QVERIFY(cache.open());
    QList<QProcess *> writers;
    for (const QString &name : {QStringLiteral("p"), QStringLiteral("q")}) {
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QStringLiteral(TRRO_CACHE_WRITER), {path, name, QStringLiteral("150")});
        writers << process;
    }
    for (QProcess *process : std::as_const(writers))
        QVERIFY(process->waitForStarted());
    // This process writes at the same time.
    for (int i = 0; i < 100; ++i) {
        const QString device = QStringLiteral("m%1").arg(i % 10);
        QVERIFY(writeSeries(cache, device, 20 + i % 7));
        QCOMPARE(readSeries(cache, device, 20 + i % 7), writerBuckets(device, 20 + i % 7));
    }
    for (QProcess *process : std::as_const(writers)) {
        QVERIFY(process->waitForFinished(60000));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(process->exitCode(), 0);
    }
    for (const QString &name : {QStringLiteral("p"), QStringLiteral("q"), QStringLiteral("m")}) {
        for (int d = 0; d < 10; ++d) {
            const QString device = name + QString::number(d);
            const QList<IntervalBucket> stored = readSeries(cache, device, 20);
            QCOMPARE(stored, writerBuckets(device, 20));
        }
    }
    QCOMPARE(cache.info().series, 30);
    cache.close();
    QCOMPARE(integrity(path), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestStatsCache)
#include "tst_statscache.moc"
