#include "sharedstatsstore.h"

#include "pgbind.h"
#include "pgschema.h"
#include "storeplan.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace trro {
namespace {

bool beforePiece(const CachePiece &a, const CachePiece &b) {
    return a.clipStart != b.clipStart ? a.clipStart < b.clipStart : a.clipEnd < b.clipEnd;
}

} // namespace

SharedStatsStore::SharedStatsStore(const PgLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location) {}

SharedStatsStore::~SharedStatsStore() = default;

StoreScope SharedStatsStore::scopeOf(const CacheKey &key) {
    const qsizetype hash = key.endpoint.lastIndexOf(QLatin1Char('#'));
    if (hash < 0)
        return {key.endpoint, QString()};
    return {key.endpoint.left(hash), key.endpoint.mid(hash + 1)};
}

bool SharedStatsStore::ensureOpen() {
    if (m_down && m_downSince.isValid() && m_downSince.elapsed() < RetrySec * 1000)
        return false;
    if (m_store && m_store->isOpen())
        return true;
    m_store = std::make_unique<PgStore>(m_location);
    // Readers do not migrate: a store behind this build's schema is the collector's to update.
    if (!m_store->open(false)) {
        failed(m_store->lastError());
        return false;
    }
    QSqlDatabase db = m_store->database();
    QString error;
    const int version = pgschema::version(db, &error);
    if (version < 0) {
        failed(error);
        return false;
    }
    if (version < 3) {
        failed(tr("its schema is at version %1, readers need version 3 or later: run this "
                  "version's trro-collector once")
                   .arg(version));
        return false;
    }
    m_retentionMonths = m_store->retentionMonths();
    if (m_down) {
        m_down = false;
        Q_EMIT reachableChanged(true);
    }
    return true;
}

void SharedStatsStore::failed(const QString &detail) {
    if (m_store)
        m_store->close();
    m_store.reset();
    const bool wasDown = m_down;
    m_down = true;
    m_downSince.start();
    if (!wasDown) {
        Q_EMIT reachableChanged(false);
        Q_EMIT warning(tr("The shared history store %1 is unreachable; statistics come from the "
                          "service and the local cache (%2).")
                           .arg(m_location.display(), detail));
    }
}

bool SharedStatsStore::readCoverage(const StoreScope &scope, const CacheKey &key,
                                    Coverage *coverage) {
    QSqlQuery query(m_store->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT covered_from, settled_until, refreshed_at FROM series_progress WHERE "
        "endpoint = ? AND account = ? AND project_id = ? AND device_id = ? AND interval = ?"));
    for (const QVariant &v : {pgText(scope.endpoint), pgText(scope.account), pgText(key.projectId),
                              pgText(key.deviceId), QVariant(intervalName(key.interval))})
        query.addBindValue(v);
    if (!query.exec()) {
        failed(query.lastError().text());
        return false;
    }
    // No row, or a series filled before the store knew where coverage starts: nothing covered.
    if (query.next() && !query.value(0).isNull()) {
        coverage->from = query.value(0).toLongLong();
        coverage->to = query.value(1).toLongLong();
        coverage->refreshedAt = query.value(2).toLongLong();
    }
    return true;
}

bool SharedStatsStore::readBuckets(const StoreScope &scope, const CacheKey &key, qint64 from,
                                   qint64 to, QList<IntervalBucket> *out) {
    bool ok = false;
    *out = m_store->buckets(scope, StoreSeries{key.projectId, key.deviceId, key.interval}, from, to,
                            &ok);
    if (!ok)
        failed(m_store->lastError());
    return ok;
}

// The first bucket boundary the retention keeps whole (the collector drops whole UTC months).
qint64 SharedStatsStore::retentionStart(Interval interval, qint64 now) const {
    if (m_retentionMonths <= 0)
        return 0;
    const QDate today = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).date();
    const qint64 cutoff =
        QDateTime(QDate(today.year(), today.month(), 1), QTime(0, 0), QTimeZone::utc())
            .addMonths(-m_retentionMonths)
            .toSecsSinceEpoch();
    const qint64 floor = storeBucketFloor(interval, cutoff);
    return floor == cutoff ? cutoff : storeBucketNext(interval, floor);
}

SharedStatsStore::Covered SharedStatsStore::load(const CacheKey &key, qint64 start, qint64 end,
                                                 qint64 now) {
    Covered out;
    const StoreScope scope = scopeOf(key);
    Coverage coverage;
    if (scope.account.isEmpty() || !ensureOpen() || !readCoverage(scope, key, &coverage))
        return out;
    const qint64 lo = std::max(coverage.from, retentionStart(key.interval, now));
    const qint64 hi = coverage.to;
    if (hi <= lo || end <= lo || start >= hi)
        return out;
    // From the start of the bucket holding start (its whole cell is in the store) to end.
    const qint64 queryFrom = std::max(lo, storeBucketFloor(key.interval, start));
    const qint64 queryTo = std::min(hi, end);
    QList<IntervalBucket> buckets;
    if (!readBuckets(scope, key, queryFrom, queryTo, &buckets))
        return out;
    qint64 from = std::max(lo, start);
    qint64 to = queryTo;
    if (!buckets.isEmpty()) {
        from = std::min(from, buckets.first().startTime);
        to = std::max(to, buckets.last().endTime);
    }
    // As if one request had asked for [from, to) when the collector last wrote the series.
    AbsorbedAnswer answer = absorbAnswer(from, to, coverage.refreshedAt, buckets);
    const bool plausible =
        std::all_of(answer.pieces.cbegin(), answer.pieces.cend(), [now](const CachePiece &p) {
            return StatsCache::implausibleColumn(p, now) == nullptr;
        });
    if (!answer.clean || to > hi || !plausible) {
        Q_EMIT warning(tr("The shared history store holds statistics of %1 that do not fit "
                          "together; they are asked from the service.")
                           .arg(key.deviceId.isEmpty() ? key.projectId : key.deviceId));
        return out;
    }
    for (CachePiece &p : answer.pieces)
        p.tail = false; // not the end of a request of this reader
    // The collector settles up to a bucket boundary: where the store's coverage ends is a
    // cell boundary even when the buckets before it are empty, so the rest is asked from there.
    if (to == hi)
        answer.boundaries.append(hi);
    out.pieces = std::move(answer.pieces);
    out.boundaries = std::move(answer.boundaries);
    out.from = from;
    out.to = to;
    return out;
}

StoreFreshness SharedStatsStore::freshness(const CacheKey &key, bool *ok) {
    *ok = false;
    if (!ensureOpen())
        return {};
    const StoreFreshness result = m_store->freshness(scopeOf(key));
    if (!m_store->lastError().isEmpty()) {
        failed(m_store->lastError());
        return {};
    }
    *ok = true;
    return result;
}

StatsCache::Loaded mergeSharedPieces(const StatsCache::Loaded &local,
                                     const SharedStatsStore::Covered &shared) {
    if (shared.pieces.isEmpty())
        return local;
    StatsCache::Loaded out;
    out.ok = true;
    out.pieces = shared.pieces;
    for (const CachePiece &p : local.pieces) {
        if (p.clipEnd <= shared.from || p.clipStart >= shared.to)
            out.pieces.append(p);
    }
    std::sort(out.pieces.begin(), out.pieces.end(), beforePiece);
    out.boundaries = local.boundaries + shared.boundaries;
    std::sort(out.boundaries.begin(), out.boundaries.end());
    out.boundaries.erase(std::unique(out.boundaries.begin(), out.boundaries.end()),
                         out.boundaries.end());
    return out;
}

} // namespace trro
