#include "statscacheschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <iterator>
#include <optional>

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

// Steps from one version to the next, run in one transaction when an older file is opened:
// the data is kept instead of setting the whole file aside. Migrations[i] goes from version
// i + 1 to i + 2.
const char *const MigrationTo2[] = {
    // Version 2 stamps fetched_at with the local clock (never a service clock ahead of it):
    // rows stamped in the future by version 1 are dropped, so that they are fetched again.
    "DELETE FROM pieces WHERE fetched_at > CAST(strftime('%s', 'now') AS INTEGER) + 300",
};
struct Migration {
    const char *const *statements;
    std::size_t count;
};
const Migration Migrations[] = {
    {MigrationTo2, std::size(MigrationTo2)},
};
constexpr int OldestMigratable = 1;

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

// Runs the migrations from found to version, and records version, in one transaction.
std::optional<Check> migrate(QSqlDatabase &db, int found, int version, QString *detail) {
    QSqlError error;
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return failure(error, detail);
    for (int from = found; from < version; ++from) {
        const Migration &m = Migrations[from - OldestMigratable];
        for (std::size_t i = 0; i < m.count; ++i) {
            if (!run(db, QLatin1String(m.statements[i]), &error)) {
                QSqlError ignored;
                run(db, QStringLiteral("ROLLBACK"), &ignored);
                return failure(error, detail);
            }
        }
    }
    QSqlQuery bump(db);
    bump.prepare(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema'"));
    bump.addBindValue(QString::number(version));
    if (!bump.exec()) {
        const QSqlError e = bump.lastError();
        QSqlError ignored;
        run(db, QStringLiteral("ROLLBACK"), &ignored);
        return failure(e, detail);
    }
    bump.finish();
    if (!run(db, QStringLiteral("COMMIT"), &error))
        return failure(error, detail);
    return std::nullopt;
}

// An existing cache file: another version's tables must not be touched, so this runs before
// anything is created. Nothing when the file is (now) at this program's version.
std::optional<Check> checkVersion(QSqlDatabase &db, int version, QString *detail) {
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema'")))
        return failure(read.lastError(), detail);
    if (!read.next() || read.value(0).toString() == QString::number(version))
        return std::nullopt;
    bool numeric = false;
    const QString foundText = read.value(0).toString();
    const int found = foundText.toInt(&numeric);
    read.finish();
    if (numeric && found > version) {
        // A newer program's file: leave it to that program.
        *detail = tr("it has schema version %1 of a newer program, this one uses %2")
                      .arg(found)
                      .arg(version);
        return Check::Newer;
    }
    const bool migratable = numeric && found >= OldestMigratable &&
                            version - OldestMigratable <= qsizetype(std::size(Migrations));
    if (!migratable) {
        *detail = tr("it has schema version %1, this program uses %2").arg(foundText).arg(version);
        return Check::Foreign;
    }
    return migrate(db, found, version, detail);
}

// Creates what is missing and checks the version recorded, in one transaction.
Check createTables(QSqlDatabase &db, int version, QString *detail) {
    QSqlError error;
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
    } else if (const std::optional<Check> check = checkVersion(db, version, detail)) {
        return *check;
    }
    return createTables(db, version, detail);
}

int pruneSetAside(const QString &path, int keep) {
    const QFileInfo info(path);
    QDir dir = info.dir();
    // The stamp sorts by time: the newest copies come last.
    QStringList copies = dir.entryList({info.fileName() + QLatin1String(".broken-*")},
                                       QDir::Files | QDir::Hidden, QDir::Name);
    copies.erase(std::remove_if(copies.begin(), copies.end(),
                                [](const QString &name) {
                                    return name.endsWith(QLatin1String("-wal")) ||
                                           name.endsWith(QLatin1String("-shm")) ||
                                           name.endsWith(QLatin1String("-journal"));
                                }),
                 copies.end());
    int removed = 0;
    for (qsizetype i = 0; i + keep < copies.size(); ++i) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            dir.remove(copies.at(i) + QLatin1String(suffix));
        ++removed;
    }
    return removed;
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
