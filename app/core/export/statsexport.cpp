#include "statsexport.h"

#include "texttable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro::StatsExport", text);
}

using Kind = ExportTable::Kind;

ExportTable::Column column(const char *key, const char *title, Kind kind) {
    return {QLatin1String(key), tr(title), kind};
}

QString jsonString(const QString &value) {
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QLatin1String("\\u") +
                       QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString isoTime(const QDateTime &time) {
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

QString decimalCell(const QVariant &value) {
    const double v = value.toDouble();
    return std::isfinite(v) ? QString::number(v, 'g', 6) : QString();
}

QString machineCell(const QVariant &value, Kind kind) {
    switch (kind) {
    case Kind::Decimal:
        return decimalCell(value);
    case Kind::Integer:
    case Kind::UnixTime:
        return value.isValid() ? QString::number(value.toLongLong()) : QString();
    case Kind::DateTime:
        return isoTime(value.toDateTime());
    case Kind::Flag:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case Kind::Text:
        break;
    }
    return value.toString();
}

QString jsonCell(const QVariant &value, Kind kind) {
    switch (kind) {
    case Kind::Decimal: {
        const QString cell = decimalCell(value);
        return cell.isEmpty() ? QStringLiteral("null") : cell;
    }
    case Kind::Integer:
    case Kind::UnixTime:
        return value.isValid() ? QString::number(value.toLongLong()) : QStringLiteral("null");
    case Kind::DateTime: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? jsonString(isoTime(time)) : QStringLiteral("null");
    }
    case Kind::Flag:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Text:
        break;
    }
    return jsonString(value.toString());
}

QString jsonObject(const ExportTable &table, const QVariantList &row) {
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ExportTable::Column &col = table.columns[i];
        if (i > 0)
            out += QLatin1String(", ");
        out += jsonString(col.key) + QLatin1String(": ") + jsonCell(row.value(i), col.kind);
    }
    return out + QLatin1Char('}');
}

// Whether every time in the column sits on a whole minute (then seconds are not shown).
bool wholeMinutes(const ExportTable &table, qsizetype columnIndex) {
    const Kind kind = table.columns[columnIndex].kind;
    return std::all_of(table.rows.cbegin(), table.rows.cend(), [&](const QVariantList &row) {
        const QVariant value = row.value(columnIndex);
        if (kind == Kind::UnixTime)
            return !value.isValid() || value.toLongLong() % 60 == 0;
        const QDateTime time = value.toDateTime();
        return !time.isValid() || time.time().second() == 0;
    });
}

} // namespace

bool parseExportFormat(const QString &text, ExportFormat *format) {
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("table"))
        *format = ExportFormat::Table;
    else if (name == QLatin1String("csv"))
        *format = ExportFormat::Csv;
    else if (name == QLatin1String("json"))
        *format = ExportFormat::Json;
    else
        return false;
    return true;
}

