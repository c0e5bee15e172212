#include "usageforecast.h"

#include <QHash>
#include <cmath>

namespace trro {
namespace {

QDate dateOf(qint64 secs, const QTimeZone &zone) {
    return QDateTime::fromSecsSinceEpoch(secs, zone).date();
}

qint64 midnight(QDate date, const QTimeZone &zone) {
    return QDateTime(date, QTime(0, 0), zone).toSecsSinceEpoch();
}

} // namespace

QTimeZone serviceDayZone() {
    return QTimeZone(8 * 3600);
}

UsageSeries usageSeries(const QList<UsageDay> &days, QDate first, QDate last,
                        const QTimeZone &zone) {
    UsageSeries series;
    QHash<qint64, UsageMinutes> byDay; // Julian day
    for (const UsageDay &d : days) {
        byDay[dateOf(d.day, zone).toJulianDay()].add(d.minutes);
        series.total.add(d.minutes);
    }
    if (!first.isValid() || !last.isValid() || first > last || first.daysTo(last) > 366 * 100)
        return series;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        series.dates.append(date);
        series.minutes.append(byDay.value(date.toJulianDay()));
    }
    return series;
}

std::pair<qint64, qint64> forecastRange(qint64 now, const QTimeZone &zone) {
    const QDate today = dateOf(now, zone);
    const QDate monthFirst(today.year(), today.month(), 1);
    const QDate baselineFirst = today.addDays(-UsageForecast::BaselineDays);
    return {midnight(std::min(monthFirst, baselineFirst), zone), now};
}

UsageForecast forecastMonth(const QList<UsageDay> &days, qint64 now, const QTimeZone &zone) {
    UsageForecast f;
    f.today = dateOf(now, zone);
    const QDate monthFirst(f.today.year(), f.today.month(), 1);
    f.monthStart = midnight(monthFirst, zone);
    f.monthEnd = midnight(monthFirst.addMonths(1), zone);
    QHash<qint64, qint64> minutes; // Julian day -> session minutes
    for (const UsageDay &d : days)
        minutes[dateOf(d.day, zone).toJulianDay()] += d.minutes.minutes();
    for (QDate date = monthFirst; date <= f.today; date = date.addDays(1))
        f.monthToDate += minutes.value(date.toJulianDay());

    const int n = UsageForecast::BaselineDays;
    double sum = 0;
    QList<double> values;
    for (int i = n; i >= 1; --i) {
        const double v = double(minutes.value(f.today.addDays(-i).toJulianDay()));
        values.append(v);
        sum += v;
    }
    f.mean = sum / n;
    double squares = 0;
    for (const double v : std::as_const(values))
        squares += (v - f.mean) * (v - f.mean);
    f.spread = std::sqrt(squares / (n - 1));
    f.remainingDays = std::max<double>(0, double(f.monthEnd - now) / 86400.0);
    const double mtd = double(f.monthToDate);
    f.forecast = std::llround(mtd + f.mean * f.remainingDays);
    f.low = std::llround(mtd + std::max(0.0, f.mean - f.spread) * f.remainingDays);
    f.high = std::llround(mtd + (f.mean + f.spread) * f.remainingDays);
    return f;
}

} // namespace trro
