// PgStore's writes: devices, statistics buckets and sessions, each answer in one transaction
// with the mark that says how far its series is settled.

#include "pgbind.h"
#include "pgstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::PgStore", text);
}

QVariant optionalTime(const QDateTime &time) {
    return time.isValid() ? QVariant(time.toSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

bool PgStore::saveDevices(const StoreScope &scope, const QString &projectId,
                          const QList<Device> &devices, qint64 now) {
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(tr("The store could not start a transaction"), db.lastError().text());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO devices (endpoint, account, project_id, device_id, device_name, "
        "device_type, device_status, modify_time, last_report_time, seen_at) VALUES (?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?) ON CONFLICT (endpoint, account, project_id, device_id) DO UPDATE SET "
        "device_name = EXCLUDED.device_name, device_type = EXCLUDED.device_type, "
        "device_status = EXCLUDED.device_status, modify_time = EXCLUDED.modify_time, "
        "last_report_time = EXCLUDED.last_report_time, seen_at = EXCLUDED.seen_at"));
    for (const Device &device : devices) {
        query.addBindValue(pgText(scope.endpoint));
        query.addBindValue(pgText(scope.account));
        query.addBindValue(pgText(projectId));
        query.addBindValue(pgText(device.deviceId));
        query.addBindValue(pgText(device.deviceName));
        query.addBindValue(deviceTypeName(device.deviceType));
        query.addBindValue(pgText(device.deviceStatus));
        query.addBindValue(optionalTime(device.modifyTime));
        query.addBindValue(optionalTime(device.lastReportTime));
        query.addBindValue(now);
        if (!query.exec())
            return rollbackWith(tr("The store could not save a device"), query);
    }
    // Devices the service no longer lists are gone from the project.
    QSqlQuery gone(db);
    gone.prepare(QStringLiteral("DELETE FROM devices WHERE endpoint = ? AND account = ? AND "
                                "project_id = ? AND seen_at < ?"));
    gone.addBindValue(pgText(scope.endpoint));
    gone.addBindValue(pgText(scope.account));
    gone.addBindValue(pgText(projectId));
    gone.addBindValue(now);
    if (!gone.exec())
        return rollbackWith(tr("The store could not save the device list"), gone);
    if (!db.commit())
        return fail(tr("The store could not commit"), db.lastError().text());
    return true;
}

bool PgStore::saveBuckets(const StoreScope &scope, const StoreSeries &series, qint64 from,
                          qint64 to, const QList<IntervalBucket> &buckets, qint64 settledUntil,
                          qint64 now) {
    qint64 low = from, high = qMax(from, to - 1);
    for (const IntervalBucket &b : buckets) {
        low = qMin(low, b.startTime);
        high = qMax(high, b.startTime);
    }
    if (!ensureMonths(QStringLiteral("interval_stats"), low, high))
        return false;
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(tr("The store could not start a transaction"), db.lastError().text());
    // What the answer no longer holds in its range is gone (a bucket the service dropped).
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral(
        "DELETE FROM interval_stats WHERE endpoint = ? AND account = ? AND project_id = ? AND "
        "device_id = ? AND interval = ? AND bucket_start >= to_timestamp(?) AND bucket_start < "
        "to_timestamp(?)"));
    for (const QVariant &v :
         {pgText(scope.endpoint), pgText(scope.account), pgText(series.projectId),
          pgText(series.deviceId), QVariant(intervalName(series.interval)), QVariant(from),
          QVariant(to)})
        clear.addBindValue(v);
    if (!clear.exec())
        return rollbackWith(tr("The store could not save the statistics"), clear);
    if (!writeBuckets(scope, series, from, buckets, settledUntil, now))
        return false;
    if (!db.commit())
        return fail(tr("The store could not commit"), db.lastError().text());
    return true;
}

