#include "statscache.h"

#include "responselimits.h"
#include "statscacheschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>
#include <atomic>
#include <unordered_map>

namespace trro {
namespace {

// How far ahead of the local clock a fetch time may be (clock adjustments between runs).
constexpr qint64 FutureToleranceSec = 300;

// Copies of damaged files kept for a look (the newest ones); older copies are deleted.
constexpr int KeptSetAsideCopies = 2;

// The cache holds SecretIds and fleet figures: its folder is the user's only (0700), the file
// and its journals too (0600). SQLite gives the journals the database file's mode.
void restrictPermissions(const QString &path) {
    const QString folder = QFileInfo(path).absolutePath();
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile file(path);
    if (!file.exists() && file.open(QIODevice::WriteOnly)) // SQLite takes an empty file as new
        file.close();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString name = path + QLatin1String(suffix);
        if (QFile::exists(name))
            QFile::setPermissions(name, QFile::ReadOwner | QFile::WriteOwner);
    }
}

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("trro-stats-cache-%1").arg(++counter);
}

// A null QString binds as SQL NULL; the key columns hold '' for "the whole project".
QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

CachePiece readPiece(const QSqlQuery &q) {
    CachePiece p;
    p.cellStart = q.value(0).toLongLong();
    p.cellEnd = q.value(1).toLongLong();
    p.clipStart = q.value(2).toLongLong();
    p.clipEnd = q.value(3).toLongLong();
    p.empty = q.value(4).toInt() != 0;
    p.tail = q.value(5).toInt() != 0;
    p.fetchedAt = q.value(6).toLongLong();
    if (!p.empty) {
        p.bucket.startTime = p.cellStart;
        p.bucket.endTime = p.cellEnd;
        p.bucket.sessionNum = q.value(7).toLongLong();
        p.bucket.totalDuration = q.value(8).toLongLong();
        // Narrowed only when it fits: an edited 2^32 + 50 must not read as 50.
        const qint64 ratio = q.value(9).toLongLong();
        p.bucket.notBadSessionRatio = ratio >= 0 && ratio <= 100 ? int(ratio) : -1;
        p.bucket.activeFieldDeviceNum = q.value(10).toLongLong();
        p.bucket.activeRemoteDeviceNum = q.value(11).toLongLong();
    }
    return p;
}

} // namespace

const char *StatsCache::implausibleColumn(const CachePiece &p, qint64 now) {
    const auto plausibleTime = [](qint64 t) {
        return t >= limits::EarliestTime && t <= limits::LatestTime;
    };
    if (!plausibleTime(p.cellStart) || !plausibleTime(p.cellEnd) || p.cellEnd <= p.cellStart)
        return "cell_start/cell_end";
    if (p.clipStart < p.cellStart || p.clipEnd > p.cellEnd || p.clipEnd <= p.clipStart)
        return "clip_start/clip_end";
    if (p.fetchedAt < limits::EarliestTime || p.fetchedAt > now + FutureToleranceSec)
        return "fetched_at";
    if (p.empty)
        return nullptr;
    const auto count = [](qint64 n) { return n >= 0 && n <= limits::MaxCount; };
    if (!count(p.bucket.sessionNum))
        return "session_num";
    if (!count(p.bucket.totalDuration))
        return "total_duration";
    if (p.bucket.notBadSessionRatio < 0 || p.bucket.notBadSessionRatio > 100)
        return "not_bad_ratio";
    if (!count(p.bucket.activeFieldDeviceNum))
        return "active_field";
    if (!count(p.bucket.activeRemoteDeviceNum))
        return "active_remote";
    return nullptr;
}

QString StatsCache::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QLatin1String("/trro-dashboard/stats-cache.sqlite");
}

StatsCache::StatsCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(nextConnectionName()) {}

StatsCache::~StatsCache() {
    flush();
    close();
}

void StatsCache::close() {
    m_statements.clear(); // prepared queries go before their connection
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_open = false;
}

