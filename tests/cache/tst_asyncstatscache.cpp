// The cache on its own thread: calls run there in order, answers come back to their context on
// the calling thread, and the calling thread goes on while the file is locked by someone else.
#include "asyncstatscache.h"
#include "cachefiles.h"
#include "cachewriter.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace trro;
using namespace trro::test;

class TestAsyncStatsCache final : public CacheFilesTestCase {
    Q_OBJECT
private Q_SLOTS:
    void callsRunOnTheCacheThread();
    void storeThenLoadInOrder();
    void answersGoToTheirContext();
    void destroyingWritesWhatIsQueued();
    void callerGoesOnWhileTheFileIsLocked();
};

namespace {

constexpr int Days = 20;

AbsorbedAnswer settledAnswer(const QString &device) {
    const qint64 end = WriterStart + Days * WriterDay;
    return absorbAnswer(WriterStart, end, end + 30 * WriterDay, writerBuckets(device, Days));
}

QList<IntervalBucket> bucketsOf(const StatsCache::Loaded &loaded) {
    QList<CachePiece> withData;
    for (const CachePiece &p : loaded.pieces) {
        if (!p.empty)
            withData.append(p);
    }
    return assembleBuckets(withData);
}

// Queues the store of device's settled answer and, behind it, the load of the same range,
// which sets *loaded.
void storeThenLoad(AsyncStatsCache &cache, const QString &device, QObject *context,
                   std::optional<StatsCache::Loaded> *loaded) {
    cache.store(writerKey(device), WriterStart, WriterStart + Days * WriterDay,
                settledAnswer(device), 3 * 3600);
    cache.load(writerKey(device), WriterStart, WriterStart + Days * WriterDay, 0, context,
               [loaded](const StatsCache::Loaded &l) { *loaded = l; });
}

} // namespace

void TestAsyncStatsCache::callsRunOnTheCacheThread() {
    AsyncStatsCache cache(nextPath());
    QThread *worker = cache.wait<QThread *>([](StatsCache &) { return QThread::currentThread(); });
    QVERIFY(worker);
    QVERIFY(worker != QThread::currentThread());
    // The answer itself comes back to the calling thread.
    QThread *answeredOn = nullptr;
    QObject context;
    cache.info(&context,
               [&answeredOn](const CacheInfo &) { answeredOn = QThread::currentThread(); });
    QVERIFY(answeredOn == nullptr); // never inside the call
    QTRY_VERIFY(answeredOn != nullptr);
    QCOMPARE(answeredOn, QThread::currentThread());
}

void TestAsyncStatsCache::storeThenLoadInOrder() {
    AsyncStatsCache cache(nextPath());
    const QString device = QStringLiteral("v1");
    // Fire-and-forget store, then a load queued behind it: the load sees what was stored.
    QObject context;
    std::optional<StatsCache::Loaded> loaded;
    storeThenLoad(cache, device, &context, &loaded);
    QCOMPARE(cache.pending(), 2);
    QSignalSpy idle(&cache, &AsyncStatsCache::idle);
    QVERIFY(idle.wait(10000));
    QCOMPARE(cache.pending(), 0);
    QVERIFY(loaded.has_value());
    QVERIFY(loaded->ok);
    QCOMPARE(bucketsOf(*loaded), writerBuckets(device, Days));
}

void TestAsyncStatsCache::answersGoToTheirContext() {
    AsyncStatsCache cache(nextPath());
    auto *gone = new QObject;
    QObject kept;
    int goneCalls = 0;
    int keptCalls = 0;
    cache.info(gone, [&goneCalls](const CacheInfo &) { ++goneCalls; });
    cache.info(&kept, [&keptCalls](const CacheInfo &) { ++keptCalls; });
    delete gone;
    QSignalSpy idle(&cache, &AsyncStatsCache::idle);
    QVERIFY(idle.wait(10000));
    QCOMPARE(goneCalls, 0);
    QCOMPARE(keptCalls, 1);
    QCOMPARE(cache.pending(), 0);
}

void TestAsyncStatsCache::destroyingWritesWhatIsQueued() {
    const QString path = nextPath();
    {
        AsyncStatsCache cache(path);
        for (const QString &device :
             {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
            cache.store(writerKey(device), WriterStart, WriterStart + Days * WriterDay,
                        settledAnswer(device), 3 * 3600);
        cache.touch(writerKey(QStringLiteral("a")), WriterStart + 40 * WriterDay);
    } // destroyed with the stores still queued
    StatsCache reopened(path);
    QVERIFY(reopened.open());
    for (const QString &device : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        QCOMPARE(readSeries(reopened, device, Days), writerBuckets(device, Days));
}

void TestAsyncStatsCache::callerGoesOnWhileTheFileIsLocked() {
    const QString path = nextPath();
    AsyncStatsCache cache(path);
    QVERIFY(cache.wait<bool>([](StatsCache &c) { return c.open(); }));

    // Another writer (here a second connection on this thread) holds the write lock.
    const QString connection = QStringLiteral("other-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery lock(db);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        // The store waits for the lock on the cache's thread; the load queued behind it too.
        const QString device = QStringLiteral("locked");
        QObject context;
        std::optional<StatsCache::Loaded> loaded;
        storeThenLoad(cache, device, &context, &loaded);
        // This thread is free: it answers events and, being free, lets go of the lock itself.
        QCoreApplication::processEvents();
        QVERIFY(!loaded.has_value());
        QCOMPARE(cache.pending(), 2);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));

        // The store went through once the lock was free, and the load after it sees it.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 10000);
        QVERIFY(loaded->ok);
        QCOMPARE(bucketsOf(*loaded), writerBuckets(device, Days));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestAsyncStatsCache)
#include "tst_asyncstatscache.moc"
