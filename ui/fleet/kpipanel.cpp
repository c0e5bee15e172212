#include "kpipanel.h"

#include "widgets/kpitile.h"

#include <QHBoxLayout>
#include <algorithm>
#include <limits>

namespace trro {

namespace {

double bucketValue(const IntervalBucket &bucket, KpiPanel::Kpi kpi) {
    switch (kpi) {
    case KpiPanel::Sessions:
        return double(bucket.sessionNum);
    case KpiPanel::Minutes:
        return double(bucket.totalDuration);
    case KpiPanel::NotBadRatio:
        return bucket.sessionNum > 0 ? double(bucket.notBadSessionRatio)
                                     : std::numeric_limits<double>::quiet_NaN();
    case KpiPanel::Vehicles:
        return double(bucket.activeFieldDeviceNum);
    case KpiPanel::Cockpits:
        return double(bucket.activeRemoteDeviceNum);
    case KpiPanel::KpiCount:
        break;
    }
    return 0;
}

double totalValue(const SessionTotals &totals, KpiPanel::Kpi kpi) {
    switch (kpi) {
    case KpiPanel::Sessions:
        return double(totals.sessionNum);
    case KpiPanel::Minutes:
        return double(totals.totalDuration);
    case KpiPanel::NotBadRatio:
        return double(totals.notBadSessionRatio);
    case KpiPanel::Vehicles:
        return double(totals.activeFieldDeviceNum);
    case KpiPanel::Cockpits:
        return double(totals.activeRemoteDeviceNum);
    case KpiPanel::KpiCount:
        break;
    }
    return 0;
}

} // namespace

KpiPanel::KpiPanel(QWidget *parent)
    : QWidget(parent) {
    setAccessibleName(tr("Key figures"));
    m_tiles = {
        new KpiTile(tr("Sessions"), KpiTile::Format::Count, this),
        new KpiTile(tr("Session minutes"), KpiTile::Format::Minutes, this),
        new KpiTile(tr("Not-bad ratio"), KpiTile::Format::Percent, this),
        new KpiTile(tr("Active vehicles"), KpiTile::Format::Count, this),
        new KpiTile(tr("Active cockpits"), KpiTile::Format::Count, this),
    };
    m_tiles.at(NotBadRatio)
        ->setToolTip(tr("Share of sessions whose quality was not bad (NotBadSessionRatio)"));
    const QStringList names{QStringLiteral("kpiSessions"), QStringLiteral("kpiMinutes"),
                            QStringLiteral("kpiNotBadRatio"), QStringLiteral("kpiVehicles"),
                            QStringLiteral("kpiCockpits")};
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    for (int i = 0; i < KpiCount; ++i) {
        m_tiles.at(i)->setObjectName(names.at(i));
        layout->addWidget(m_tiles.at(i), 1);
    }
}

void KpiPanel::setData(const FleetData &fleet, const QString &comparisonLabel) {
    for (int i = 0; i < KpiCount; ++i) {
        const Kpi kpi = Kpi(i);
        KpiTile *tile = m_tiles.at(i);
        tile->setComparisonLabel(comparisonLabel);
        const double value = totalValue(fleet.totals, kpi);
        if (value < 0) {
            tile->clear(); // offline, from the cached series: devices cannot be summed up
        } else {
            tile->setValue(value, totalValue(fleet.previousTotals, kpi), fleet.hasPrevious);
        }
        tile->setTrend(trend(fleet.fleet.buckets, fleet.request.interval, kpi));
    }
}

void KpiPanel::clear() {
    for (KpiTile *tile : std::as_const(m_tiles))
        tile->clear();
}

void KpiPanel::setLoading(bool loading) {
    for (KpiTile *tile : std::as_const(m_tiles))
        tile->setLoading(loading);
}

void KpiPanel::setStale(bool stale) {
    for (KpiTile *tile : std::as_const(m_tiles))
        tile->setStale(stale);
}

QList<double> KpiPanel::trend(const QList<IntervalBucket> &buckets, Interval interval, Kpi kpi) {
    QList<IntervalBucket> sorted = buckets;
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const IntervalBucket &a, const IntervalBucket &b) { return a.startTime < b.startTime; });
    const qint64 nominal = nominalSeconds(interval);
    const double empty = kpi == NotBadRatio ? std::numeric_limits<double>::quiet_NaN() : 0.0;
    QList<double> values;
    values.reserve(sorted.size());
    for (int i = 0; i < sorted.size(); ++i) {
        if (i > 0 && nominal > 0) {
            // Sparse series: the service leaves empty intervals out.
            const qint64 previousEnd =
                std::max(sorted.at(i - 1).endTime, sorted.at(i - 1).startTime);
            const qint64 gap = sorted.at(i).startTime - previousEnd;
            const qint64 missing = std::min<qint64>(gap / nominal, 10000);
            for (qint64 k = 0; k < missing; ++k)
                values.append(empty);
        }
        values.append(bucketValue(sorted.at(i), kpi));
    }
    return values;
}

} // namespace trro
