#pragma once

#include "types.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace trro {

// Time arguments of both executables, read in a time zone (the --tz rule):
// - unix seconds ("1700000000");
// - ISO-8601 with "Z" or an offset ("2024-05-01T08:00:00+08:00");
// - a date ("2024-05-01": midnight in the zone) or a date and time without an offset
//   ("2024-05-01T08:00", "2024-05-01 08:00:00": wall time in the zone);
// - "now", "today" (midnight of the current day in the zone), "yesterday";
// - relative to now: "-24h", "-7d", "-30m", "-2w", "-90s";
// - any of "now" and the relative forms snapped to the start of its hour, day or month in the
//   zone: "-1d@d", "-6h@h", "now@mon", "-40d@mon".
// Times before 2000 or after 2099 are refused (a typo such as -9999999w, not a question).
// Returns false and sets *error (translated) otherwise.
bool parseTimeSpec(const QString &text, const QDateTime &now, qint64 *unixSeconds,
                   QString *error = nullptr, const QTimeZone &zone = QTimeZone::utc());

// The hour, day or month that holds t in the zone, as [start, end): the same snapping as
// "@h", "@d" and "@mon" (a start in a daylight-saving gap is the first valid time after it).
struct IntervalBounds {
    qint64 start = 0;
    qint64 end = 0;
};
IntervalBounds intervalAt(qint64 t, Interval interval, const QTimeZone &zone = QTimeZone::utc());

// The --tz argument: an IANA name ("Asia/Shanghai"), "UTC", "local" (the system zone) or a
// fixed offset ("+08:00", "-0530", "+8"). Returns false and sets *error (translated) otherwise.
bool parseTimeZone(const QString &text, QTimeZone *zone, QString *error = nullptr);

// The earliest and the latest time parseTimeSpec accepts (2000-01-01 and 2100-01-01 UTC).
constexpr qint64 EarliestTimeSpec = 946684800;
constexpr qint64 LatestTimeSpec = 4102444800;

} // namespace trro
