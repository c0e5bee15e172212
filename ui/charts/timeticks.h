#pragma once

#include "types.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace trro {

// Calendar-aligned ticks of the shared time axis in the chart's time zone (Qt 6.4's
// QDateTimeAxis knows only local time and spaces ticks evenly in milliseconds, so the axis
// is computed here and drawn by the adapter).
struct TimeTick {
    qint64 time = 0; // unix seconds
    QString label;   // "14:00", "3 May", "May", "2024"
    QString context; // the date or year when it changes from the previous tick, else ""
};

// At most maxTicks ticks on [from, to], on the roundest step that fits (minutes, hours, days,
// weeks, months, years), formatted with locale.
QList<TimeTick> timeTicks(qint64 from, qint64 to, const QTimeZone &zone, int maxTicks,
                          const QLocale &locale);

// The interval [start, end) for tooltips and headers: "Tue 3 May 2024, 14:00 – 15:00".
QString formatInterval(qint64 start, qint64 end, const QTimeZone &zone, const QLocale &locale);
// The covered part [start, end) of a partial bucket, short: "00:00–14:37" within one day (a
// part ending at the next midnight ends at "24:00"), else both instants in full.
QString formatPart(qint64 start, qint64 end, const QTimeZone &zone, const QLocale &locale);
// One instant: "Tue 3 May 2024, 14:00".
QString formatInstant(qint64 time, const QTimeZone &zone, const QLocale &locale);
// "UTC", "UTC+08:00" or "Europe/Berlin (UTC+02:00)" at the given time.
QString zoneLabel(const QTimeZone &zone, qint64 at);

// The nominal interval of the given kind that contains time, aligned in zone (used where the
// service returned no bucket).
void nominalInterval(qint64 time, Interval interval, const QTimeZone &zone, qint64 *start,
                     qint64 *end);

} // namespace trro
