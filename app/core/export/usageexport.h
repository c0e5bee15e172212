#pragma once

#include "licencesummary.h"
#include "statsexport.h"
#include "usageforecast.h"

namespace trro {

// The tables of "trro-stats usage" and "trro-stats licenses", keys named after the API's
// fields. A value the service sent that could not be true (see UsageMinutes::rejected, the
// std::optional fields of DeviceLicence) is not known: an empty cell, JSON null.

// One row per day of the series: DeviceId (empty: the project), SessionTime (the start of the
// service's day, unix seconds), Date (that day, YYYY-MM-DD in the service's zone), the tiers as
// DurationDetails names them (Voice, SD, HD, FHD, TwoK, FourK, Online, MultiSD, MultiHD,
// MultiFHD, MultiTwoK, MultiFourK, MultiOnline), DeductDuration and SessionMinutes (every tier
// but Online and MultiOnline: the statistics' TotalDuration of the same day).
ExportTable usageDaysTable(const QString &deviceId, const UsageSeries &series,
                           const QTimeZone &zone = serviceDayZone());
// One row: DeviceId, StartTime, EndTime, then the same minutes as usageDaysTable.
ExportTable usageTotalTable(const QString &deviceId, qint64 startTime, qint64 endTime,
                            const UsageMinutes &minutes);
// One row: AsOf, MonthStart, MonthEnd (unix seconds), MonthToDate, Forecast, ForecastLow,
// ForecastHigh (session minutes), BaselineDays, BaselineMean, BaselineSpread (minutes a day).
ExportTable usageForecastTable(const UsageForecast &forecast, qint64 asOf);
// One row per device, in the given order: DeviceId, DeviceName, LicenseCount, RemainDay (as the
// service counts it), ExpireTime, Duration (seconds), LicenseIds (space-separated),
// MonthlyRemainTime, LimitedTime (minutes), then DaysLeft (whole days left at the moment the
// list is for, negative once expired) and Expired.
ExportTable licencesTable(const QList<DeviceLicenceDays> &devices);

} // namespace trro
