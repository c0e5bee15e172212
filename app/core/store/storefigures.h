#pragma once

#include "pgstore.h"

#include <QList>
#include <QStringList>

namespace trro {

// The last complete bucket of one series as the collector wrote it: the bucket before the one
// that was open when the collector last refreshed the series (series_progress.refreshed_at).
// A covered bucket without a row is empty: the service leaves empty buckets out.
struct StoreSeriesFigures {
    StoreSeries series;
    qint64 bucketStart = 0;
    qint64 bucketEnd = 0;
    bool empty = true;
    IntervalBucket bucket; // when not empty
};

// What the metrics of a collector show of the store: read in a few queries, not per series.
struct StoreFigures {
    bool ok = false;
    QString error; // when not ok
    QList<StoreSeriesFigures> series;
    qint64 deviceRows = 0;
    qint64 bucketRows = 0;
    qint64 sessionRows = 0;
    StoreFreshness freshness;
};

// Reads the last complete bucket of every series of the projects at the intervals (the fleet's
// only, unless perDevice), the scope's rows per table and the collector's freshness. Bounded:
// at most MaxSeries series, one query per project, interval and bucket (series refreshed in the
// same cycle share one), at most MaxBucketQueries of those.
class StoreFiguresReader final {
public:
    static constexpr int MaxSeries = 100000;
    static constexpr int MaxBucketQueries = 400;

    StoreFiguresReader(PgStore *store, const StoreScope &scope);
    StoreFigures read(const QStringList &projects, const QList<Interval> &intervals,
                      bool perDevice);

private:
    struct Progress {
        StoreSeries series;
        qint64 refreshedAt = 0;
        qint64 coveredFrom = 0;
    };

    bool readProgress(const QString &project, bool perDevice, QList<Progress> *out);
    bool readBuckets(const StoreSeries &group, qint64 start, bool perDevice,
                     QHash<QString, IntervalBucket> *out);
    bool count(const QString &table, qint64 *rows);
    bool fail(const QSqlQuery &query);

    PgStore *m_store;
    StoreScope m_scope;
    QString m_error;
};

} // namespace trro
