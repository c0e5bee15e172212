#pragma once

#include "fleetcontroller.h"

#include <QWidget>

namespace trro {

class KpiTile;

// The row of key figures above the charts: sessions, session minutes, not-bad ratio, active
// vehicles and active cockpits for the range (DescribeSessionStatistics), each compared with
// the previous period of the same length, with a sparkline of the interval series.
class KpiPanel final : public QWidget {
    Q_OBJECT
public:
    enum Kpi { Sessions, Minutes, NotBadRatio, Vehicles, Cockpits, KpiCount };

    explicit KpiPanel(QWidget *parent = nullptr);

    void setData(const FleetData &fleet, const QString &comparisonLabel);
    void clear();
    void setLoading(bool loading);
    void setStale(bool stale);

    KpiTile *tile(Kpi kpi) const { return m_tiles.at(kpi); }

    // One value per interval slot of the series, in time order; empty slots between buckets
    // count as zero (NaN for the ratio, which has no value without sessions).
    static QList<double> trend(const QList<IntervalBucket> &buckets, Interval interval, Kpi kpi);

private:
    QList<KpiTile *> m_tiles;
};

} // namespace trro
