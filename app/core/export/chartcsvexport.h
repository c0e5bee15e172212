#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace trro {

// One series as the charts show it: the fleet (empty deviceId) or one selected device.
struct CsvSeries {
    QString deviceId;
    QString label; // what the legend says: "Fleet", a device name
    Interval interval = Interval::Day;
    QList<IntervalBucket> buckets; // as the service returned them
};

// The data CSV of what the dashboard shows, for people (spreadsheets), as opposed to the
// machine CSV of trro-stats: translated headers, only the buckets that touch the visible
// range, the selected devices after the fleet, times as ISO-8601 with the offset of the
// chart's time zone plus unix seconds, anomalies spelled out in a last column.
class ChartCsvExport final {
    Q_DECLARE_TR_FUNCTIONS(ChartCsvExport)
public:
    enum Column {
        SeriesColumn,
        DeviceIdColumn,
        StartColumn,
        EndColumn,
        StartUnixColumn,
        EndUnixColumn,
        SessionsColumn,
        MinutesColumn,
        NotBadRatioColumn,
        VehiclesColumn,
        CockpitsColumn,
        NotesColumn,
        ColumnCount
    };

    ChartCsvExport(qint64 visibleFrom, qint64 visibleTo, const QTimeZone &zone);

    void addSeries(const CsvSeries &series) { m_series.append(series); }
    const QList<CsvSeries> &series() const { return m_series; }

    static QStringList headers(); // translated, in Column order
    // The document: a header line and one line per bucket, "\n" line ends, no BOM.
    QString toCsv() const;
    // Writes toCsv() as UTF-8 with a BOM (so spreadsheets detect the encoding).
    bool writeFile(const QString &fileName, QString *error = nullptr) const;
    int rowCount() const; // data rows toCsv() writes

    // "2024-05-01T08:00:00+08:00": always an explicit offset, "+00:00" for UTC.
    static QString isoWithOffset(qint64 unixSeconds, const QTimeZone &zone);
    // Whether a bucket touches [from, to); inverted buckets count by their span.
    static bool touches(const IntervalBucket &bucket, qint64 from, qint64 to);
    // RFC 4180 quoting; text that a spreadsheet would run as a formula is defused.
    static QString quoteText(const QString &text);

private:
    QList<int> visibleRows(const CsvSeries &series) const; // indexes, in time order

    qint64 m_from;
    qint64 m_to;
    QTimeZone m_zone;
    QList<CsvSeries> m_series;
};

// Writes csv as UTF-8 with a byte-order mark (spreadsheets then read it as UTF-8), atomically:
// the file is replaced only when everything was written. false with the reason in error.
bool writeCsvFile(const QString &fileName, const QString &csv, QString *error);

} // namespace trro
