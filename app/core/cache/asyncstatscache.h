#pragma once

#include "pgstore.h"
#include "statscache.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <functional>

namespace trro {

class SharedStatsStore;

// The statistics cache on a thread of its own. StatsCache (one SQLite file shared with
// trro-stats, a busy timeout of seconds while another process writes) lives on a worker
// thread; every call here is queued to it, in the order of the calls, and answers come back
// to a context object on the calling thread, like network replies: the GUI thread never waits
// for the file. An answer whose context is gone by then is dropped.
//
// A store queued before a load is seen by that load (one worker, one queue). Destroying this
// object writes what is still queued, then stops the worker.
class AsyncStatsCache final : public QObject {
    Q_OBJECT
public:
    explicit AsyncStatsCache(const QString &path = StatsCache::defaultPath(),
                             QObject *parent = nullptr);
    ~AsyncStatsCache() override;

    QString path() const { return m_path; }

    // The shared history store as a second back end (read only, see SharedStatsStore): loads
    // then answer the store's settled rows where it covers the series and the SQLite file's
    // pieces elsewhere. An invalid location: none (the default).
    void setSharedStore(const PgLocation &location);
    bool hasSharedStore() const { return m_shared != nullptr; }
    // The collector's last cycles for the key's account; ok false when the store is unreachable
    // or there is none.
    void freshness(const CacheKey &key, QObject *context,
                   std::function<void(const StoreFreshness &, bool ok)> done);

    template <typename T> using Done = std::function<void(const T &)>;

    // StatsCache::load after opening the file; Loaded::ok is false when the cache is unusable.
    void load(const CacheKey &key, qint64 start, qint64 end, qint64 tailsSince, QObject *context,
              Done<StatsCache::Loaded> done);
    void store(const CacheKey &key, qint64 start, qint64 end, const AbsorbedAnswer &answer,
               qint64 settleSec);
    void storeDerived(const CacheKey &key, const CachePiece &piece, qint64 settleSec);
    void touch(const CacheKey &key, qint64 now);

    void info(QObject *context, Done<CacheInfo> done);
    void maxBytes(QObject *context, Done<qint64> done);
    void saveMaxBytes(qint64 bytes, QObject *context, Done<bool> done);
    void clear(QObject *context, Done<bool> done);
    // A fixed size limit for this cache only (tests, benchmarks), see StatsCache::setMaxBytes.
    void setMaxBytes(qint64 bytes);

    // Calls queued whose answer has not been delivered yet (tests wait for none before they
    // move a manual clock).
    int pending() const { return m_pending; }

    // Runs work on the worker and blocks the calling thread until it is done: for programs
    // without an event loop to spare (trro-stats' cache command) and tests, never the GUI.
    template <typename R> R wait(const std::function<R(StatsCache &)> &work) {
        R result{};
        QMetaObject::invokeMethod(
            m_cache, [&result, &work, this] { result = work(*m_cache); },
            Qt::BlockingQueuedConnection);
        return result;
    }

Q_SIGNALS:
    void warning(const QString &message);      // from the cache file (set aside, unusable) or the
                                               // shared store (unreachable)
    void sharedStoreReachable(bool reachable); // it became unreachable, or reachable again
    void idle();                               // pending() came down to 0

private:
    // Runs work on the worker, then done(result) on this object's thread if context lives.
    template <typename R>
    void call(std::function<R(StatsCache &)> work, QObject *context, Done<R> done);
    void post(std::function<void(StatsCache &)> work);
    void delivered();

    QString m_path;
    QThread m_thread;
    StatsCache *m_cache;                  // lives on m_thread, deleted there
    SharedStatsStore *m_shared = nullptr; // likewise; nullptr: no shared store
    int m_pending = 0;
};

} // namespace trro
