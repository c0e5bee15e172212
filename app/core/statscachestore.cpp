// StatsCache: writing, the size limit, clear() and info().
#include "statscache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace trro {
namespace {

// A null QString binds as SQL NULL; the key columns hold '' for "the whole project".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Partial clips of one cell kept besides the whole cell (the heads of moving windows).
constexpr int PartialClipsKept = 3;

void bindPiece(QSqlQuery &q, qint64 series, const CachePiece &p, qint64 storedAt)
{
    q.addBindValue(series);
    q.addBindValue(p.cellStart);
    q.addBindValue(p.cellEnd);
    q.addBindValue(p.clipStart);
    q.addBindValue(p.clipEnd);
    q.addBindValue(p.empty ? 1 : 0);
    q.addBindValue(p.tail ? 1 : 0);
    q.addBindValue(p.fetchedAt);
    q.addBindValue(storedAt);
    q.addBindValue(p.empty ? 0 : p.bucket.sessionNum);
    q.addBindValue(p.empty ? 0 : p.bucket.totalDuration);
    q.addBindValue(p.empty ? 0 : p.bucket.notBadSessionRatio);
    q.addBindValue(p.empty ? 0 : p.bucket.activeFieldDeviceNum);
    q.addBindValue(p.empty ? 0 : p.bucket.activeRemoteDeviceNum);
}

const QString InsertPiece = QStringLiteral(
    "INSERT OR %1 INTO pieces(series, cell_start, cell_end, clip_start, clip_end, empty, tail, "
    "fetched_at, stored_at, session_num, total_duration, not_bad_ratio, active_field, "
    "active_remote) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

} // namespace

bool StatsCache::store(const CacheKey &key, qint64 start, qint64 end, const AbsorbedAnswer &answer,
                       qint64 settleSec)
{
    if (!answer.clean || start >= end || !open() || !begin())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const qint64 series = seriesId(key, true);
    const qint64 scope = scopeId(key, true);
    if (series < 0 || scope < 0) {
        rollback();
        return false;
    }
    const qint64 storedAt = QDateTime::currentMSecsSinceEpoch();

    // Known-empty stretches that overlap the new answer shrink to what lies outside it.
    QList<CachePiece> remainders;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT clip_start, clip_end, tail, fetched_at FROM pieces "
                                 "WHERE series = ? AND empty = 1 AND clip_end > ? AND clip_start < ?"));
        q.addBindValue(series);
        q.addBindValue(start);
        q.addBindValue(end);
        if (!run(q, tr("save")))
            return false;
        while (q.next()) {
            CachePiece p;
            p.empty = true;
            p.fetchedAt = q.value(3).toLongLong();
            const qint64 a = q.value(0).toLongLong();
            const qint64 b = q.value(1).toLongLong();
            if (a < start) {
                p.cellStart = p.clipStart = a;
                p.cellEnd = p.clipEnd = start;
                remainders.append(p);
            }
            if (b > end) {
                p.cellStart = p.clipStart = end;
                p.cellEnd = p.clipEnd = b;
                p.tail = q.value(2).toInt() != 0;
                remainders.append(p);
            }
        }
    }
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral(
        "DELETE FROM pieces WHERE series = ? AND clip_end > ? AND clip_start < ? AND "
        "(empty = 1 OR (clip_start >= ? AND clip_end <= ?) OR clip_end + ? > fetched_at)"));
    drop.addBindValue(series);
    drop.addBindValue(start);
    drop.addBindValue(end);
    drop.addBindValue(start);
    drop.addBindValue(end);
    drop.addBindValue(settleSec);
    if (!run(drop, tr("save")))
        return false;

    QSqlQuery insert(db);
    insert.prepare(InsertPiece.arg(QLatin1String("REPLACE")));
    const QList<CachePiece> *lists[] = {&remainders, &answer.pieces};
    for (const QList<CachePiece> *list : lists) {
        for (const CachePiece &p : *list) {
            bindPiece(insert, series, p, storedAt);
            if (!run(insert, tr("save")))
                return false;
        }
    }
    // Old partial clips of the edge cells beyond the newest few are dropped.
    QSqlQuery prune(db);
    prune.prepare(QStringLiteral(
        "DELETE FROM pieces WHERE series = ? AND cell_start = ? AND empty = 0 AND "
        "NOT (clip_start = cell_start AND clip_end = cell_end) AND rowid NOT IN (SELECT rowid "
        "FROM pieces WHERE series = ? AND cell_start = ? AND empty = 0 AND NOT (clip_start = "
        "cell_start AND clip_end = cell_end) ORDER BY stored_at DESC LIMIT ?)"));
    for (const CachePiece &p : answer.pieces) {
        if (p.empty || p.isWholeCell())
            continue;
        for (int round = 0; round < 2; ++round) {
            prune.addBindValue(series);
            prune.addBindValue(p.cellStart);
        }
        prune.addBindValue(PartialClipsKept);
        if (!run(prune, tr("save")))
            return false;
    }
    QSqlQuery bound(db);
    bound.prepare(QStringLiteral("INSERT OR IGNORE INTO boundaries(scope, t) VALUES(?, ?)"));
    for (const qint64 t : answer.boundaries) {
        bound.addBindValue(scope);
        bound.addBindValue(t);
        if (!run(bound, tr("save")))
            return false;
    }
    QSqlQuery used(db);
    used.prepare(QStringLiteral("UPDATE series SET used_at = strftime('%s', 'now') WHERE id = ?"));
    used.addBindValue(series);
    if (!run(used, tr("save")) || !commit())
        return false;
    if (++m_storesSinceCheck >= 16) {
        m_storesSinceCheck = 0;
        enforceLimit();
    }
    return true;
}

