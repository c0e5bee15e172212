#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace trro {

// Display helpers shared by the table models; everything goes through QLocale.

// "2026-11-20 14:00" style: the locale's short date and time (to the minute), in the given time
// zone. Empty for an invalid date.
QString formatDateTime(const QDateTime &time, const QTimeZone &zone,
                       const QLocale &locale = QLocale());
// The time of day alone, to the minute ("14:05"), in the given time zone.
QString formatTimeOfDay(const QDateTime &time, const QTimeZone &zone,
                        const QLocale &locale = QLocale());
QString formatUnixTime(qint64 unixSeconds, const QTimeZone &zone,
                       const QLocale &locale = QLocale());

// The bounds of one interval: "2026-11-20 14:00 – 15:00" when both are on the same day.
QString formatTimeRange(qint64 startSeconds, qint64 endSeconds, const QTimeZone &zone,
                        const QLocale &locale = QLocale());

// "1 h 05 min", "12 min 30 s", "45 s"; negative durations (inverted data) keep their sign.
QString formatDurationSeconds(qint64 seconds, const QLocale &locale = QLocale());

// "87 %" (locale-aware percent sign and digits).
QString formatPercent(int percent, const QLocale &locale = QLocale());
// How old something is, in the largest unit that keeps it readable: "45 seconds", "12 minutes",
// "5 hours", "3 days" (translated, with plural forms).
QString formatAge(qint64 seconds);

} // namespace trro
