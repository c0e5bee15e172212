#include "storefigures.h"

#include "pgbind.h"
#include "storeplan.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::StoreFiguresReader", text);
}

} // namespace

StoreFiguresReader::StoreFiguresReader(PgStore *store, const StoreScope &scope)
    : m_store(store)
    , m_scope(scope) {}

bool StoreFiguresReader::fail(const QSqlQuery &query) {
    m_error = tr("The store could not be read: %1").arg(query.lastError().text());
    return false;
}

bool StoreFiguresReader::readProgress(const QString &project, bool perDevice,
                                      QList<Progress> *out) {
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT device_id, interval, refreshed_at, "
                                 "coalesce(covered_from, 0) FROM series_progress WHERE "
                                 "endpoint = ? AND account = ? AND project_id = ?") +
                  (perDevice ? QString() : QStringLiteral(" AND device_id = ''")) +
                  QStringLiteral(" ORDER BY device_id, interval LIMIT ?"));
    for (const QVariant &v :
         {pgText(m_scope.endpoint), pgText(m_scope.account), pgText(project), QVariant(MaxSeries)})
        query.addBindValue(v);
    if (!query.exec())
        return fail(query);
    while (query.next() && out->size() < MaxSeries) {
        Progress p;
        p.series.projectId = project;
        p.series.deviceId = query.value(0).toString();
        if (!parseInterval(query.value(1).toString(), &p.series.interval))
            continue;
        p.refreshedAt = query.value(2).toLongLong();
        p.coveredFrom = query.value(3).toLongLong();
        out->append(p);
    }
    return true;
}

bool StoreFiguresReader::readBuckets(const StoreSeries &group, qint64 start, bool perDevice,
                                     QHash<QString, IntervalBucket> *out) {
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT device_id, extract(epoch FROM bucket_start)::bigint, "
                                 "extract(epoch FROM bucket_end)::bigint, session_num, "
                                 "total_duration, not_bad_ratio, active_field, "
                                 "active_remote FROM interval_stats WHERE endpoint = ? AND "
                                 "account = ? AND project_id = ? AND interval = ? AND "
                                 "bucket_start = to_timestamp(?)") +
                  (perDevice ? QString() : QStringLiteral(" AND device_id = ''")) +
                  QStringLiteral(" LIMIT ?"));
    for (const QVariant &v :
         {pgText(m_scope.endpoint), pgText(m_scope.account), pgText(group.projectId),
          QVariant(intervalName(group.interval)), QVariant(start), QVariant(MaxSeries)})
        query.addBindValue(v);
    if (!query.exec())
        return fail(query);
    while (query.next())
        out->insert(query.value(0).toString(), bucketAt(query, 1));
    return true;
}

bool StoreFiguresReader::count(const QString &table, qint64 *rows) {
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM ") + table +
                  QStringLiteral(" WHERE endpoint = ? AND account = ?"));
    query.addBindValue(pgText(m_scope.endpoint));
    query.addBindValue(pgText(m_scope.account));
    if (!query.exec() || !query.next())
        return fail(query);
    *rows = query.value(0).toLongLong();
    return true;
}

StoreFigures StoreFiguresReader::read(const QStringList &projects, const QList<Interval> &intervals,
                                      bool perDevice) {
    StoreFigures figures;
    m_error.clear();
    QList<Progress> progress;
    for (const QString &project : projects) {
        if (!readProgress(project, perDevice, &progress)) {
            figures.error = m_error;
            return figures;
        }
    }
    // Series refreshed in the same cycle share their last complete bucket: one query for each.
    QHash<QString, QHash<QString, IntervalBucket>> rows; // by "project/interval/start"
    int queries = 0;
    for (const Progress &p : std::as_const(progress)) {
        if (!intervals.contains(p.series.interval) || p.refreshedAt <= 0)
            continue;
        StoreSeriesFigures f;
        f.series = p.series;
        f.bucketEnd = storeBucketFloor(p.series.interval, p.refreshedAt);
        f.bucketStart = storeBucketFloor(p.series.interval, f.bucketEnd - 1);
        if (f.bucketStart < p.coveredFrom)
            continue; // before what the store holds of the series
        const QString key = QStringLiteral("%1/%2/%3")
                                .arg(p.series.projectId, intervalName(p.series.interval))
                                .arg(f.bucketStart);
        if (!rows.contains(key)) {
            if (++queries > MaxBucketQueries)
                continue;
            if (!readBuckets(p.series, f.bucketStart, perDevice, &rows[key])) {
                figures.error = m_error;
                return figures;
            }
        }
        const QHash<QString, IntervalBucket> found = rows.value(key);
        const auto it = found.constFind(p.series.deviceId);
        if (it != found.cend()) {
            f.empty = false;
            f.bucket = *it;
        }
        figures.series.append(f);
    }
    if (!count(QStringLiteral("devices"), &figures.deviceRows) ||
        !count(QStringLiteral("interval_stats"), &figures.bucketRows) ||
        !count(QStringLiteral("sessions"), &figures.sessionRows)) {
        figures.error = m_error;
        return figures;
    }
    figures.freshness = m_store->freshness(m_scope);
    figures.ok = true;
    return figures;
}

} // namespace trro
