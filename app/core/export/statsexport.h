#pragma once

#include "types.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

namespace trro {

// Output formats of trro-stats (and of the dashboard's "export data").
enum class ExportFormat { Table, Csv, Json };
bool parseExportFormat(const QString &text, ExportFormat *format); // table | csv | json
QString exportFormatName(ExportFormat format);

// One row of the machine export of DescribeSessionStatisticsByInterval: a bucket exactly as the
// service returned it, with the device it was asked for (empty: the whole project).
struct IntervalRow {
    QString deviceId;
    IntervalBucket bucket;

    friend bool operator==(const IntervalRow &, const IntervalRow &) = default;
};

// Every bucket of every series, ordered by DeviceId then StartTime. The sort is stable, so
// buckets with the same StartTime keep the service's order; nothing is merged or dropped.
QList<IntervalRow> intervalRows(const QList<IntervalSeries> &series);

// A format-neutral table: the typed exporters below fill one, and the writers turn it into
// CSV (RFC 4180), JSON (array of objects, keys in column order) or an aligned text table.
struct ExportTable {
    enum class Kind {
        Text,     // string; JSON string
        Integer,  // qint64; JSON number
        UnixTime, // qint64 unix seconds; machine formats keep the number, the text table shows
                  // local time with its offset
        DateTime, // QDateTime; machine formats use ISO 8601 with offset, JSON null when unknown
        Flag,     // bool; JSON true/false, CSV 1/0, the text table "yes" or "no" (translated)
        Decimal,  // double; machine formats 6 significant digits (CSV empty, JSON null when not
                  // finite), the text table 2 decimals (2 significant digits below 0.01)
    };
    // A cell that holds no QVariant (QVariant()) is a value not known: empty in CSV and the
    // text table, null in JSON.
    struct Column {
        QString key;   // machine name, e.g. "SessionNum"
        QString title; // translated title for the text table
        Kind kind = Kind::Text;
    };
    QList<Column> columns;
    QList<QVariantList> rows;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // of the times in the text table
    bool header = true; // CSV and the text table: the line of keys or titles (and its rule)
};

ExportTable intervalTable(const QList<IntervalRow> &rows);
// Totals of one query: DeviceId (empty: the project) and the queried range with the counts.
ExportTable totalsTable(const QString &deviceId, qint64 startTime, qint64 endTime,
                        const SessionTotals &totals);
ExportTable devicesTable(const QList<Device> &devices);
ExportTable projectsTable(const QList<Project> &projects);
ExportTable sessionsTable(const QList<DeviceSession> &sessions);

// Header line of keys, then one line per row; fields quoted per RFC 4180 when they contain a
// comma, a double quote, a line break or leading/trailing blanks; lines end with '\n'; UTF-8.
QByteArray toCsv(const ExportTable &table);
// An array of objects; with singleObject and exactly one row, that object alone.
QByteArray toJson(const ExportTable &table, bool singleObject = false);
// Aligned columns for people: translated titles, numbers through the locale, times in the
// table's time zone with the offset shown ("UTC" when it is zero).
QString toText(const ExportTable &table, const QLocale &locale = QLocale());

QByteArray exportTable(const ExportTable &table, ExportFormat format, bool singleObject = false);

// RFC 4180 field quoting, with the spreadsheet formula guard (a cell starting with =, +, -, @,
// tab or CR that is not a number gets a leading apostrophe), exposed for tests.
QString csvField(const QString &value);
// "2024-05-01 08:00 +08:00"; seconds shown only with showSeconds.
QString humanTime(const QDateTime &time, bool showSeconds, const QLocale &locale = QLocale(),
                  const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace trro
