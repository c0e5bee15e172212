#pragma once

#include "cacheplan.h"
#include "types.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <memory>
#include <unordered_map>

class QSqlError;
class QSqlQuery;

namespace trro {

// Which series a piece belongs to. An empty deviceId is the whole project.
struct CacheKey {
    // The endpoint as configured and the SecretId that asked (CachedStats keeps the answers
    // of each key apart), e.g. "https://trro.tencentcloudapi.com#AKID...".
    QString endpoint;
    QString projectId;
    QString deviceId;
    Interval interval = Interval::Day;
};

struct CacheInfo {
    QString path;
    bool open = false;
    int schemaVersion = 0;
    qint64 fileBytes = 0; // the database and its journal on disk
    qint64 dataBytes = 0; // pages in use (what the size limit applies to)
    qint64 limitBytes = 0;
    qint64 series = 0; // (endpoint, project, device, interval) combinations
    qint64 rows = 0;   // stored pieces (buckets and known-empty stretches)
    QDateTime oldest;  // earliest and latest fetch stored, UTC; invalid when empty
    QDateTime newest;
};

// The on-disk statistics cache: one SQLite file (Qt SQL, QSQLITE) shared by every process of
// the user (the dashboard and trro-stats). Stores the pieces of CachePlan, keyed by endpoint,
// project, device, interval and bucket start, and the cell boundaries learned per project.
//
// Robustness: WAL journal and a busy timeout so that several processes can read and write it;
// writes in short IMMEDIATE transactions. A file that is not a database, is corrupt, or has
// another schema version is renamed (set aside, never deleted) and a new one is created; the
// reason goes out on warning(). A cache that cannot be used at all makes every call fail
// softly (the caller then just asks the service). Not thread-safe: use it from one thread.
class StatsCache final : public QObject {
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 2;
    static constexpr qint64 DefaultMaxBytes = 64 * 1024 * 1024;

    // A row as the cache must hold it, else the name of the column that is wrong: the file is
    // shared by every program of the user and may have been edited, damaged or written by a
    // buggy version. now is the local clock: a row fetched "in the future" came from a wrong
    // clock and is not served (load() leaves it out and says so on warning()).
    static const char *implausibleColumn(const CachePiece &piece, qint64 now);

    // <generic cache dir>/trro-dashboard/stats-cache.sqlite: one file for all the programs.
    static QString defaultPath();

    explicit StatsCache(const QString &path = defaultPath(), QObject *parent = nullptr);
    ~StatsCache() override;

    QString path() const { return m_path; }
    bool open(); // idempotent; false when the cache is unusable
    bool isOpen() const { return m_open; }
    void close();

    // The size limit for this object only (tests, benchmarks): the stored limit is not read.
    void setMaxBytes(qint64 bytes) {
        m_maxBytes = bytes;
        m_maxBytesFixed = true;
    }
    // The limit in effect: set by setMaxBytes(), else the one stored in the file (shared by
    // every program using it), else DefaultMaxBytes.
    qint64 maxBytes();
    // Stores the limit in the file for every program (0: back to DefaultMaxBytes) and drops
    // the least recently used series when the data is over it.
    bool saveMaxBytes(qint64 bytes);

    struct Loaded {
        bool ok = false;
        QList<CachePiece> pieces;
        QList<qint64> boundaries;
    };
    // Pieces whose cell meets [start, end), plus the latest piece that ended a request before
    // start no earlier than tailsSince (what follows it may still be known to be empty).
    Loaded load(const CacheKey &key, qint64 start, qint64 end, qint64 tailsSince);
    // Stores the answer for [start, end): it replaces what was stored inside that range, except
    // settled pieces with other clips (still true for other ranges).
    bool store(const CacheKey &key, qint64 start, qint64 end, const AbsorbedAnswer &answer,
               qint64 settleSec);
    // Stores a piece proven equal to another one with a different clip. Written with the
    // next flush(), which runs from the event loop (many answers, one transaction).
    void storeDerived(const CacheKey &key, const CachePiece &piece, qint64 settleSec);
    // Marks the series as used (the size limit drops the least recently used series first).
    // Written with the next flush() too.
    void touch(const CacheKey &key, qint64 now);
    bool flush();

    bool clear();
    CacheInfo info();
    // Drops least recently used series until the data fits in 80 % of the limit.
    bool enforceLimit();

Q_SIGNALS:
    void warning(const QString &message);

private:
    qint64 seriesId(const CacheKey &key, bool create);
    qint64 scopeId(const CacheKey &key, bool create);
    QSqlQuery &statement(const char *sql);           // prepared once per connection
    bool run(QSqlQuery &query, const QString &what); // exec(); on failure rollback and report
    bool exec(const char *sql, const QString &what);
    void handleError(const QString &what, const QSqlError &error);
    void setAsideDamaged();
    bool begin();
    bool commit();
    void rollback();
    void scheduleFlush();
    qint64 dataBytes();
    void readStoredLimit();

    struct PendingPiece {
        CacheKey key;
        CachePiece piece;
    };

    QString m_path;
    QString m_connection;
    qint64 m_maxBytes = DefaultMaxBytes;
    bool m_maxBytesFixed = false;
    bool m_open = false;
    bool m_failed = false;  // unusable for the rest of this run
    bool m_damaged = false; // corruption seen: set the file aside at the next call
    bool m_flushScheduled = false;
    int m_storesSinceCheck = 0;
    std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_statements;
    QList<PendingPiece> m_pendingPieces;
    QList<QPair<CacheKey, qint64>> m_pendingTouches;
};

} // namespace trro
