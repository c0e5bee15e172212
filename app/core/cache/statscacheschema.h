#pragma once

#include <QString>

class QSqlDatabase;
class QSqlError;

namespace trro::cacheschema {

// The file layout of StatsCache, version StatsCache::SchemaVersion:
//   meta(key, value)                 "schema" -> version
//   series(id, endpoint, project, device, interval, used_at)
//   pieces(series, cell_start, cell_end, clip_start, clip_end, empty, tail, fetched_at,
//          stored_at, session_num, total_duration, not_bad_ratio, active_field, active_remote)
//   scopes(id, endpoint, project, interval)   boundaries(scope, t)
enum class Check {
    Ready,   // the schema is there (created now or found with the right version)
    Foreign, // another version, or a database that is not ours: set it aside
    Corrupt, // not a database or damaged: set it aside
    Failed,  // could not be checked (locked for too long, I/O error): leave it alone
    Newer,   // a newer program's schema: leave it alone, no cache for this run
};

// Prepares an open connection: busy timeout, WAL journal, schema. An older schema is migrated
// in place (its data kept); *detail explains a failure.
Check prepare(QSqlDatabase &db, int version, QString *detail);

// Renames the file (and its -wal/-shm journal) to "<path>.broken-<UTC time>"; returns the new
// name, or an empty string with *error set.
QString setAside(const QString &path, QString *error);

// Deletes all but the newest keep copies set aside for path (and their journals); returns
// how many were deleted.
int pruneSetAside(const QString &path, int keep);

// SQLITE_CORRUPT or SQLITE_NOTADB.
bool isCorruption(const QSqlError &error);

} // namespace trro::cacheschema
