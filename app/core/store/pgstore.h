#pragma once

#include "pgurl.h"
#include "types.h"

#include <QHash>
#include <QSet>
#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace trro {

// Whose data a row is: the endpoint as configured and the SecretId that asked it (the same
// account key as the local cache's CacheKey::endpoint). Never a secret.
struct StoreScope {
    QString endpoint;
    QString account;
};

// One statistics series: a project's fleet (deviceId empty) or one device, at one interval.
struct StoreSeries {
    QString projectId;
    QString deviceId;
    Interval interval = Interval::Day;
};

// What the store knows of the collector of a scope (the readers' freshness).
struct StoreFreshness {
    qint64 lastSuccess = 0; // unix seconds of the end of the last complete cycle; 0: none yet
    qint64 lastAttempt = 0;
    QString status; // the last cycle's one-line status
};

// The shared history store: a PostgreSQL database (Qt SQL, QPSQL) that one collector per
// account fills and any number of readers read. Synchronous and not thread-safe: use one
// object per thread, from a worker thread or a program without a GUI (the collector).
//
// Every write of a series is one transaction that upserts the answer's rows (keyed by
// endpoint, account, project, device, interval and bucket start) and moves the series'
// settled_until mark with them: a process killed at any moment leaves either both or neither,
// so the next run starts where the last transaction ended, with nothing lost or duplicated.
class PgStore final {
public:
    explicit PgStore(const PgLocation &location);
    ~PgStore();
    PgStore(const PgStore &) = delete;
    PgStore &operator=(const PgStore &) = delete;

    // Connects and brings the schema to pgschema::CurrentVersion (migrate false: connects
    // only, for tests of the migrations). False with lastError() set.
    bool open(bool migrate = true);
    bool isOpen() const;
    void close();
    QString lastError() const { return m_error; }
    QSqlDatabase database() const;

    // One collector per scope: a session-level advisory lock held by this connection until
    // unlock(), close() or the end of the process (the server drops it with the connection,
    // also after kill -9). Answers at once.
    bool tryLock(const StoreScope &scope);
    bool unlock(const StoreScope &scope);

    // Writes (each in a transaction of its own).
    bool saveDevices(const StoreScope &scope, const QString &projectId,
                     const QList<Device> &devices, qint64 now);
    // The answer for the series over [from, to): replaces what the store held there, marks the
    // buckets that end by settledUntil as settled and moves the series' mark to settledUntil
    // (never back).
    bool saveBuckets(const StoreScope &scope, const StoreSeries &series, qint64 from, qint64 to,
                     const QList<IntervalBucket> &buckets, qint64 settledUntil, qint64 now);
    // The sessions that started in [from, to); the project's session mark moves to settledUntil.
    bool saveSessions(const StoreScope &scope, const QString &projectId, qint64 from, qint64 to,
                      const QList<DeviceSession> &sessions, qint64 settledUntil, qint64 now);
    bool recordCycle(const StoreScope &scope, qint64 now, bool success, const QString &status);

    // How far each series of a project is settled, by device id (the fleet: ""), at interval.
    // Series the store does not know are missing.
    QHash<QString, qint64> settledMarks(const StoreScope &scope, const QString &projectId,
                                        Interval interval);
    qint64 sessionsSettledUntil(const StoreScope &scope, const QString &projectId);
    StoreFreshness freshness(const StoreScope &scope);

    // Reads.
    // At most MaxSeriesBuckets rows (a damaged or hostile store cannot flood the reader);
    // *ok (when given) is false when the query failed (lastError() says why).
    static constexpr int MaxSeriesBuckets = 100000;
    QList<IntervalBucket> buckets(const StoreScope &scope, const StoreSeries &series, qint64 from,
                                  qint64 to, bool *ok = nullptr);
    // Every series of a project at one interval in one query (a fleet refresh): by device id
    // (the fleet: ""), buckets in time order.
    QHash<QString, QList<IntervalBucket>> projectBuckets(const StoreScope &scope,
                                                         const QString &projectId,
                                                         Interval interval, qint64 from, qint64 to);
    QList<Device> devices(const StoreScope &scope, const QString &projectId);
    QList<DeviceSession> sessions(const StoreScope &scope, const QString &projectId, qint64 from,
                                  qint64 to);

    // Retention: months of statistics and sessions kept (0: everything, the default). Shared
    // by every program using the store; applyRetention() drops the whole months older than it
    // and returns how many partitions went, or -1 on failure.
    int retentionMonths();
    bool setRetentionMonths(int months);
    int applyRetention(qint64 now);

private:
    bool fail(const QString &what, const QString &detail);
    bool failQuery(const QString &what, const QSqlQuery &query);
    bool ensureMonths(const QString &table, qint64 from, qint64 to);
    bool writeBuckets(const StoreScope &scope, const StoreSeries &series, qint64 from,
                      const QList<IntervalBucket> &buckets, qint64 settledUntil, qint64 now);
    bool writeSessions(const StoreScope &scope, const QString &projectId,
                       const QList<DeviceSession> &sessions, qint64 now);
    bool rollbackWith(const QString &what, const QSqlQuery &query);

    PgLocation m_location;
    QString m_connection;
    QString m_error;
    QSet<QString> m_partitions; // known to exist
};

} // namespace trro
