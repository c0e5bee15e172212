#include "statscacheschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace trro::cacheschema {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::cacheschema", text);
}

const char *const CreateStatements[] = {
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS series(id INTEGER PRIMARY KEY, endpoint TEXT NOT NULL, "
    "project TEXT NOT NULL, device TEXT NOT NULL, interval TEXT NOT NULL, "
    "used_at INTEGER NOT NULL, UNIQUE(endpoint, project, device, interval))",
    "CREATE TABLE IF NOT EXISTS pieces(series INTEGER NOT NULL, cell_start INTEGER NOT NULL, "
    "cell_end INTEGER NOT NULL, clip_start INTEGER NOT NULL, clip_end INTEGER NOT NULL, "
    "empty INTEGER NOT NULL, tail INTEGER NOT NULL, fetched_at INTEGER NOT NULL, "
    "stored_at INTEGER NOT NULL, session_num INTEGER NOT NULL DEFAULT 0, "
    "total_duration INTEGER NOT NULL DEFAULT 0, not_bad_ratio INTEGER NOT NULL DEFAULT 0, "
    "active_field INTEGER NOT NULL DEFAULT 0, active_remote INTEGER NOT NULL DEFAULT 0, "
    "UNIQUE(series, clip_start, clip_end))",
    "CREATE INDEX IF NOT EXISTS pieces_by_end ON pieces(series, cell_end)",
    "CREATE INDEX IF NOT EXISTS pieces_by_cell ON pieces(series, cell_start)",
    "CREATE TABLE IF NOT EXISTS scopes(id INTEGER PRIMARY KEY, endpoint TEXT NOT NULL, "
    "project TEXT NOT NULL, interval TEXT NOT NULL, UNIQUE(endpoint, project, interval))",
    "CREATE TABLE IF NOT EXISTS boundaries(scope INTEGER NOT NULL, t INTEGER NOT NULL, "
    "PRIMARY KEY(scope, t)) WITHOUT ROWID",
};

Check failure(const QSqlError &error, QString *detail) {
    *detail = error.text();
    return isCorruption(error) ? Check::Corrupt : Check::Failed;
}

bool run(QSqlDatabase &db, const QString &sql, QSqlError *error) {
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError();
    return false;
}

} // namespace

bool isCorruption(const QSqlError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && (code == 11 || code == 26)) // SQLITE_CORRUPT, SQLITE_NOTADB
        return true;
    const QString text = error.text();
    return text.contains(QLatin1String("malformed")) ||
           text.contains(QLatin1String("not a database"));
}

Check prepare(QSqlDatabase &db, int version, QString *detail) {
    QSqlError error;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return failure(tables.lastError(), detail);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    tables.finish();

    if (names.isEmpty()) {
        // A new file: incremental vacuum must be chosen before the first table exists.
        if (!run(db, QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"), &error))
            return failure(error, detail);
    } else if (!names.contains(QLatin1String("meta"))) {
        *detail = tr("it is not a statistics cache");
        return Check::Foreign;
    } else {
        // Another version's tables must not be touched: check before creating anything.
        QSqlQuery read(db);
        if (!read.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")))
            return failure(read.lastError(), detail);
        if (read.next() && read.value(0).toString() != QString::number(version)) {
            *detail = tr("it has schema version %1, this program uses %2")
                          .arg(read.value(0).toString())
                          .arg(version);
            return Check::Foreign;
        }
    }
    if (!run(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error) ||
        !run(db, QStringLiteral("PRAGMA synchronous = NORMAL"), &error))
        return failure(error, detail);
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return failure(error, detail);
    for (const char *statement : CreateStatements) {
        if (!run(db, QLatin1String(statement), &error)) {
            run(db, QStringLiteral("ROLLBACK"), &error);
            return failure(error, detail);
        }
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES('schema', ?)"));
    insert.addBindValue(QString::number(version));
    if (!insert.exec()) {
        const QSqlError e = insert.lastError();
        run(db, QStringLiteral("ROLLBACK"), &error);
        return failure(e, detail);
    }
    insert.finish();
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")) || !read.next()) {
        const QSqlError e = read.lastError();
        run(db, QStringLiteral("ROLLBACK"), &error);
        return failure(e, detail);
    }
    const QString found = read.value(0).toString();
    read.finish();
    if (!run(db, QStringLiteral("COMMIT"), &error))
        return failure(error, detail);
    if (found != QString::number(version)) {
        *detail = tr("it has schema version %1, this program uses %2").arg(found).arg(version);
        return Check::Foreign;
    }
    return Check::Ready;
}

QString setAside(const QString &path, QString *error) {
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = path + QLatin1String(".broken-") + stamp;
    if (QFile::exists(path) && !QFile::rename(path, target)) {
        *error = tr("cannot rename %1").arg(path);
        return {};
    }
    // The journal belongs to the old file; a new database must not replay it.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString journal = path + QLatin1String(suffix);
        if (QFile::exists(journal) && !QFile::rename(journal, target + QLatin1String(suffix)))
            QFile::remove(journal);
    }
    return target;
}

} // namespace trro::cacheschema
