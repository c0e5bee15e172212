// StatsCache: writing, the size limit, clear() and info().
#include "statscache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace trro {
namespace {

// Partial clips of one cell kept besides the whole cell (the heads of moving windows).
constexpr int PartialClipsKept = 3;

void bindPiece(QSqlQuery &q, qint64 series, const CachePiece &p, qint64 storedAt) {
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

#define TRRO_PIECE_INSERT(verb)                                                                    \
    "INSERT OR " verb " INTO pieces(series, cell_start, cell_end, clip_start, clip_end, empty, "   \
    "tail, fetched_at, stored_at, session_num, total_duration, not_bad_ratio, active_field, "      \
    "active_remote) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"

} // namespace

bool StatsCache::store(const CacheKey &key, qint64 start, qint64 end, const AbsorbedAnswer &answer,
                       qint64 settleSec) {
    if (!answer.clean || start >= end || !open() || !begin())
        return false;
    const qint64 series = seriesId(key, true);
    const qint64 scope = scopeId(key, true);
    if (series < 0 || scope < 0) {
        rollback();
        return false;
    }
    const qint64 storedAt = QDateTime::currentMSecsSinceEpoch();

    // Known-empty stretches that overlap the new answer shrink to what lies outside it.
    QList<CachePiece> remainders;
    QSqlQuery &empties =
        statement("SELECT clip_start, clip_end, tail, fetched_at FROM pieces "
                  "WHERE series = ? AND empty = 1 AND clip_end > ? AND clip_start < ?");
    empties.addBindValue(series);
    empties.addBindValue(start);
    empties.addBindValue(end);
    if (!run(empties, tr("save")))
        return false;
    while (empties.next()) {
        CachePiece p;
        p.empty = true;
        p.fetchedAt = empties.value(3).toLongLong();
        const qint64 a = empties.value(0).toLongLong();
        const qint64 b = empties.value(1).toLongLong();
        if (a < start) {
            p.cellStart = p.clipStart = a;
            p.cellEnd = p.clipEnd = start;
            remainders.append(p);
        }
        if (b > end) {
            p.cellStart = p.clipStart = end;
            p.cellEnd = p.clipEnd = b;
            p.tail = empties.value(2).toInt() != 0;
            remainders.append(p);
        }
    }
    empties.finish();
    // Everything inside the range goes; so does whatever overlaps it and was not settled.
    QSqlQuery &drop = statement(
        "DELETE FROM pieces WHERE series = ? AND clip_end > ? AND clip_start < ? AND "
        "(empty = 1 OR (clip_start >= ? AND clip_end <= ?) OR clip_end + ? > fetched_at)");
    for (const qint64 v : {series, start, end, start, end, settleSec})
        drop.addBindValue(v);
    if (!run(drop, tr("save")))
        return false;

    QSqlQuery &insert = statement(TRRO_PIECE_INSERT("REPLACE"));
    const QList<CachePiece> *lists[] = {&remainders, &answer.pieces};
    for (const QList<CachePiece> *list : lists) {
        for (const CachePiece &p : *list) {
            bindPiece(insert, series, p, storedAt);
            if (!run(insert, tr("save")))
                return false;
        }
    }
    // Old partial clips of the edge cells beyond the newest few are dropped. "Newest" is the
    // order of insertion (a replaced row gets a new, higher rowid), not stored_at: several
    // stores share one millisecond, and which clips survived then depended on the timing.
    QSqlQuery &prune = statement(
        "DELETE FROM pieces WHERE series = ? AND cell_start = ? AND empty = 0 AND "
        "NOT (clip_start = cell_start AND clip_end = cell_end) AND rowid NOT IN (SELECT rowid "
        "FROM pieces WHERE series = ? AND cell_start = ? AND empty = 0 AND NOT (clip_start = "
        "cell_start AND clip_end = cell_end) ORDER BY rowid DESC LIMIT ?)");
    for (const CachePiece &p : answer.pieces) {
        if (p.empty || p.isWholeCell())
            continue;
        for (const qint64 v : {series, p.cellStart, series, p.cellStart, qint64(PartialClipsKept)})
            prune.addBindValue(v);
        if (!run(prune, tr("save")))
            return false;
    }
    QSqlQuery &bound = statement("INSERT OR IGNORE INTO boundaries(scope, t) VALUES(?, ?)");
    for (const qint64 t : answer.boundaries) {
        bound.addBindValue(scope);
        bound.addBindValue(t);
        if (!run(bound, tr("save")))
            return false;
    }
    QSqlQuery &used = statement("UPDATE series SET used_at = strftime('%s', 'now') WHERE id = ?");
    used.addBindValue(series);
    if (!run(used, tr("save")) || !commit())
        return false;
    if (++m_storesSinceCheck >= 16) {
        m_storesSinceCheck = 0;
        enforceLimit();
    }
    return true;
}

void StatsCache::storeDerived(const CacheKey &key, const CachePiece &piece, qint64 settleSec) {
    if (piece.empty || !piece.settled(settleSec))
        return;
    CachePiece p = piece;
    p.tail = false;
    m_pendingPieces.append(PendingPiece{key, p});
    scheduleFlush();
}

void StatsCache::touch(const CacheKey &key, qint64 now) {
    m_pendingTouches.append({key, now});
    scheduleFlush();
}

void StatsCache::scheduleFlush() {
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, [this] { flush(); });
}

