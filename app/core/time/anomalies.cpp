#include "anomalies.h"

#include "checkedmath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <algorithm>
#include <climits>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro", text);
}

QString utc(qint64 seconds) {
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QList<BucketFlags> classifyBuckets(const QList<IntervalBucket> &buckets, Interval interval) {
    QList<BucketFlags> flags(buckets.size());
    QHash<qint64, int> seen; // StartTime -> count
    for (const IntervalBucket &b : buckets)
        ++seen[b.startTime];
    const qint64 nominal = nominalSeconds(interval);
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const IntervalBucket &b = buckets.at(i);
        BucketFlags f;
        if (b.endTime < b.startTime)
            f |= BucketFlag::Inverted;
        if (seen.value(b.startTime) > 1)
            f |= BucketFlag::Duplicate;
        // A month is 28..31 days; the nominal check only makes sense for hours and days.
        // Checked: the fields may hold any 64-bit value (hostile answers, the fuzzer).
        const qint64 width = saturatingSub(b.endTime, b.startTime);
        if (interval == Interval::Month) {
            if (width > 0 && (width < 28 * 86400 - 3600 || width > 31 * 86400 + 3600))
                f |= BucketFlag::OddWidth;
        } else if (width > 0 && width != nominal && width != nominal - 1) {
            f |= BucketFlag::OddWidth; // the service's EndTime may be inclusive (start + n - 1)
        }
        if (i > 0 && b.startTime < buckets.at(i - 1).startTime)
            f |= BucketFlag::OutOfOrder;
        if (b.notBadSessionRatio < 0 || b.notBadSessionRatio > 100)
            f |= BucketFlag::RatioOutOfRange;
        flags[i] = f;
    }
    return flags;
}

QStringList describeAnomalies(const QList<IntervalBucket> &buckets, Interval interval,
                              bool withGaps) {
    QStringList warnings;
    const QList<BucketFlags> flags = classifyBuckets(buckets, interval);
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const IntervalBucket &b = buckets.at(i);
        const BucketFlags f = flags.at(i);
        if (f.testFlag(BucketFlag::Inverted))
            warnings << tr("Bucket %1 starting %2 ends before it starts (EndTime %3).")
                            .arg(i + 1)
                            .arg(utc(b.startTime), utc(b.endTime));
        if (f.testFlag(BucketFlag::OddWidth))
            warnings << tr("Bucket %1 starting %2 is %3 s wide, not one %4.")
                            .arg(i + 1)
                            .arg(utc(b.startTime))
                            .arg(saturatingSub(b.endTime, b.startTime))
                            .arg(intervalName(interval));
        if (f.testFlag(BucketFlag::OutOfOrder))
            warnings
                << tr("Bucket %1 starting %2 is out of order.").arg(i + 1).arg(utc(b.startTime));
        if (f.testFlag(BucketFlag::RatioOutOfRange))
            warnings << tr("Bucket %1 starting %2 has a not-bad ratio of %3 %, outside 0–100.")
                            .arg(i + 1)
                            .arg(utc(b.startTime))
                            .arg(b.notBadSessionRatio);
    }
    QHash<qint64, int> counts;
    for (const IntervalBucket &b : buckets)
        ++counts[b.startTime];
    QList<qint64> duplicated;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 1)
            duplicated << it.key();
    std::sort(duplicated.begin(), duplicated.end());
    for (qint64 start : duplicated)
        warnings << tr("%1 buckets share the start time %2; all are kept.")
                        .arg(counts.value(start))
                        .arg(utc(start));
    if (withGaps) {
        const QString gaps = emptyIntervalsWarning(countEmptyIntervals(buckets, interval));
        if (!gaps.isEmpty())
            warnings << gaps;
    }
    return warnings;
}

qint64 countEmptyIntervals(const QList<IntervalBucket> &buckets, Interval interval,
                           const TimeRanges &notCached) {
    if (interval == Interval::Month || buckets.size() < 2)
        return 0;
    QList<qint64> starts;
    for (const IntervalBucket &b : buckets)
        starts << b.startTime;
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    qint64 missing = 0;
    const qint64 step = nominalSeconds(interval);
    for (qsizetype i = 1; i < starts.size(); ++i) {
        const qint64 gap = saturatingSub(starts.at(i), starts.at(i - 1));
        if (gap <= step)
            continue;
        const qint64 slots = gap / step - 1;
        if (notCached.isEmpty() || slots > 10000) {
            if (!checkedAdd(missing, slots, &missing))
                return LLONG_MAX;
            continue;
        }
        for (qint64 k = 1; k <= slots; ++k) {
            const qint64 at = starts.at(i - 1) + k * step;
            if (!notCached.intersects(at, at + 1))
                ++missing;
        }
    }
    return missing;
}

QString emptyIntervalsWarning(qint64 count) {
    if (count <= 0)
        return {};
    // %n is an int: a count beyond it (only in nonsense data) is shown as the largest one.
    const int shown = count > INT_MAX ? INT_MAX : int(count);
    return QCoreApplication::translate(
        "trro",
        "%n interval(s) without data between the first and the last bucket "
        "(the service leaves empty intervals out).",
        nullptr, shown);
}

} // namespace trro
