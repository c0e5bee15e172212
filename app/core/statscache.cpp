#include "statscache.h"

#include "statscacheschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace trro {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("trro-stats-cache-%1").arg(++counter);
}

// A null QString binds as SQL NULL; the key columns hold '' for "the whole project".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString PieceColumns = QStringLiteral(
    "cell_start, cell_end, clip_start, clip_end, empty, tail, fetched_at, session_num, "
    "total_duration, not_bad_ratio, active_field, active_remote");

CachePiece readPiece(const QSqlQuery &q)
{
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
        p.bucket.notBadSessionRatio = q.value(9).toInt();
        p.bucket.activeFieldDeviceNum = q.value(10).toLongLong();
        p.bucket.activeRemoteDeviceNum = q.value(11).toLongLong();
    }
    return p;
}

} // namespace

QString StatsCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + QLatin1String("/trro-dashboard/stats-cache.sqlite");
}

StatsCache::StatsCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(nextConnectionName())
{
}

StatsCache::~StatsCache()
{
    close();
}

void StatsCache::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_open = false;
}

bool StatsCache::open()
{
    if (m_open)
        return true;
    if (m_failed)
        return false;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_failed = true;
        Q_EMIT warning(tr("The statistics cache is off: cannot create the folder of %1.").arg(m_path));
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        cacheschema::Check check = cacheschema::Check::Failed;
        QString detail;
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
            return true;
        }
        close();
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
    Q_EMIT warning(tr("The statistics cache %1 cannot be used: it is off for this run.").arg(m_path));
    return false;
}

bool StatsCache::handleError(const QString &what, const QString &nativeCode, const QString &text)
{
    QSqlError error(QString(), text, QSqlError::StatementError, nativeCode);
    if (!cacheschema::isCorruption(error)) {
        Q_EMIT warning(tr("The statistics cache could not %1: %2").arg(what, text));
        return false;
    }
    close();
    QString problem;
    const QString aside = cacheschema::setAside(m_path, &problem);
    if (aside.isEmpty()) {
        m_failed = true;
        Q_EMIT warning(tr("The statistics cache %1 is damaged and %2; it is off for this run.")
                           .arg(m_path, problem));
        return false;
    }
    Q_EMIT warning(tr("The statistics cache %1 was damaged; it was set aside as %2 and a new "
                      "one is created.")
                       .arg(m_path, aside));
    return open();
}

bool StatsCache::run(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return true;
    const QSqlError e = query.lastError();
    query.finish();
    rollback();
    handleError(what, e.nativeErrorCode(), e.text());
    return false;
}

bool StatsCache::begin()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    const QSqlError e = q.lastError();
    q.finish();
    handleError(tr("start a write"), e.nativeErrorCode(), e.text());
    return false;
}

bool StatsCache::commit()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    const QSqlError e = q.lastError();
    q.finish();
    rollback();
    handleError(tr("save"), e.nativeErrorCode(), e.text());
    return false;
}

void StatsCache::rollback()
{
    if (!m_open)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(QStringLiteral("ROLLBACK"));
}

qint64 StatsCache::seriesId(const CacheKey &key, bool create)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM series WHERE endpoint = ? AND project = ? AND "
                             "device = ? AND interval = ?"));
    q.addBindValue(notNull(key.endpoint));
    q.addBindValue(notNull(key.projectId));
    q.addBindValue(notNull(key.deviceId));
    q.addBindValue(intervalName(key.interval));
    if (!run(q, tr("read")))
        return -2;
    if (q.next())
        return q.value(0).toLongLong();
    if (!create)
        return -1;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO series(endpoint, project, device, interval, used_at) "
                                  "VALUES(?, ?, ?, ?, strftime('%s', 'now'))"));
    insert.addBindValue(notNull(key.endpoint));
    insert.addBindValue(notNull(key.projectId));
    insert.addBindValue(notNull(key.deviceId));
    insert.addBindValue(intervalName(key.interval));
    if (!run(insert, tr("save")))
        return -2;
    return insert.lastInsertId().toLongLong();
}

qint64 StatsCache::scopeId(const CacheKey &key, bool create)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM scopes WHERE endpoint = ? AND project = ? AND interval = ?"));
    q.addBindValue(notNull(key.endpoint));
    q.addBindValue(notNull(key.projectId));
    q.addBindValue(intervalName(key.interval));
    if (!run(q, tr("read")))
        return -2;
    if (q.next())
        return q.value(0).toLongLong();
    if (!create)
        return -1;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO scopes(endpoint, project, interval) VALUES(?, ?, ?)"));
    insert.addBindValue(notNull(key.endpoint));
    insert.addBindValue(notNull(key.projectId));
    insert.addBindValue(intervalName(key.interval));
    if (!run(insert, tr("save")))
        return -2;
    return insert.lastInsertId().toLongLong();
}

StatsCache::Loaded StatsCache::load(const CacheKey &key, qint64 start, qint64 end, qint64 tailsSince)
{
    Loaded out;
    if (!open())
        return out;
    const qint64 series = seriesId(key, false);
    const qint64 scope = scopeId(key, false);
    if (series == -2 || scope == -2)
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (series >= 0) {
        QSqlQuery q(db);
        q.prepare(QLatin1String("SELECT ") + PieceColumns
                  + QLatin1String(" FROM pieces WHERE series = ? AND cell_end > ? AND cell_start < ? "
                                  "ORDER BY cell_start, clip_start"));
        q.addBindValue(series);
        q.addBindValue(start);
        q.addBindValue(end);
        if (!run(q, tr("read")))
            return {};
        while (q.next())
            out.pieces.append(readPiece(q));
        QSqlQuery tail(db);
        tail.prepare(QLatin1String("SELECT ") + PieceColumns
                     + QLatin1String(" FROM pieces WHERE series = ? AND tail = 1 AND clip_end <= ? "
                                     "AND clip_end >= ? ORDER BY clip_end DESC LIMIT 1"));
        tail.addBindValue(series);
        tail.addBindValue(start);
        tail.addBindValue(tailsSince);
        if (!run(tail, tr("read")))
            return {};
        if (tail.next())
            out.pieces.append(readPiece(tail));
    }
    if (scope >= 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT t FROM boundaries WHERE scope = ? AND t >= ? AND t <= ?"));
        q.addBindValue(scope);
        q.addBindValue(start);
        q.addBindValue(end);
        if (!run(q, tr("read")))
            return {};
        while (q.next())
            out.boundaries.append(q.value(0).toLongLong());
    }
    out.ok = true;
    return out;
}

} // namespace trro
