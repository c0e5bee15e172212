// PgStore's reads: what the collector stored, for readers and tests.

#include "pgbind.h"
#include "pgstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::PgStore", text);
}

QDateTime optionalTime(const QVariant &value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

} // namespace

QList<IntervalBucket> PgStore::buckets(const StoreScope &scope, const StoreSeries &series,
                                       qint64 from, qint64 to, bool *ok) {
    QList<IntervalBucket> out;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT extract(epoch FROM bucket_start)::bigint, extract(epoch FROM bucket_end)::bigint, "
        "session_num, total_duration, not_bad_ratio, active_field, active_remote FROM "
        "interval_stats WHERE endpoint = ? AND account = ? AND project_id = ? AND device_id = ? "
        "AND interval = ? AND bucket_start >= to_timestamp(?) AND bucket_start < to_timestamp(?) "
        "ORDER BY bucket_start LIMIT ?"));
    for (const QVariant &v :
         {pgText(scope.endpoint), pgText(scope.account), pgText(series.projectId),
          pgText(series.deviceId), QVariant(intervalName(series.interval)), QVariant(from),
          QVariant(to), QVariant(MaxSeriesBuckets)})
        query.addBindValue(v);
    const bool done = query.exec();
    if (ok)
        *ok = done;
    if (!done) {
        failQuery(tr("The store could not be read"), query);
        return out;
    }
    while (query.next())
        out << bucketAt(query, 0);
    return out;
}

QHash<QString, QList<IntervalBucket>> PgStore::projectBuckets(const StoreScope &scope,
                                                              const QString &projectId,
                                                              Interval interval, qint64 from,
                                                              qint64 to) {
    QHash<QString, QList<IntervalBucket>> out;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT device_id, extract(epoch FROM bucket_start)::bigint, "
        "extract(epoch FROM bucket_end)::bigint, session_num, total_duration, not_bad_ratio, "
        "active_field, active_remote FROM interval_stats WHERE endpoint = ? AND account = ? AND "
        "project_id = ? AND interval = ? AND bucket_start >= to_timestamp(?) AND bucket_start < "
        "to_timestamp(?) ORDER BY device_id, bucket_start"));
    for (const QVariant &v : {pgText(scope.endpoint), pgText(scope.account), pgText(projectId),
                              QVariant(intervalName(interval)), QVariant(from), QVariant(to)})
        query.addBindValue(v);
    if (!query.exec()) {
        failQuery(tr("The store could not be read"), query);
        return out;
    }
    while (query.next())
        out[query.value(0).toString()] << bucketAt(query, 1);
    return out;
}

QList<Device> PgStore::devices(const StoreScope &scope, const QString &projectId) {
    QList<Device> out;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT device_id, device_name, device_status, device_type, modify_time, "
        "last_report_time FROM devices WHERE endpoint = ? AND account = ? AND project_id = ? "
        "ORDER BY device_id"));
    query.addBindValue(pgText(scope.endpoint));
    query.addBindValue(pgText(scope.account));
    query.addBindValue(pgText(projectId));
    if (!query.exec()) {
        failQuery(tr("The store could not be read"), query);
        return out;
    }
    while (query.next()) {
        Device d;
        d.deviceId = query.value(0).toString();
        d.deviceName = query.value(1).toString();
        d.deviceStatus = query.value(2).toString();
        d.deviceType = parseDeviceType(query.value(3).toString());
        d.projectId = projectId;
        d.modifyTime = optionalTime(query.value(4));
        d.lastReportTime = optionalTime(query.value(5));
        out << d;
    }
    return out;
}

QList<DeviceSession> PgStore::sessions(const StoreScope &scope, const QString &projectId,
                                       qint64 from, qint64 to) {
    QList<DeviceSession> out;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT session_id, remote_device_id, field_device_id, resolution, "
        "extract(epoch FROM start_time)::bigint, end_time, quality FROM sessions WHERE "
        "endpoint = ? AND account = ? AND project_id = ? AND start_time >= to_timestamp(?) AND "
        "start_time < to_timestamp(?) ORDER BY start_time, session_id"));
    for (const QVariant &v : {pgText(scope.endpoint), pgText(scope.account), pgText(projectId),
                              QVariant(from), QVariant(to)})
        query.addBindValue(v);
    if (!query.exec()) {
        failQuery(tr("The store could not be read"), query);
        return out;
    }
    while (query.next()) {
        DeviceSession s;
        s.sessionId = query.value(0).toString();
        s.remoteDeviceId = query.value(1).toString();
        s.fieldDeviceId = query.value(2).toString();
        s.resolution = query.value(3).toString();
        s.startTime = query.value(4).toLongLong();
        s.endTime = query.value(5).toLongLong();
        s.quality = query.value(6).toString();
        out << s;
    }
    return out;
}

} // namespace trro
