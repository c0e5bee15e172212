#include "usagecommand.h"

#include "clisession.h"
#include "requestscheduler.h"
#include "usageapi.h"
#include "usageexport.h"

#include <QCommandLineParser>
#include <QLocale>
#include <algorithm>

namespace trro::cli {
namespace {

QString number(qint64 value) {
    return QLocale().toString(value);
}

QString serviceDate(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, serviceDayZone()).date().toString(Qt::ISODate);
}

// The table without the tier columns that are zero on every row (and not unknown on any).
ExportTable withoutEmptyTiers(ExportTable table) {
    for (qsizetype c = table.columns.size() - 1; c >= 0; --c) {
        bool tier = false;
        for (int t = 0; t < UsageTierCount; ++t)
            tier = tier || table.columns.at(c).key == usageTierKey(t);
        const bool empty = std::all_of(table.rows.cbegin(), table.rows.cend(), [c](const auto &r) {
            return r.value(c).isValid() && r.value(c).toLongLong() == 0;
        });
        if (!tier || !empty)
            continue;
        table.columns.removeAt(c);
        for (QVariantList &row : table.rows)
            row.removeAt(c);
    }
    return table;
}

} // namespace

void UsageCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    parser.addOptions({
        {QStringLiteral("device"), tr("Minutes of this device only. Default: the whole project."),
         tr("ID")},
        {QStringLiteral("by"),
         tr("day (one row per day of the service, China time; the default) or total (one row "
            "for the range)."),
         tr("day|total")},
    });
    addRangeOptions(parser);
    addOutputOptions(parser);
}

bool UsageCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    const QStringList devices = parser.values(QStringLiteral("device"));
    m_deviceId = devices.value(0).trimmed();
    if (devices.size() > 1 || (!devices.isEmpty() && m_deviceId.isEmpty())) {
        *error = tr("usage takes at most one --device, with a device id.");
        return false;
    }
    if (parser.isSet(QStringLiteral("by"))) {
        const QString by = parser.value(QStringLiteral("by")).trimmed().toLower();
        if (by != QLatin1String("day") && by != QLatin1String("total")) {
            *error = tr("--by must be day or total, not \"%1\".")
                         .arg(parser.value(QStringLiteral("by")).left(64));
            return false;
        }
        m_byDay = by == QLatin1String("day");
    }
    if (!parser.isSet(QStringLiteral("from"))) {
        *error = tr("--from is required: the start of the range (e.g. --from now@mon).");
        return false;
    }
    if (!readRange(parser, error) || !readOutput(parser, error))
        return false;
    if (m_to - m_from > MaxRangeDays * 86400) {
        *error = tr("The range must be at most %1 days.").arg(MaxRangeDays);
        return false;
    }
    m_asOf = qMin(m_to, session()->now().toSecsSinceEpoch());
    return true;
}

void UsageCommand::start() {
    m_usage = new UsageApi(session()->scheduler(), this);
    if (m_deviceId.isEmpty())
        fetch();
    else
        checkDevices({m_deviceId}, [this] { fetch(); });
}

void UsageCommand::fetch() {
    m_pending = 2;
    if (m_byDay)
        fetchDays();
    else
        fetchTotal();
    fetchForecast();
}

void UsageCommand::fetchDays() {
    m_usage->durationDetails(UsageQuery{m_projectId, m_deviceId, m_from, m_to}, this,
                             [this](const Result<UsageDays> &r) {
                                 --m_pending;
                                 if (!r.ok()) {
                                     failed(r.error(), tr("the minutes by day"));
                                     return;
                                 }
                                 m_days = r.value().days;
                                 m_warnings += r.value().warnings;
                                 finishWhenComplete();
                             });
}

void UsageCommand::fetchTotal() {
    m_usage->totalDuration(UsageQuery{m_projectId, m_deviceId, m_from, m_to}, this,
                           [this](const Result<UsageTotals> &r) {
                               --m_pending;
                               if (!r.ok()) {
                                   failed(r.error(), tr("the minutes of the range"));
                                   return;
                               }
                               m_total = r.value().minutes;
                               m_warnings += r.value().warnings;
                               finishWhenComplete();
                           });
}

// The days of the month and the week before --to (or now): the forecast's own range.
void UsageCommand::fetchForecast() {
    const auto [from, to] = forecastRange(m_asOf);
    m_usage->durationDetails(UsageQuery{m_projectId, m_deviceId, from, to}, this,
                             [this](const Result<UsageDays> &r) {
                                 --m_pending;
                                 if (!r.ok()) {
                                     failed(r.error(), tr("the minutes of the month"));
                                     return;
                                 }
                                 m_forecast = forecastMonth(r.value().days, m_asOf);
                                 m_warnings += r.value().warnings;
                                 finishWhenComplete();
                             });
}