bool StatsCache::open() {
    if (m_damaged)
        setAsideDamaged();
    if (m_open)
        return true;
    if (m_failed)
        return false;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_failed = true;
        Q_EMIT warning(
            tr("The statistics cache is off: cannot create the folder of %1.").arg(m_path));
        return false;
    }
    cacheschema::pruneSetAside(m_path, KeptSetAsideCopies);
    for (int attempt = 0; attempt < 2; ++attempt) {
        cacheschema::Check check = cacheschema::Check::Failed;
        QString detail;
        restrictPermissions(m_path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open())
                check = cacheschema::prepare(db, SchemaVersion, &detail);
            else
                detail = db.lastError().text();
        }
        if (check == cacheschema::Check::Ready) {
            m_open = true;
            readStoredLimit();
            return true;
        }
        close();
        if (check == cacheschema::Check::Newer) {
            m_failed = true;
            Q_EMIT warning(
                tr("The statistics cache %1 is off for this run: %2.").arg(m_path, detail));
            return false;
        }
        if (check == cacheschema::Check::Failed || attempt > 0)
            break;
        QString error;
        const QString aside = cacheschema::setAside(m_path, &error);
        if (aside.isEmpty()) {
            detail = error;
            break;
        }
        Q_EMIT warning(tr("The statistics cache %1 was set aside as %2 (%3); a new one is created.")
                           .arg(m_path, aside, detail));
    }
    m_failed = true;
    Q_EMIT warning(
        tr("The statistics cache %1 cannot be used: it is off for this run.").arg(m_path));
    return false;
}

void StatsCache::setAsideDamaged() {
    m_damaged = false;
    m_pendingPieces.clear();
    m_pendingTouches.clear();
    close();
    QString problem;
    const QString aside = cacheschema::setAside(m_path, &problem);
    if (aside.isEmpty()) {
        m_failed = true;
        Q_EMIT warning(tr("The statistics cache %1 is damaged and %2; it is off for this run.")
                           .arg(m_path, problem));
        return;
    }
    Q_EMIT warning(tr("The statistics cache %1 was damaged; it was set aside as %2 and a new "
                      "one is created.")
                       .arg(m_path, aside));
}

void StatsCache::handleError(const QString &what, const QSqlError &error) {
    if (cacheschema::isCorruption(error))
        m_damaged = true; // set aside at the next call, when no query is running
    else
        Q_EMIT warning(tr("The statistics cache could not %1: %2").arg(what, error.text()));
}

