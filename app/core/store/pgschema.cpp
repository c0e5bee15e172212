#include "pgschema.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace trro::pgschema {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::pgschema", text);
}

// Taken by migrate() for its transaction: a constant of this program ("trro" in ASCII).
constexpr qint64 MigrationLockKey = 0x7472726f00000001;

// The statements of each migration; index 0 is version 1. Every key table leads with the same
// columns (endpoint, account, project_id, ...): a Citus cluster could distribute them all by
// project_id and keep one project's rows on one worker.
const QList<QStringList> &migrations() {
    static const QList<QStringList> all = {
        {
            QStringLiteral("CREATE TABLE schema_version (version integer NOT NULL, "
                           "migrated_at timestamptz NOT NULL DEFAULT now())"),
            QStringLiteral(
                "CREATE TABLE devices (endpoint text NOT NULL, account text NOT NULL, "
                "project_id text NOT NULL, device_id text NOT NULL, device_name text NOT NULL, "
                "device_type text NOT NULL, device_status text NOT NULL, modify_time bigint, "
                "last_report_time bigint, seen_at bigint NOT NULL, "
                "PRIMARY KEY (endpoint, account, project_id, device_id))"),
            QStringLiteral(
                "CREATE TABLE interval_stats (endpoint text NOT NULL, account text NOT NULL, "
                "project_id text NOT NULL, device_id text NOT NULL, "
                "interval text NOT NULL CHECK (interval IN ('hour', 'day', 'month')), "
                "bucket_start timestamptz NOT NULL, bucket_end timestamptz NOT NULL, "
                "session_num bigint NOT NULL, total_duration bigint NOT NULL, "
                "not_bad_ratio smallint NOT NULL, active_field bigint NOT NULL, "
                "active_remote bigint NOT NULL, fetched_at bigint NOT NULL, "
                "settled boolean NOT NULL, "
                "PRIMARY KEY (endpoint, account, project_id, device_id, interval, bucket_start)) "
                "PARTITION BY RANGE (bucket_start)"),
            QStringLiteral(
                "CREATE TABLE series_progress (endpoint text NOT NULL, account text NOT NULL, "
                "project_id text NOT NULL, device_id text NOT NULL, interval text NOT NULL, "
                "settled_until bigint NOT NULL, refreshed_at bigint NOT NULL, "
                "PRIMARY KEY (endpoint, account, project_id, device_id, interval))"),
            QStringLiteral(
                "CREATE TABLE collector_state (endpoint text NOT NULL, account text NOT NULL, "
                "last_success bigint, last_attempt bigint NOT NULL, last_status text NOT NULL, "
                "PRIMARY KEY (endpoint, account))"),
        },
        {
            QStringLiteral(
                "CREATE TABLE sessions (endpoint text NOT NULL, account text NOT NULL, "
                "project_id text NOT NULL, session_id text NOT NULL, "
                "start_time timestamptz NOT NULL, end_time bigint NOT NULL, "
                "remote_device_id text NOT NULL, field_device_id text NOT NULL, "
                "resolution text NOT NULL, quality text NOT NULL, fetched_at bigint NOT NULL, "
                "PRIMARY KEY (endpoint, account, project_id, session_id, start_time)) "
                "PARTITION BY RANGE (start_time)"),
            QStringLiteral(
                "CREATE TABLE session_progress (endpoint text NOT NULL, account text NOT NULL, "
                "project_id text NOT NULL, settled_until bigint NOT NULL, "
                "refreshed_at bigint NOT NULL, PRIMARY KEY (endpoint, account, project_id))"),
            QStringLiteral("CREATE TABLE settings (name text PRIMARY KEY, value text NOT NULL)"),
            QStringLiteral("INSERT INTO settings (name, value) VALUES ('retention_months', '0')"),
        },
        {
            // Where each series' coverage starts (the collector's --since), for the readers.
            // Unknown (NULL) for series filled by a previous version: from their next window on.
            QStringLiteral("ALTER TABLE series_progress ADD COLUMN covered_from bigint"),
        },
    };
    return all;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = tr("The store refused a statement: %1").arg(query.lastError().text());
    return false;
}

bool runMigration(QSqlDatabase &db, int number, QString *error) {
    for (const QString &sql : migrations().at(number - 1)) {
        if (!exec(db, sql, error))
            return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
    query.addBindValue(number);
    if (!query.exec()) {
        *error = tr("The store refused a statement: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace

int version(QSqlDatabase &db, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) ||
        !query.next()) {
        *error = tr("The store could not be read: %1").arg(query.lastError().text());
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) ||
        !query.next()) {
        *error = tr("The store could not be read: %1").arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase &db, int target, QString *error) {
    if (!db.transaction()) {
        *error = tr("The store could not start a transaction: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    lock.addBindValue(MigrationLockKey);
    int current = lock.exec() ? version(db, error) : -1;
    if (current < 0 && error->isEmpty())
        *error = tr("The store could not be locked: %1").arg(lock.lastError().text());
    if (current > CurrentVersion) {
        *error = tr("The store has schema version %1; this program knows versions up to %2. "
                    "Update it.")
                     .arg(current)
                     .arg(CurrentVersion);
        current = -1;
    }
    bool ok = current >= 0;
    for (int next = current + 1; ok && next <= target; ++next)
        ok = runMigration(db, next, error);
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = tr("The store could not commit the migration: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

} // namespace trro::pgschema