void UsageCommand::failed(const ApiError &error, const QString &subject) {
    if (m_failed)
        return;
    m_failed = true;
    session()->scheduler()->cancel(this);
    failWith(error, subject);
}

void UsageCommand::finishWhenComplete() {
    if (m_failed || m_pending > 0)
        return;
    m_warnings.removeDuplicates(); // the two lists of days may overlap
    for (const QString &warning : std::as_const(m_warnings))
        warn(warning);
    finish(write() ? ExitOk : ExitUsage);
}

bool UsageCommand::write() {
    ExportTable table;
    UsageMinutes total;
    if (m_byDay) {
        const QTimeZone zone = serviceDayZone();
        const QDate first = QDateTime::fromSecsSinceEpoch(m_from, zone).date();
        const QDate last = QDateTime::fromSecsSinceEpoch(qMax(m_from, m_to - 1), zone).date();
        const UsageSeries series = usageSeries(*m_days, first, last, zone);
        for (const UsageMinutes &m : series.minutes)
            total.add(m);
        table = usageDaysTable(m_deviceId, series, zone);
    } else {
        total = *m_total;
        table = usageTotalTable(m_deviceId, m_from, m_to, total);
    }
    if (total.minutes() == 0 && total.deductDuration == 0)
        warn(tr("No minutes in this range."));
    if (m_format == ExportFormat::Csv)
        return writeOutput(table);
    table.timeZone = session()->options().timeZone;
    if (m_format == ExportFormat::Json) {
        // {"Days": [...], "Total": {...}, "Forecast": {...}}; --by total: no Days.
        ExportTable totalRow = usageTotalTable(m_deviceId, m_from, m_to, total);
        QByteArray out = "{";
        if (m_byDay)
            out += "\"Days\": " + exportTable(table, ExportFormat::Json).trimmed() + ", ";
        out += "\"Total\": " + exportTable(totalRow, ExportFormat::Json, true).trimmed() +
               ", \"Forecast\": " +
               exportTable(usageForecastTable(*m_forecast, m_asOf), ExportFormat::Json, true)
                   .trimmed() +
               "}\n";
        return writeData(out);
    }
    table.header = m_header;
    return writeData(exportTable(withoutEmptyTiers(table), ExportFormat::Table) +
                     footer(total).toUtf8());
}

// For people: the range's total, the month to date and the forecast with its band.
QString UsageCommand::footer(const UsageMinutes &total) const {
    const UsageForecast &f = *m_forecast;
    return QLatin1Char('\n') +
           tr("Total: %1 session minutes (billed: %2).")
               .arg(number(total.minutes()), number(total.deductDuration)) +
           QLatin1Char('\n') +
           tr("Month to date (since %1, China time): %2 minutes.")
               .arg(serviceDate(f.monthStart), number(f.monthToDate)) +
           QLatin1Char('\n') +
           tr("Forecast to the month's end (%1): %2 minutes, %3 to %4 (the last %5 days: "
              "%6 ± %7 minutes a day).")
               .arg(serviceDate(f.monthEnd - 1), number(f.forecast), number(f.low), number(f.high))
               .arg(UsageForecast::BaselineDays)
               .arg(QLocale().toString(f.mean, 'f', 0), QLocale().toString(f.spread, 'f', 0)) +
           QLatin1Char('\n');
}

QString UsageCommand::helpDetails() const {
    return tr(
        "Examples:\n"
        "  trro-stats usage -p ID --from now@mon\n"
        "  trro-stats usage -p ID --device car-7 --from 2026-11-01 --to 2026-12-01 -f csv\n"
        "  trro-stats usage -p ID --from -30d@d --by total -f json\n"
        "\n"
        "Columns (csv, json): DeviceId, SessionTime (the start of the service's day, China\n"
        "  time, unix seconds) and Date (that day), or with --by total StartTime and EndTime;\n"
        "  then the minutes of each tier as GetDurationDetails names them: Voice, SD, HD, FHD,\n"
        "  TwoK, FourK, Online, MultiSD, MultiHD, MultiFHD, MultiTwoK, MultiFourK, MultiOnline;\n"
        "  DeductDuration (the billed minutes) and SessionMinutes (every tier but Online and\n"
        "  MultiOnline: the statistics' TotalDuration). Days without minutes are zeros; a value\n"
        "  the service sent that cannot be true is left out (empty, JSON null) with a warning.\n"
        "JSON: {\"Days\": [...], \"Total\": {...}, \"Forecast\": {AsOf, MonthStart, MonthEnd,\n"
        "  MonthToDate, Forecast, ForecastLow, ForecastHigh, BaselineDays, BaselineMean,\n"
        "  BaselineSpread}}. The forecast is of the month that holds --to, as of --to: the\n"
        "  minutes so far plus the mean of the last 7 whole days for the rest, the band one\n"
        "  standard deviation either side. The table shows it under the rows.\n");
}

} // namespace trro::cli
