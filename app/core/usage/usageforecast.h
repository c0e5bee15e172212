#pragma once

#include "usagetypes.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace trro {

// The service's days and months: China time (UTC+8), where its day buckets and
// DurationDetails' SessionTime start.
QTimeZone serviceDayZone();

// GetDurationDetails' days as a series: one entry per calendar day of [first, last] in the
// zone, days the service left out as zero (it lists only days with minutes).
struct UsageSeries {
    QList<QDate> dates;
    QList<UsageMinutes> minutes; // aligned with dates
    UsageMinutes total;          // over every day the service sent
};
UsageSeries usageSeries(const QList<UsageDay> &days, QDate first, QDate last,
                        const QTimeZone &zone = serviceDayZone());

// The month-end forecast of the session minutes (UsageMinutes::minutes()). Deterministic: it
// depends on the days and on `now` only.
//   baseline: the 7 whole days before today (today is not over), days without minutes as 0;
//   mean, spread: their mean and sample standard deviation, in minutes a day;
//   monthToDate: the minutes from the first of the month to now, today's included;
//   remainingDays: (the end of the month - now) / 86400, a fraction;
//   forecast = monthToDate + mean * remainingDays, the band
//   [monthToDate + max(0, mean - spread) * remainingDays, monthToDate + (mean + spread) *
//   remainingDays], all rounded to whole minutes.
struct UsageForecast {
    static constexpr int BaselineDays = 7;

    QDate today;
    qint64 monthStart = 0; // unix seconds, the zone's midnight
    qint64 monthEnd = 0;
    qint64 monthToDate = 0;
    double mean = 0;
    double spread = 0;
    double remainingDays = 0;
    qint64 forecast = 0;
    qint64 low = 0;
    qint64 high = 0;

    friend bool operator==(const UsageForecast &, const UsageForecast &) = default;
};
UsageForecast forecastMonth(const QList<UsageDay> &days, qint64 now,
                            const QTimeZone &zone = serviceDayZone());
// The range GetDurationDetails must cover for forecastMonth at now: from the earlier of the
// month's first day and the baseline's first day, to now.
std::pair<qint64, qint64> forecastRange(qint64 now, const QTimeZone &zone = serviceDayZone());

} // namespace trro
