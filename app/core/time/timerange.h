#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace trro {

// The ranges the toolbar offers. "Last ..." ranges end now and move with the clock (unless
// the time is locked); Custom is a fixed from–to.
enum class RangePreset { Last24Hours, Last7Days, Last30Days, Last90Days, Last12Months, Custom };

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

class TimeRange final {
    Q_DECLARE_TR_FUNCTIONS(TimeRange)
public:
    static QString presetKey(RangePreset preset); // settings value: last24h, last7d ...
    static bool parsePresetKey(const QString &key, RangePreset *preset);
    static QString presetLabel(RangePreset preset);         // translated
    static QString previousPeriodLabel(RangePreset preset); // "vs previous 7 days"

    static QString zoneKey(ZoneChoice zone); // local | utc | utc+8
    static bool parseZoneKey(const QString &key, ZoneChoice *zone);
    static QString zoneLabel(ZoneChoice zone); // translated
    static QTimeZone timeZone(ZoneChoice zone);

    static QString intervalLabel(Interval interval); // translated: Hourly, Daily, Monthly

    // The window of a preset ending at now. Last12Months counts calendar months in zone.
    static TimeWindow window(RangePreset preset, const QDateTime &now, const QTimeZone &zone);
};

} // namespace trro