bool PgStore::writeBuckets(const StoreScope &scope, const StoreSeries &series, qint64 from,
                           const QList<IntervalBucket> &buckets, qint64 settledUntil, qint64 now) {
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO interval_stats (endpoint, account, project_id, device_id, interval, "
        "bucket_start, bucket_end, session_num, total_duration, not_bad_ratio, active_field, "
        "active_remote, fetched_at, settled) VALUES (?, ?, ?, ?, ?, to_timestamp(?), "
        "to_timestamp(?), ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (endpoint, account, project_id, "
        "device_id, interval, bucket_start) DO UPDATE SET bucket_end = EXCLUDED.bucket_end, "
        "session_num = EXCLUDED.session_num, total_duration = EXCLUDED.total_duration, "
        "not_bad_ratio = EXCLUDED.not_bad_ratio, active_field = EXCLUDED.active_field, "
        "active_remote = EXCLUDED.active_remote, fetched_at = EXCLUDED.fetched_at, "
        "settled = EXCLUDED.settled"));
    const QString interval = intervalName(series.interval);
    for (const IntervalBucket &b : buckets) {
        for (const QVariant &v :
             {pgText(scope.endpoint), pgText(scope.account), pgText(series.projectId),
              pgText(series.deviceId), QVariant(interval), QVariant(b.startTime),
              QVariant(b.endTime), QVariant(b.sessionNum), QVariant(b.totalDuration),
              QVariant(b.notBadSessionRatio), QVariant(b.activeFieldDeviceNum),
              QVariant(b.activeRemoteDeviceNum), QVariant(now),
              QVariant(b.endTime <= settledUntil)})
            query.addBindValue(v);
        if (!query.exec())
            return rollbackWith(tr("The store could not save the statistics"), query);
    }
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral(
        "INSERT INTO series_progress (endpoint, account, project_id, device_id, interval, "
        "settled_until, refreshed_at, covered_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
        "(endpoint, account, project_id, device_id, interval) DO UPDATE SET covered_from = CASE "
        "WHEN series_progress.covered_from IS NULL OR EXCLUDED.covered_from > "
        "series_progress.settled_until THEN EXCLUDED.covered_from ELSE "
        "least(series_progress.covered_from, EXCLUDED.covered_from) END, settled_until = "
        "greatest(series_progress.settled_until, EXCLUDED.settled_until), refreshed_at = "
        "EXCLUDED.refreshed_at"));
    // The rows are contiguous from covered_from: a window starting past the mark (a later
    // --since) starts the coverage anew.
    for (const QVariant &v : {pgText(scope.endpoint), pgText(scope.account),
                              pgText(series.projectId), pgText(series.deviceId), QVariant(interval),
                              QVariant(settledUntil), QVariant(now), QVariant(from)})
        mark.addBindValue(v);
    if (!mark.exec())
        return rollbackWith(tr("The store could not save the statistics"), mark);
    return true;
}

bool PgStore::saveSessions(const StoreScope &scope, const QString &projectId, qint64 from,
                           qint64 to, const QList<DeviceSession> &sessions, qint64 settledUntil,
                           qint64 now) {
    qint64 low = from, high = qMax(from, to - 1);
    for (const DeviceSession &s : sessions) {
        low = qMin(low, s.startTime);
        high = qMax(high, s.startTime);
    }
    if (!ensureMonths(QStringLiteral("sessions"), low, high))
        return false;
    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(tr("The store could not start a transaction"), db.lastError().text());
    if (!writeSessions(scope, projectId, sessions, now))
        return false;
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral(
        "INSERT INTO session_progress (endpoint, account, project_id, settled_until, "
        "refreshed_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (endpoint, account, project_id) DO "
        "UPDATE SET settled_until = greatest(session_progress.settled_until, "
        "EXCLUDED.settled_until), refreshed_at = EXCLUDED.refreshed_at"));
    for (const QVariant &v : {pgText(scope.endpoint), pgText(scope.account), pgText(projectId),
                              QVariant(settledUntil), QVariant(now)})
        mark.addBindValue(v);
    if (!mark.exec())
        return rollbackWith(tr("The store could not save the sessions"), mark);
    if (!db.commit())
        return fail(tr("The store could not commit"), db.lastError().text());
    return true;
}

bool PgStore::writeSessions(const StoreScope &scope, const QString &projectId,
                            const QList<DeviceSession> &sessions, qint64 now) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (endpoint, account, project_id, session_id, start_time, end_time, "
        "remote_device_id, field_device_id, resolution, quality, fetched_at) VALUES (?, ?, ?, "
        "?, to_timestamp(?), ?, ?, ?, ?, ?, ?) ON CONFLICT (endpoint, account, project_id, "
        "session_id, start_time) DO UPDATE SET end_time = EXCLUDED.end_time, remote_device_id = "
        "EXCLUDED.remote_device_id, field_device_id = EXCLUDED.field_device_id, resolution = "
        "EXCLUDED.resolution, quality = EXCLUDED.quality, fetched_at = EXCLUDED.fetched_at"));
    for (const DeviceSession &s : sessions) {
        for (const QVariant &v :
             {pgText(scope.endpoint), pgText(scope.account), pgText(projectId), pgText(s.sessionId),
              QVariant(s.startTime), QVariant(s.endTime), pgText(s.remoteDeviceId),
              pgText(s.fieldDeviceId), pgText(s.resolution), pgText(s.quality), QVariant(now)})
            query.addBindValue(v);
        if (!query.exec())
            return rollbackWith(tr("The store could not save the sessions"), query);
    }
    return true;
}

} // namespace trro