QSqlQuery &StatsCache::statement(const char *sql) {
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        query->setForwardOnly(true);
        query->prepare(QLatin1String(sql));
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

bool StatsCache::run(QSqlQuery &query, const QString &what) {
    if (query.exec())
        return true;
    const QSqlError e = query.lastError();
    query.finish();
    rollback();
    handleError(what, e);
    return false;
}

bool StatsCache::exec(const char *sql, const QString &what) {
    QSqlQuery &q = statement(sql);
    const bool ok = run(q, what);
    q.finish();
    return ok;
}

bool StatsCache::begin() {
    QSqlQuery &q = statement("BEGIN IMMEDIATE");
    if (q.exec()) {
        q.finish();
        return true;
    }
    const QSqlError e = q.lastError();
    q.finish();
    handleError(tr("start a write"), e);
    return false;
}

bool StatsCache::commit() {
    return exec("COMMIT", tr("save"));
}

void StatsCache::rollback() {
    if (!m_open)
        return;
    QSqlQuery &q = statement("ROLLBACK");
    q.exec();
    q.finish();
}

namespace {

void bindKey(QSqlQuery &q, const CacheKey &key, bool withDevice) {
    q.addBindValue(notNull(key.endpoint));
    q.addBindValue(notNull(key.projectId));
    if (withDevice)
        q.addBindValue(notNull(key.deviceId));
    q.addBindValue(intervalName(key.interval));
}

} // namespace

qint64 StatsCache::seriesId(const CacheKey &key, bool create) {
    QSqlQuery &q = statement("SELECT id FROM series WHERE endpoint = ? AND project = ? AND "
                             "device = ? AND interval = ?");
    bindKey(q, key, true);
    if (!run(q, tr("read")))
        return -2;
    const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    if (id >= 0 || !create)
        return id;
    QSqlQuery &insert =
        statement("INSERT INTO series(endpoint, project, device, interval, used_at) "
                  "VALUES(?, ?, ?, ?, strftime('%s', 'now'))");
    bindKey(insert, key, true);
    if (!run(insert, tr("save")))
        return -2;
    const qint64 created = insert.lastInsertId().toLongLong();
    insert.finish();
    return created;
}

qint64 StatsCache::scopeId(const CacheKey &key, bool create) {
    QSqlQuery &q =
        statement("SELECT id FROM scopes WHERE endpoint = ? AND project = ? AND interval = ?");
    bindKey(q, key, false);
    if (!run(q, tr("read")))
        return -2;
    const qint64 id = q.next() ? q.value(0).toLongLong() : -1;
    q.finish();
    if (id >= 0 || !create)
        return id;
    QSqlQuery &insert =
        statement("INSERT INTO scopes(endpoint, project, interval) VALUES(?, ?, ?)");
    bindKey(insert, key, false);
    if (!run(insert, tr("save")))
        return -2;
    const qint64 created = insert.lastInsertId().toLongLong();
    insert.finish();
    return created;
}

StatsCache::Loaded StatsCache::load(const CacheKey &key, qint64 start, qint64 end,
                                    qint64 tailsSince) {
    Loaded out;
    if (!open())
        return out;
    // One snapshot for the three reads.
    if (!exec("BEGIN", tr("read")))
        return out;
    QSqlQuery &pieces = statement(
        "SELECT cell_start, cell_end, clip_start, clip_end, empty, tail, fetched_at, session_num, "
        "total_duration, not_bad_ratio, active_field, active_remote FROM pieces WHERE series = "
        "(SELECT id FROM series WHERE endpoint = ? AND project = ? AND device = ? AND interval = "
        "?) "
        "AND cell_end > ? AND cell_start < ? ORDER BY cell_start, clip_start");
    bindKey(pieces, key, true);
    pieces.addBindValue(start);
    pieces.addBindValue(end);
    if (!run(pieces, tr("read")))
        return out;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 rejected = 0;
    QString firstColumn;
    const auto take = [&](const QSqlQuery &q) {
        const CachePiece piece = readPiece(q);
        if (const char *column = implausibleColumn(piece, now)) {
            // Not served: the planner fetches that part again and the answer replaces it.
            if (rejected++ == 0)
                firstColumn = QLatin1String(column);
            return;
        }
        out.pieces.append(piece);
    };
    while (pieces.next())
        take(pieces);
    pieces.finish();
    QSqlQuery &tail = statement(
        "SELECT cell_start, cell_end, clip_start, clip_end, empty, tail, fetched_at, session_num, "
        "total_duration, not_bad_ratio, active_field, active_remote FROM pieces WHERE series = "
        "(SELECT id FROM series WHERE endpoint = ? AND project = ? AND device = ? AND interval = "
        "?) "
        "AND tail = 1 AND clip_end <= ? AND clip_end >= ? ORDER BY clip_end DESC LIMIT 1");
    bindKey(tail, key, true);
    tail.addBindValue(start);
    tail.addBindValue(tailsSince);
    if (!run(tail, tr("read")))
        return out;
    if (tail.next())
        take(tail);
    tail.finish();
    if (rejected > 0)
        Q_EMIT warning(tr("The statistics cache holds %1 implausible row(s) (column %2) for "
                          "project %3; they are ignored and fetched again.")
                           .arg(rejected)
                           .arg(firstColumn, key.projectId));
    QSqlQuery &bounds = statement(
        "SELECT t FROM boundaries WHERE scope = (SELECT id FROM scopes WHERE endpoint = ? AND "
        "project = ? AND interval = ?) AND t >= ? AND t <= ?");
    bindKey(bounds, key, false);
    bounds.addBindValue(start);
    bounds.addBindValue(end);
    if (!run(bounds, tr("read")))
        return out;
    while (bounds.next())
        out.boundaries.append(bounds.value(0).toLongLong());
    bounds.finish();
    out.ok = exec("COMMIT", tr("read"));
    return out;
}

} // namespace trro