bool StatsCache::flush() {
    m_flushScheduled = false;
    if (m_pendingPieces.isEmpty() && m_pendingTouches.isEmpty())
        return true;
    const QList<PendingPiece> pieces = std::exchange(m_pendingPieces, {});
    const QList<QPair<CacheKey, qint64>> touches = std::exchange(m_pendingTouches, {});
    if (!open() || !begin())
        return false;
    const qint64 storedAt = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery &insert = statement(TRRO_PIECE_INSERT("IGNORE"));
    for (const PendingPiece &p : pieces) {
        const qint64 series = seriesId(p.key, true);
        if (series < 0)
            return false;
        bindPiece(insert, series, p.piece, storedAt);
        if (!run(insert, tr("save")))
            return false;
    }
    // Coarse: at most one write a minute per series.
    QSqlQuery &used = statement("UPDATE series SET used_at = ? WHERE endpoint = ? AND project = ? "
                                "AND device = ? AND interval = ? AND used_at < ?");
    for (const auto &[key, now] : touches) {
        used.addBindValue(now);
        used.addBindValue(key.endpoint.isNull() ? QStringLiteral("") : key.endpoint);
        used.addBindValue(key.projectId.isNull() ? QStringLiteral("") : key.projectId);
        used.addBindValue(key.deviceId.isNull() ? QStringLiteral("") : key.deviceId);
        used.addBindValue(intervalName(key.interval));
        used.addBindValue(now - 60);
        if (!run(used, tr("save")))
            return false;
    }
    return commit();
}

qint64 StatsCache::dataBytes() {
    qint64 values[3] = {0, 0, 0};
    const char *pragmas[3] = {"PRAGMA page_count", "PRAGMA page_size", "PRAGMA freelist_count"};
    for (int i = 0; i < 3; ++i) {
        QSqlQuery &q = statement(pragmas[i]);
        if (!q.exec() || !q.next())
            return -1;
        values[i] = q.value(0).toLongLong();
        q.finish();
    }
    return (values[0] - values[2]) * values[1];
}

void StatsCache::readStoredLimit() {
    if (m_maxBytesFixed)
        return;
    QSqlQuery &q = statement("SELECT value FROM meta WHERE key = 'max_bytes'");
    if (!q.exec())
        return;
    bool ok = false;
    const qint64 stored = q.next() ? q.value(0).toLongLong(&ok) : 0;
    q.finish();
    m_maxBytes = ok && stored > 0 ? stored : DefaultMaxBytes;
}

