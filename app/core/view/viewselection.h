#pragma once

#include "timerange.h"
#include "types.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace trro {

class AppSettings;

// Where the user is in the drill-down: fleet → interval → device → session. The interval is
// kept when the device was reached from it (its breakdown), and empty (0, 0) otherwise.
struct DrillPath {
    enum class Level { Fleet, Interval, Device, Session };
    Level level = Level::Fleet;
    qint64 intervalStart = 0; // unix seconds; Interval and below
    qint64 intervalEnd = 0;
    QString deviceId;  // Device and Session
    QString sessionId; // Session

    static DrillPath fleet() { return {}; }
    friend bool operator==(const DrillPath &, const DrillPath &) = default;
};

// What the user is looking at, as one value: the account's profile, the project, the interval
// and time window, the zone the times are shown in, the devices picked in the device panel and
// the drill-down path. Every part of the window shows it; ViewState holds the current one.
struct ViewSelection {
    QString profile;
    QString projectId;
    Interval interval = Interval::Day;
    RangePreset preset = RangePreset::Last7Days;
    TimeWindow custom; // used when preset is Custom
    TimeWindow locked; // valid: the time is locked to this window ("Lock time")
    ZoneChoice zone = ZoneChoice::Local;
    int autoRefreshSeconds = 0; // 0: off
    QStringList selectedDevices;
    DrillPath path;

    bool isTimeLocked() const { return locked.isValid(); }
    QTimeZone timeZone() const { return TimeRange::timeZone(zone); }
    // The window the charts show at now: the locked one, else the custom one (when valid),
    // else the preset's window ending at now.
    TimeWindow window(const QDateTime &now) const;
    // What the KPI tiles compare at now: for a preset, TimeRange::comparedWindows (equal
    // windows ending now, or the complete window and the one before it); for a locked or
    // custom window, that window and the one of the same length before it.
    ComparedWindows comparedWindows(const QDateTime &now) const;

    friend bool operator==(const ViewSelection &, const ViewSelection &) = default;
};

// What the command line asks for; it wins over the saved settings.
struct StartOptions {
    QString projectId;
    std::optional<Interval> interval;
    std::optional<TimeWindow> range; // --from/--to: a custom range
    std::optional<QStringList> deviceIds;
};

// Through the settings facade; unknown or damaged values fall back to the defaults. The device
// selection and the drill-down path are not part of it (ViewState keeps the devices per
// project; the path always starts at the fleet).
ViewSelection loadViewSelection(const AppSettings &settings);
void saveViewSelection(AppSettings *settings, const ViewSelection &selection);

} // namespace trro

Q_DECLARE_METATYPE(trro::DrillPath)
Q_DECLARE_METATYPE(trro::ViewSelection)
