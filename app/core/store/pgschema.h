#pragma once

#include <QString>

class QSqlDatabase;

namespace trro {

// The shared history store's schema, as numbered migrations. Version n is what the migrations
// 1..n create; schema_version holds the version a store is at. A store newer than this build
// is left alone (an older collector must not write into a layout it does not know).
//
// Version 1: devices, interval_stats (partitioned by month of bucket_start), series_progress
//            (how far each series is settled) and collector_state (the last cycle).
// Version 2: sessions (partitioned by month of start_time), session_progress, and settings
//            (retention_months).
// Version 3: series_progress.covered_from, where the rows of a series start (readers serve
//            [covered_from, settled_until) from the store).
namespace pgschema {

inline constexpr int CurrentVersion = 3;

// The version the store is at (0: empty), or -1 with *error set.
int version(QSqlDatabase &db, QString *error);
// Runs the migrations from the store's version up to target in one transaction (a migration
// cut short leaves the store as it was). Several processes may call it at once: a
// transaction-level advisory lock lets one migrate while the others wait.
bool migrate(QSqlDatabase &db, int target, QString *error);

} // namespace pgschema
} // namespace trro
