#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace trro {

// The ranges the toolbar offers. "Last ..." ranges end now and move with the clock (unless
// the time is locked); "Last ... complete" ones end at the start of the current hour, day or
// month in the view's time zone, so that every bucket in them is over; Custom is a fixed
// from–to. New values go at the end: the numbers stand for a preset in the toolbar.
enum class RangePreset {
    Last24Hours,
    Last7Days,
    Last30Days,
    Last90Days,
    Last12Months,
    Custom,
    Last24CompleteHours,
    Last7CompleteDays,
    Last12CompleteMonths,
};

// The time zones the charts and exports can use.
enum class ZoneChoice { Local, Utc, Utc8 };

struct TimeWindow {
    qint64 from = 0; // unix seconds, inclusive
    qint64 to = 0;   // unix seconds, exclusive

    qint64 length() const { return to - from; }
    bool isValid() const { return to > from; }
    // The period of the same length just before this one (for the KPI comparison).
    TimeWindow previous() const { return {from - length(), from}; }
    friend bool operator==(const TimeWindow &, const TimeWindow &) = default;
};

// What the KPI tiles compare: the figures of current against those of previous, two windows
// of the same length, previous ending where current starts.
struct ComparedWindows {
    TimeWindow current;
    TimeWindow previous;

    bool isValid() const { return current.isValid(); }
    friend bool operator==(const ComparedWindows &, const ComparedWindows &) = default;
};

class TimeRange final {
    Q_DECLARE_TR_FUNCTIONS(TimeRange)
public:
    // Every preset, in the order the toolbar offers them (Custom last).
    static QList<RangePreset> presets();
    static bool isComplete(RangePreset preset);   // a "Last ... complete" preset
    static QString presetKey(RangePreset preset); // settings value: last24h, last7d ...
    static bool parsePresetKey(const QString &key, RangePreset *preset);
    static QString presetLabel(RangePreset preset);         // translated
    static QString previousPeriodLabel(RangePreset preset); // "vs previous 7 days"

    static QString zoneKey(ZoneChoice zone); // local | utc | utc+8
    static bool parseZoneKey(const QString &key, ZoneChoice *zone);
    static QString zoneLabel(ZoneChoice zone); // translated
    static QTimeZone timeZone(ZoneChoice zone);

    static QString intervalLabel(Interval interval); // translated: Hourly, Daily, Monthly

    // The window of a preset ending at now (the complete ones: at the start of the current
    // hour, day or month in zone). Months and days are counted on the calendar of zone.
    static TimeWindow window(RangePreset preset, const QDateTime &now, const QTimeZone &zone);
    // The windows the KPI tiles compare for a preset at now. A rolling preset compares the
    // same number of 24 h periods ending now with as many just before (last 7 × 24 h against
    // the 7 × 24 h before), whatever buckets the charts show; a complete preset compares its
    // window with the one of the same length before it. Custom: invalid (compare the window
    // shown with its previous()).
    static ComparedWindows comparedWindows(RangePreset preset, const QDateTime &now,
                                           const QTimeZone &zone);
};

} // namespace trro