bool StatsCache::storeDerived(const CacheKey &key, const CachePiece &piece, qint64 settleSec)
{
    if (piece.empty || !piece.settled(settleSec) || !open() || !begin())
        return false;
    const qint64 series = seriesId(key, true);
    if (series < 0) {
        rollback();
        return false;
    }
    QSqlQuery insert(QSqlDatabase::database(m_connection, false));
    insert.prepare(InsertPiece.arg(QLatin1String("IGNORE")));
    CachePiece p = piece;
    p.tail = false;
    bindPiece(insert, series, p, QDateTime::currentMSecsSinceEpoch());
    return run(insert, tr("save")) && commit();
}

void StatsCache::touch(const CacheKey &key, qint64 now)
{
    if (!open())
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Coarse: at most one write a minute per series.
    q.prepare(QStringLiteral("UPDATE series SET used_at = ? WHERE endpoint = ? AND project = ? AND "
                             "device = ? AND interval = ? AND used_at < ?"));
    q.addBindValue(now);
    q.addBindValue(notNull(key.endpoint));
    q.addBindValue(notNull(key.projectId));
    q.addBindValue(notNull(key.deviceId));
    q.addBindValue(intervalName(key.interval));
    q.addBindValue(now - 60);
    run(q, tr("save"));
}

qint64 StatsCache::dataBytes()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    qint64 values[3] = {0, 0, 0};
    const char *pragmas[3] = {"PRAGMA page_count", "PRAGMA page_size", "PRAGMA freelist_count"};
    for (int i = 0; i < 3; ++i) {
        if (!q.exec(QLatin1String(pragmas[i])) || !q.next())
            return -1;
        values[i] = q.value(0).toLongLong();
    }
    return (values[0] - values[2]) * values[1];
}

bool StatsCache::enforceLimit()
{
    if (!open() || m_maxBytes <= 0)
        return false;
    qint64 bytes = dataBytes();
    if (bytes <= m_maxBytes)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const qint64 target = m_maxBytes * 8 / 10;
    while (bytes > target) {
        if (!begin())
            return false;
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT count(*) FROM series"));
        if (!run(count, tr("limit its size")) || !count.next())
            return false;
        const qint64 n = count.value(0).toLongLong();
        count.finish();
        if (n == 0) {
            rollback();
            break;
        }
        // The least recently used tenth of the series (at least one) at a time.
        const qint64 batch = std::max<qint64>(1, n / 10);
        for (const char *sql :
             {"DELETE FROM pieces WHERE series IN (SELECT id FROM series ORDER BY used_at, id LIMIT ?)",
              "DELETE FROM series WHERE id IN (SELECT id FROM series ORDER BY used_at, id LIMIT ?)"}) {
            QSqlQuery q(db);
            q.prepare(QLatin1String(sql));
            q.addBindValue(batch);
            if (!run(q, tr("limit its size")))
                return false;
        }
        // Boundaries of projects no series refers to any more go too.
        for (const char *sql :
             {"DELETE FROM scopes WHERE NOT EXISTS (SELECT 1 FROM series r WHERE r.endpoint = "
              "scopes.endpoint AND r.project = scopes.project AND r.interval = scopes.interval)",
              "DELETE FROM boundaries WHERE scope NOT IN (SELECT id FROM scopes)"}) {
            QSqlQuery q(db);
            q.prepare(QLatin1String(sql));
            if (!run(q, tr("limit its size")))
                return false;
        }
        if (!commit())
            return false;
        bytes = dataBytes();
    }
    // Give the freed pages back to the file system, and empty the journal.
    QSqlQuery vacuum(db);
    vacuum.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    while (vacuum.next()) {
    }
    vacuum.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

bool StatsCache::clear()
{
    if (!open() || !begin())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (const char *sql : {"DELETE FROM pieces", "DELETE FROM series", "DELETE FROM boundaries",
                            "DELETE FROM scopes"}) {
        QSqlQuery q(db);
        q.prepare(QLatin1String(sql));
        if (!run(q, tr("clear")))
            return false;
    }
    if (!commit())
        return false;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    while (q.next()) {
    }
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

CacheInfo StatsCache::info()
{
    CacheInfo info;
    info.path = m_path;
    info.limitBytes = m_maxBytes;
    for (const char *suffix : {"", "-wal"})
        info.fileBytes += QFileInfo(m_path + QLatin1String(suffix)).size();
    if (!open())
        return info;
    info.open = true;
    info.schemaVersion = SchemaVersion;
    info.dataBytes = dataBytes();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM series), count(*), min(fetched_at), "
                             "max(fetched_at) FROM pieces"));
    if (!run(q, tr("read")) || !q.next())
        return info;
    info.series = q.value(0).toLongLong();
    info.rows = q.value(1).toLongLong();
    if (info.rows > 0) {
        info.oldest = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        info.newest = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    }
    return info;
}

} // namespace trro