qint64 StatsCache::maxBytes() {
    if (!m_maxBytesFixed && open())
        readStoredLimit(); // another program may have changed it
    return m_maxBytes;
}

bool StatsCache::saveMaxBytes(qint64 bytes) {
    if (!open() || !begin())
        return false;
    QSqlQuery &q =
        statement(bytes > 0 ? "INSERT OR REPLACE INTO meta(key, value) VALUES('max_bytes', ?)"
                            : "DELETE FROM meta WHERE key = 'max_bytes'");
    if (bytes > 0)
        q.addBindValue(QString::number(bytes));
    if (!run(q, tr("store its size limit")) || !commit())
        return false;
    m_maxBytesFixed = false;
    m_maxBytes = bytes > 0 ? bytes : DefaultMaxBytes;
    return enforceLimit();
}

bool StatsCache::enforceLimit() {
    if (!open() || m_maxBytes <= 0)
        return false;
    qint64 bytes = dataBytes();
    if (bytes <= m_maxBytes)
        return true;
    const qint64 target = m_maxBytes * 8 / 10;
    while (bytes > target) {
        if (!begin())
            return false;
        QSqlQuery &count = statement("SELECT count(*) FROM series");
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
        for (const char *sql : {"DELETE FROM pieces WHERE series IN (SELECT id FROM series ORDER "
                                "BY used_at, id LIMIT ?)",
                                "DELETE FROM series WHERE id IN (SELECT id FROM series ORDER BY "
                                "used_at, id LIMIT ?)"}) {
            QSqlQuery &q = statement(sql);
            q.addBindValue(batch);
            if (!run(q, tr("limit its size")))
                return false;
        }
        // Boundaries of projects no series refers to any more go too.
        if (!exec(
                "DELETE FROM scopes WHERE NOT EXISTS (SELECT 1 FROM series r WHERE r.endpoint = "
                "scopes.endpoint AND r.project = scopes.project AND r.interval = scopes.interval)",
                tr("limit its size")) ||
            !exec("DELETE FROM boundaries WHERE scope NOT IN (SELECT id FROM scopes)",
                  tr("limit its size")) ||
            !commit())
            return false;
        bytes = dataBytes();
    }
    // Give the freed pages back to the file system, and empty the journal.
    exec("PRAGMA incremental_vacuum", tr("limit its size"));
    exec("PRAGMA wal_checkpoint(TRUNCATE)", tr("limit its size"));
    return true;
}

bool StatsCache::clear() {
    m_pendingPieces.clear();
    m_pendingTouches.clear();
    if (!open() || !begin())
        return false;
    for (const char *sql : {"DELETE FROM pieces", "DELETE FROM series", "DELETE FROM boundaries",
                            "DELETE FROM scopes"}) {
        if (!exec(sql, tr("clear")))
            return false;
    }
    if (!commit())
        return false;
    exec("PRAGMA incremental_vacuum", tr("clear"));
    exec("PRAGMA wal_checkpoint(TRUNCATE)", tr("clear"));
    return true;
}

CacheInfo StatsCache::info() {
    flush();
    CacheInfo info;
    info.path = m_path;
    info.limitBytes = m_maxBytes;
    const bool usable = open();
    for (const char *suffix : {"", "-wal"})
        info.fileBytes += QFileInfo(m_path + QLatin1String(suffix)).size();
    if (!usable)
        return info;
    info.open = true;
    info.limitBytes = maxBytes();
    info.schemaVersion = SchemaVersion;
    info.dataBytes = dataBytes();
    QSqlQuery &q = statement("SELECT (SELECT count(*) FROM series), count(*), min(fetched_at), "
                             "max(fetched_at) FROM pieces");
    if (!run(q, tr("read")) || !q.next())
        return info;
    info.series = q.value(0).toLongLong();
    info.rows = q.value(1).toLongLong();
    if (info.rows > 0) {
        info.oldest = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
        info.newest = QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    }
    q.finish();
    return info;
}

} // namespace trro