QString exportFormatName(ExportFormat format) {
    switch (format) {
    case ExportFormat::Table:
        return QStringLiteral("table");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QList<IntervalRow> intervalRows(const QList<IntervalSeries> &series) {
    QList<IntervalRow> rows;
    for (const IntervalSeries &s : series) {
        for (const IntervalBucket &bucket : s.buckets)
            rows.append({s.deviceId, bucket});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const IntervalRow &a, const IntervalRow &b) {
        if (a.deviceId != b.deviceId)
            return a.deviceId < b.deviceId;
        return a.bucket.startTime < b.bucket.startTime;
    });
    return rows;
}

ExportTable intervalTable(const QList<IntervalRow> &rows) {
    ExportTable table;
    table.columns = {
        column("DeviceId", QT_TRANSLATE_NOOP("trro::StatsExport", "Device"), Kind::Text),
        column("StartTime", QT_TRANSLATE_NOOP("trro::StatsExport", "Start"), Kind::UnixTime),
        column("EndTime", QT_TRANSLATE_NOOP("trro::StatsExport", "End"), Kind::UnixTime),
        column("SessionNum", QT_TRANSLATE_NOOP("trro::StatsExport", "Sessions"), Kind::Integer),
        column("TotalDuration", QT_TRANSLATE_NOOP("trro::StatsExport", "Minutes"), Kind::Integer),
        column("NotBadSessionRatio", QT_TRANSLATE_NOOP("trro::StatsExport", "Not bad %"),
               Kind::Integer),
        column("ActiveFieldDeviceNum", QT_TRANSLATE_NOOP("trro::StatsExport", "Field devices"),
               Kind::Integer),
        column("ActiveRemoteDeviceNum", QT_TRANSLATE_NOOP("trro::StatsExport", "Remote devices"),
               Kind::Integer),
    };
    table.rows.reserve(rows.size());
    for (const IntervalRow &row : rows) {
        const IntervalBucket &b = row.bucket;
        table.rows.append({row.deviceId, b.startTime, b.endTime, b.sessionNum, b.totalDuration,
                           qint64(b.notBadSessionRatio), b.activeFieldDeviceNum,
                           b.activeRemoteDeviceNum});
    }
    return table;
}

ExportTable totalsTable(const QString &deviceId, qint64 startTime, qint64 endTime,
                        const SessionTotals &totals) {
    ExportTable table = intervalTable({});
    table.rows.append({deviceId, startTime, endTime, totals.sessionNum, totals.totalDuration,
                       qint64(totals.notBadSessionRatio), totals.activeFieldDeviceNum,
                       totals.activeRemoteDeviceNum});
    return table;
}

ExportTable devicesTable(const QList<Device> &devices) {
    ExportTable table;
    table.columns = {
        column("DeviceId", QT_TRANSLATE_NOOP("trro::StatsExport", "Device"), Kind::Text),
        column("DeviceName", QT_TRANSLATE_NOOP("trro::StatsExport", "Name"), Kind::Text),
        column("DeviceType", QT_TRANSLATE_NOOP("trro::StatsExport", "Type"), Kind::Text),
        column("DeviceStatus", QT_TRANSLATE_NOOP("trro::StatsExport", "Status"), Kind::Text),
        column("ProjectId", QT_TRANSLATE_NOOP("trro::StatsExport", "Project"), Kind::Text),
        column("ModifyTime", QT_TRANSLATE_NOOP("trro::StatsExport", "Modified"), Kind::DateTime),
        column("LastReportTime", QT_TRANSLATE_NOOP("trro::StatsExport", "Last report"),
               Kind::DateTime),
    };
    for (const Device &d : devices) {
        table.rows.append({d.deviceId, d.deviceName, deviceTypeName(d.deviceType), d.deviceStatus,
                           d.projectId, d.modifyTime, d.lastReportTime});
    }
    return table;
}

ExportTable projectsTable(const QList<Project> &projects) {
    ExportTable table;
    table.columns = {
        column("ProjectId", QT_TRANSLATE_NOOP("trro::StatsExport", "Project"), Kind::Text),
        column("ProjectName", QT_TRANSLATE_NOOP("trro::StatsExport", "Name"), Kind::Text),
        column("ProjectDescription", QT_TRANSLATE_NOOP("trro::StatsExport", "Description"),
               Kind::Text),
        column("PolicyMode", QT_TRANSLATE_NOOP("trro::StatsExport", "Policy"), Kind::Text),
        column("ModifyTime", QT_TRANSLATE_NOOP("trro::StatsExport", "Modified"), Kind::DateTime),
    };
    for (const Project &p : projects) {
        table.rows.append(
            {p.projectId, p.projectName, p.projectDescription, p.policyMode, p.modifyTime});
    }
    return table;
}

ExportTable sessionsTable(const QList<DeviceSession> &sessions) {
    ExportTable table;
    table.columns = {
        column("SessionId", QT_TRANSLATE_NOOP("trro::StatsExport", "Session"), Kind::Text),
        column("FieldDeviceId", QT_TRANSLATE_NOOP("trro::StatsExport", "Field device"), Kind::Text),
        column("RemoteDeviceId", QT_TRANSLATE_NOOP("trro::StatsExport", "Remote device"),
               Kind::Text),
        column("StartTime", QT_TRANSLATE_NOOP("trro::StatsExport", "Start"), Kind::UnixTime),
        column("EndTime", QT_TRANSLATE_NOOP("trro::StatsExport", "End"), Kind::UnixTime),
        column("Resolution", QT_TRANSLATE_NOOP("trro::StatsExport", "Resolution"), Kind::Text),
        column("Quality", QT_TRANSLATE_NOOP("trro::StatsExport", "Quality"), Kind::Text),
    };
    for (const DeviceSession &s : sessions) {
        table.rows.append({s.sessionId, s.fieldDeviceId, s.remoteDeviceId, s.startTime, s.endTime,
                           s.resolution, s.quality});
    }
    return table;
}

// A text cell that a spreadsheet would evaluate as a formula (=, +, -, @, or a tab or CR
// before one) is written with a leading apostrophe, so that it shows as text; numbers such as
// "-5" stay numbers.
QString formulaGuarded(const QString &value) {
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' &&
        first != u'\r')
        return value;
    bool number = false;
    value.toDouble(&number);
    return number ? value : QLatin1Char('\'') + value;
}

