#include "asyncstatscache.h"

#include "sharedstatsstore.h"

#include <QDateTime>

namespace trro {

AsyncStatsCache::AsyncStatsCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_cache(new StatsCache(path)) {
    m_thread.setObjectName(QStringLiteral("trro-stats-cache"));
    m_cache->moveToThread(&m_thread);
    // Deleted on the worker when it stops: the SQLite connection is closed by its own thread.
    connect(&m_thread, &QThread::finished, m_cache, &QObject::deleteLater);
    connect(m_cache, &StatsCache::warning, this, &AsyncStatsCache::warning);
    m_thread.start();
}

AsyncStatsCache::~AsyncStatsCache() {
    // Queued after every call made so far: they run (and the stores are written) first.
    QMetaObject::invokeMethod(m_cache, [thread = &m_thread] { thread->quit(); });
    m_thread.wait();
}

template <typename R>
void AsyncStatsCache::call(std::function<R(StatsCache &)> work, QObject *context, Done<R> done) {
    ++m_pending;
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    StatsCache *cache = m_cache;
    QMetaObject::invokeMethod(
        cache, [this, cache, work = std::move(work), guard, hasContext, done = std::move(done)] {
            R result = work(*cache);
            // Back to this object's thread; this object outlives the worker (its destructor waits).
            QMetaObject::invokeMethod(
                this,
                [this, guard, hasContext, done, result = std::move(result)] {
                    if (done && (!hasContext || guard))
                        done(result);
                    delivered();
                },
                Qt::QueuedConnection);
        });
}

void AsyncStatsCache::post(std::function<void(StatsCache &)> work) {
    call<bool>(
        [work = std::move(work)](StatsCache &cache) {
            work(cache);
            return true;
        },
        nullptr, nullptr);
}

void AsyncStatsCache::delivered() {
    if (--m_pending == 0)
        Q_EMIT idle();
}

void AsyncStatsCache::setSharedStore(const PgLocation &location) {
    SharedStatsStore *old = m_shared;
    m_shared = nullptr;
    if (old) // after the calls queued so far, on the thread it lives on
        QMetaObject::invokeMethod(m_cache, [old] { delete old; });
    if (!location.isValid())
        return;
    m_shared = new SharedStatsStore(location);
    m_shared->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_shared, &QObject::deleteLater);
    connect(m_shared, &SharedStatsStore::warning, this, &AsyncStatsCache::warning);
    connect(m_shared, &SharedStatsStore::reachableChanged, this,
            &AsyncStatsCache::sharedStoreReachable);
}

void AsyncStatsCache::load(const CacheKey &key, qint64 start, qint64 end, qint64 tailsSince,
                           QObject *context, Done<StatsCache::Loaded> done) {
    call<StatsCache::Loaded>(
        [key, start, end, tailsSince, shared = m_shared](StatsCache &cache) {
            StatsCache::Loaded local =
                cache.open() ? cache.load(key, start, end, tailsSince) : StatsCache::Loaded{};
            if (!shared)
                return local;
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            return mergeSharedPieces(local, shared->load(key, start, end, now));
        },
        context, std::move(done));
}

void AsyncStatsCache::freshness(const CacheKey &key, QObject *context,
                                std::function<void(const StoreFreshness &, bool ok)> done) {
    using Answer = std::pair<StoreFreshness, bool>;
    call<Answer>(
        [key, shared = m_shared](StatsCache &) {
            Answer answer{StoreFreshness{}, false};
            if (shared)
                answer.first = shared->freshness(key, &answer.second);
            return answer;
        },
        context,
        [done = std::move(done)](const Answer &answer) {
            if (done)
                done(answer.first, answer.second);
        });
}

void AsyncStatsCache::store(const CacheKey &key, qint64 start, qint64 end,
                            const AbsorbedAnswer &answer, qint64 settleSec) {
    post([key, start, end, answer, settleSec](StatsCache &cache) {
        cache.store(key, start, end, answer, settleSec);
    });
}

void AsyncStatsCache::storeDerived(const CacheKey &key, const CachePiece &piece, qint64 settleSec) {
    post([key, piece, settleSec](StatsCache &cache) { cache.storeDerived(key, piece, settleSec); });
}

void AsyncStatsCache::touch(const CacheKey &key, qint64 now) {
    post([key, now](StatsCache &cache) { cache.touch(key, now); });
}

void AsyncStatsCache::info(QObject *context, Done<CacheInfo> done) {
    call<CacheInfo>([](StatsCache &cache) { return cache.info(); }, context, std::move(done));
}

void AsyncStatsCache::maxBytes(QObject *context, Done<qint64> done) {
    call<qint64>([](StatsCache &cache) { return cache.maxBytes(); }, context, std::move(done));
}

void AsyncStatsCache::saveMaxBytes(qint64 bytes, QObject *context, Done<bool> done) {
    call<bool>([bytes](StatsCache &cache) { return cache.saveMaxBytes(bytes); }, context,
               std::move(done));
}

void AsyncStatsCache::clear(QObject *context, Done<bool> done) {
    call<bool>([](StatsCache &cache) { return cache.clear(); }, context, std::move(done));
}

void AsyncStatsCache::setMaxBytes(qint64 bytes) {
    post([bytes](StatsCache &cache) { cache.setMaxBytes(bytes); });
}

} // namespace trro
