#pragma once

#include "anomalies.h"
#include "bucketcut.h"
#include "types.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace trro {

// What the linked charts draw. Plain values: the dashboard builds them from its models and hands
// them to LinkedChartsView::setData(); nothing here depends on the chart library.

// One series of interval buckets: the fleet (key "") or one device (key = DeviceId).
struct ChartSeries {
    QString key;                   // "" = the whole project (fleet), else the DeviceId
    QString label;                 // legend and tooltip text, e.g. "Fleet" or the device name
    QList<IntervalBucket> buckets; // as the service returned them (any order, anomalies kept)
    QList<BucketFlags> flags;      // one per bucket; may be left empty, setData() fills it in

    bool isFleet() const { return key.isEmpty(); }
};

// Everything the charts show. rangeStart/rangeEnd (unix seconds) is the requested range: it
// becomes the full range of the shared time axis (zoom reset returns to it). When it is empty
// (rangeEnd <= rangeStart) the extent of the buckets is used instead.
struct ChartData {
    Interval interval = Interval::Day;
    QTimeZone timeZone = QTimeZone::utc(); // the axis labels and tooltips use this zone
    qint64 rangeStart = 0;                 // unix seconds, inclusive
    qint64 rangeEnd = 0;                   // unix seconds, exclusive
    qint64 now = 0; // unix seconds: when the buckets were current; 0: unknown (none is open)
    QList<ChartSeries> series; // the fleet first (if shown), then devices
    // The previous period's series (same keys), moved onto this axis: drawn as muted ghosts,
    // with the difference in the tooltip. Empty: no comparison.
    QList<ChartSeries> previous;
    QString previousLabel; // "previous period", "a week earlier"
    // The fleet without one value of a cause report (the Why panel), over the spans the cause
    // finder read: an extra dashed trace on the sessions and ratio charts. No buckets: none.
    ChartSeries without;

    bool isEmpty() const;
    // What a bucket of this data counts (bucketCoverage for the range and now): a bucket that
    // the range cuts or that is not over yet is partial, drawn apart and named in the tooltip.
    BucketCoverage coverage(const IntervalBucket &bucket) const;
    const ChartSeries *previousOf(const QString &key) const; // nullptr: none
};

// Which period the ghost series show: the same length just before, or the same span a week
// earlier.
enum class PreviousPeriod { JustBefore, WeekEarlier };
// How far the previous period lies before the window (seconds, > 0).
qint64 previousPeriodShift(PreviousPeriod period, qint64 rangeStart, qint64 rangeEnd);
// The series with every bucket moved later by shift seconds (onto the current axis).
ChartSeries shiftedSeries(const ChartSeries &series, qint64 shift);

// Builds a series and classifies its buckets (classifyBuckets of anomalies.h).
ChartSeries makeChartSeries(const QString &key, const QString &label,
                            const QList<IntervalBucket> &buckets, Interval interval);

// The extent [first start, last end] over every bucket of every series (inverted buckets count
// with both bounds). Returns false when there is no bucket.
bool bucketExtent(const ChartData &data, qint64 *from, qint64 *to);

} // namespace trro