QString csvField(const QString &text) {
    const QString value = formulaGuarded(text);
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray toCsv(const ExportTable &table) {
    QString out;
    QStringList fields;
    for (const ExportTable::Column &col : table.columns)
        fields.append(csvField(col.key));
    if (table.header)
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const QVariantList &row : table.rows) {
        fields.clear();
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            fields.append(csvField(machineCell(row.value(i), table.columns[i].kind)));
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray toJson(const ExportTable &table, bool singleObject) {
    if (singleObject && table.rows.size() == 1)
        return (jsonObject(table, table.rows.front()) + QLatin1Char('\n')).toUtf8();
    if (table.rows.isEmpty())
        return QByteArrayLiteral("[]\n");
    QString out = QStringLiteral("[\n");
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        out += QLatin1String("  ") + jsonObject(table, table.rows[r]);
        out += r + 1 < table.rows.size() ? QLatin1String(",\n") : QLatin1String("\n");
    }
    out += QLatin1String("]\n");
    return out.toUtf8();
}

QString humanTime(const QDateTime &time, bool showSeconds, const QLocale &locale,
                  const QTimeZone &timeZone) {
    if (!time.isValid())
        return {};
    const QDateTime local = timeZone.isValid() ? time.toTimeZone(timeZone) : time.toLocalTime();
    const QString format =
        showSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm");
    const int offset = local.offsetFromUtc();
    QString zone = QStringLiteral("UTC");
    if (offset != 0) {
        const int minutes = qAbs(offset) / 60;
        zone = (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
               QString::number(minutes / 60).rightJustified(2, QLatin1Char('0')) +
               QLatin1Char(':') + QString::number(minutes % 60).rightJustified(2, QLatin1Char('0'));
    }
    return locale.toString(local, format) + QLatin1Char(' ') + zone;
}

QString toText(const ExportTable &table, const QLocale &locale) {
    TextTable text;
    QStringList titles;
    QList<TextTable::Align> alignment;
    QList<bool> minutesOnly;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ExportTable::Column &col = table.columns[i];
        titles.append(col.title);
        alignment.append(col.kind == Kind::Integer || col.kind == Kind::Flag ||
                                 col.kind == Kind::Decimal
                             ? TextTable::Align::Right
                             : TextTable::Align::Left);
        minutesOnly.append((col.kind == Kind::UnixTime || col.kind == Kind::DateTime) &&
                           wholeMinutes(table, i));
    }
    text.setHeader(titles, alignment);
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const QVariant value = row.value(i);
            if (!value.isValid()) { // a value that is not known
                cells.append(QString());
                continue;
            }
            switch (table.columns[i].kind) {
            case Kind::Integer:
                cells.append(locale.toString(value.toLongLong()));
                break;
            case Kind::UnixTime:
                cells.append(humanTime(QDateTime::fromSecsSinceEpoch(value.toLongLong()),
                                       !minutesOnly[i], locale, table.timeZone));
                break;
            case Kind::DateTime:
                cells.append(
                    humanTime(value.toDateTime(), !minutesOnly[i], locale, table.timeZone));
                break;
            case Kind::Decimal: {
                const double v = value.toDouble();
                cells.append(!std::isfinite(v)              ? QStringLiteral("-")
                             : v != 0 && std::abs(v) < 0.01 ? locale.toString(v, 'g', 2)
                                                            : locale.toString(v, 'f', 2));
                break;
            }
            case Kind::Flag:
                cells.append(value.toBool()
                                 ? QCoreApplication::translate("trro::StatsExport", "yes")
                                 : QCoreApplication::translate("trro::StatsExport", "no"));
                break;
            case Kind::Text:
                cells.append(value.toString());
                break;
            }
        }
        text.addRow(cells);
    }
    if (table.header)
        return text.toString();
    // Without the header and the rule under it.
    return text.toString().section(QLatin1Char('\n'), 2);
}

QByteArray exportTable(const ExportTable &table, ExportFormat format, bool singleObject) {
    switch (format) {
    case ExportFormat::Csv:
        return toCsv(table);
    case ExportFormat::Json:
        return toJson(table, singleObject);
    case ExportFormat::Table:
        break;
    }
    return toText(table, QLocale()).toUtf8();
}

} // namespace trro
