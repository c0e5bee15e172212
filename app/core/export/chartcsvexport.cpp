#include "chartcsvexport.h"

#include "anomalies.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <algorithm>

namespace trro {

namespace {

QString notesText(BucketFlags flags) {
    QStringList notes;
    if (flags.testFlag(BucketFlag::Inverted))
        notes << ChartCsvExport::tr("end before start");
    if (flags.testFlag(BucketFlag::Duplicate))
        notes << ChartCsvExport::tr("duplicate start time");
    if (flags.testFlag(BucketFlag::OddWidth))
        notes << ChartCsvExport::tr("unusual width");
    if (flags.testFlag(BucketFlag::OutOfOrder))
        notes << ChartCsvExport::tr("out of order");
    if (flags.testFlag(BucketFlag::RatioOutOfRange))
        notes << ChartCsvExport::tr("ratio out of range");
    return notes.join(QStringLiteral("; "));
}

} // namespace

ChartCsvExport::ChartCsvExport(qint64 visibleFrom, qint64 visibleTo, const QTimeZone &zone)
    : m_from(visibleFrom)
    , m_to(visibleTo)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc()) {}

QStringList ChartCsvExport::headers() {
    return {
        tr("Series"),
        tr("Device ID"),
        tr("Start"),
        tr("End"),
        tr("Start (unix seconds)"),
        tr("End (unix seconds)"),
        tr("Sessions"),
        tr("Session minutes"),
        tr("Not-bad ratio (%)"),
        tr("Active vehicles"),
        tr("Active cockpits"),
        tr("Notes"),
    };
}

QString ChartCsvExport::isoWithOffset(qint64 unixSeconds, const QTimeZone &zone) {
    const QDateTime time = QDateTime::fromSecsSinceEpoch(unixSeconds, zone);
    const int offset = time.offsetFromUtc();
    const int absolute = offset < 0 ? -offset : offset;
    const QChar sign = offset < 0 ? u'-' : u'+';
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) % sign %
           QStringLiteral("%1:%2")
               .arg(absolute / 3600, 2, 10, QLatin1Char('0'))
               .arg((absolute % 3600) / 60, 2, 10, QLatin1Char('0'));
}

bool ChartCsvExport::touches(const IntervalBucket &bucket, qint64 from, qint64 to) {
    const qint64 lo = std::min(bucket.startTime, bucket.endTime);
    const qint64 hi = std::max(bucket.startTime, bucket.endTime);
    if (lo == hi)
        return lo >= from && lo < to;
    return hi > from && lo < to;
}

QString ChartCsvExport::quoteText(const QString &text) {
    QString cell = text;
    // A cell that starts like a formula is shown as text, not evaluated.
    if (!cell.isEmpty() && (cell.front() == u'=' || cell.front() == u'+' || cell.front() == u'-' ||
                            cell.front() == u'@' || cell.front() == u'\t' || cell.front() == u'\r'))
        cell.prepend(u'\'');
    const bool needsQuotes =
        cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r');
    if (!needsQuotes)
        return cell;
    cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' % cell % u'"';
}

QList<int> ChartCsvExport::visibleRows(const CsvSeries &series) const {
    QList<int> rows;
    for (int i = 0; i < series.buckets.size(); ++i) {
        if (touches(series.buckets.at(i), m_from, m_to))
            rows.append(i);
    }
    std::stable_sort(rows.begin(), rows.end(), [&series](int a, int b) {
        return series.buckets.at(a).startTime < series.buckets.at(b).startTime;
    });
    return rows;
}

int ChartCsvExport::rowCount() const {
    int count = 0;
    for (const CsvSeries &series : m_series)
        count += int(visibleRows(series).size());
    return count;
}

QString ChartCsvExport::toCsv() const {
    QStringList headerCells;
    const QStringList names = headers();
    for (const QString &name : names)
        headerCells << quoteText(name);
    QString out = headerCells.join(u',') % u'\n';

    for (const CsvSeries &series : m_series) {
        const QList<BucketFlags> flags = classifyBuckets(series.buckets, series.interval);
        const QString label = series.label.isEmpty()
                                  ? (series.deviceId.isEmpty() ? tr("Fleet") : series.deviceId)
                                  : series.label;
        const QList<int> rows = visibleRows(series);
        for (int index : rows) {
            const IntervalBucket &b = series.buckets.at(index);
            const BucketFlags bucketFlags = index < flags.size() ? flags.at(index) : BucketFlags();
            QStringList cells;
            cells.reserve(ColumnCount);
            cells << quoteText(label) << quoteText(series.deviceId)
                  << isoWithOffset(b.startTime, m_zone) << isoWithOffset(b.endTime, m_zone)
                  << QString::number(b.startTime) << QString::number(b.endTime)
                  << QString::number(b.sessionNum) << QString::number(b.totalDuration)
                  << QString::number(b.notBadSessionRatio)
                  << QString::number(b.activeFieldDeviceNum)
                  << QString::number(b.activeRemoteDeviceNum) << quoteText(notesText(bucketFlags));
            out += cells.join(u',') % u'\n';
        }
    }
    return out;
}

bool writeCsvFile(const QString &fileName, const QString &csv, QString *error) {
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(csv.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ChartCsvExport::writeFile(const QString &fileName, QString *error) const {
    return writeCsvFile(fileName, toCsv(), error);
}

} // namespace trro
