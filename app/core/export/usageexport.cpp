#include "usageexport.h"

#include "usagelabels.h"

#include <QCoreApplication>

namespace trro {
namespace {

using Kind = ExportTable::Kind;

ExportTable::Column column(const char *key, const char *title, Kind kind) {
    return {QLatin1String(key), QCoreApplication::translate("trro::UsageExport", title), kind};
}

void addMinutesColumns(ExportTable *table) {
    for (int t = 0; t < UsageTierCount; ++t)
        table->columns.append({usageTierKey(t), usageTierLabel(t), Kind::Integer});
    table->columns.append(
        column("DeductDuration", QT_TRANSLATE_NOOP("trro::UsageExport", "Billed"), Kind::Integer));
    table->columns.append(column("SessionMinutes",
                                 QT_TRANSLATE_NOOP("trro::UsageExport", "Session minutes"),
                                 Kind::Integer));
}

void appendMinutes(QVariantList *row, const UsageMinutes &m) {
    for (int t = 0; t < UsageTierCount; ++t)
        row->append(m.isRejected(t) ? QVariant() : QVariant(m.tiers[size_t(t)]));
    row->append(m.isRejected(UsageMinutes::DeductBit) ? QVariant() : QVariant(m.deductDuration));
    row->append(m.minutes());
}

QVariant known(const std::optional<qint64> &value) {
    return value ? QVariant(*value) : QVariant();
}

} // namespace

ExportTable usageDaysTable(const QString &deviceId, const UsageSeries &series,
                           const QTimeZone &zone) {
    ExportTable table;
    table.columns = {
        column("DeviceId", QT_TRANSLATE_NOOP("trro::UsageExport", "Device"), Kind::Text),
        column("SessionTime", QT_TRANSLATE_NOOP("trro::UsageExport", "Day start"), Kind::UnixTime),
        column("Date", QT_TRANSLATE_NOOP("trro::UsageExport", "Date"), Kind::Text),
    };
    addMinutesColumns(&table);
    for (qsizetype i = 0; i < series.dates.size() && i < series.minutes.size(); ++i) {
        const QDate date = series.dates.at(i);
        QVariantList row{deviceId, QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch(),
                         date.toString(Qt::ISODate)};
        appendMinutes(&row, series.minutes.at(i));
        table.rows.append(row);
    }
    return table;
}

ExportTable usageTotalTable(const QString &deviceId, qint64 startTime, qint64 endTime,
                            const UsageMinutes &minutes) {
    ExportTable table;
    table.columns = {
        column("DeviceId", QT_TRANSLATE_NOOP("trro::UsageExport", "Device"), Kind::Text),
        column("StartTime", QT_TRANSLATE_NOOP("trro::UsageExport", "Start"), Kind::UnixTime),
        column("EndTime", QT_TRANSLATE_NOOP("trro::UsageExport", "End"), Kind::UnixTime),
    };
    addMinutesColumns(&table);
    QVariantList row{deviceId, startTime, endTime};
    appendMinutes(&row, minutes);
    table.rows.append(row);
    return table;
}

ExportTable usageForecastTable(const UsageForecast &f, qint64 asOf) {
    ExportTable table;
    table.columns = {
        column("AsOf", QT_TRANSLATE_NOOP("trro::UsageExport", "As of"), Kind::UnixTime),
        column("MonthStart", QT_TRANSLATE_NOOP("trro::UsageExport", "Month start"), Kind::UnixTime),
        column("MonthEnd", QT_TRANSLATE_NOOP("trro::UsageExport", "Month end"), Kind::UnixTime),
        column("MonthToDate", QT_TRANSLATE_NOOP("trro::UsageExport", "Month to date"),
               Kind::Integer),
        column("Forecast", QT_TRANSLATE_NOOP("trro::UsageExport", "Forecast"), Kind::Integer),
        column("ForecastLow", QT_TRANSLATE_NOOP("trro::UsageExport", "Low"), Kind::Integer),
        column("ForecastHigh", QT_TRANSLATE_NOOP("trro::UsageExport", "High"), Kind::Integer),
        column("BaselineDays", QT_TRANSLATE_NOOP("trro::UsageExport", "Baseline days"),
               Kind::Integer),
        column("BaselineMean", QT_TRANSLATE_NOOP("trro::UsageExport", "Mean a day"), Kind::Decimal),
        column("BaselineSpread", QT_TRANSLATE_NOOP("trro::UsageExport", "Spread a day"),
               Kind::Decimal),
    };
    table.rows.append({asOf, f.monthStart, f.monthEnd, f.monthToDate, f.forecast, f.low, f.high,
                       qint64(UsageForecast::BaselineDays), f.mean, f.spread});
    return table;
}

ExportTable licencesTable(const QList<DeviceLicenceDays> &devices) {
    ExportTable table;
    table.columns = {
        column("DeviceId", QT_TRANSLATE_NOOP("trro::UsageExport", "Device"), Kind::Text),
        column("DeviceName", QT_TRANSLATE_NOOP("trro::UsageExport", "Name"), Kind::Text),
        column("LicenseCount", QT_TRANSLATE_NOOP("trro::UsageExport", "Licences"), Kind::Integer),
        column("RemainDay", QT_TRANSLATE_NOOP("trro::UsageExport", "Remain days"), Kind::Integer),
        column("ExpireTime", QT_TRANSLATE_NOOP("trro::UsageExport", "Expires"), Kind::UnixTime),
        column("Duration", QT_TRANSLATE_NOOP("trro::UsageExport", "Term (s)"), Kind::Integer),
        column("LicenseIds", QT_TRANSLATE_NOOP("trro::UsageExport", "Licence ids"), Kind::Text),
        column("MonthlyRemainTime", QT_TRANSLATE_NOOP("trro::UsageExport", "Month left (min)"),
               Kind::Integer),
        column("LimitedTime", QT_TRANSLATE_NOOP("trro::UsageExport", "Month cap (min)"),
               Kind::Integer),
        column("DaysLeft", QT_TRANSLATE_NOOP("trro::UsageExport", "Days left"), Kind::Integer),
        column("Expired", QT_TRANSLATE_NOOP("trro::UsageExport", "Expired"), Kind::Flag),
    };
    for (const DeviceLicenceDays &entry : devices) {
        const DeviceLicence &d = entry.device;
        table.rows.append({d.deviceId, d.deviceName, d.licenseCount, known(d.remainDay),
                           d.expireTime > 0 ? QVariant(d.expireTime) : QVariant(),
                           d.durationSec > 0 ? QVariant(d.durationSec) : QVariant(),
                           d.licenseIds.join(QLatin1Char(' ')), known(d.monthlyRemainTime),
                           known(d.limitedTime), known(entry.days), entry.days && *entry.days < 0});
    }
    return table;
}

} // namespace trro
