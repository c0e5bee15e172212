#pragma once

#include "timerange.h"
#include "types.h"

#include <QString>

namespace trro {

class AppSettings;

// What the toolbar selects, as one value.
struct ViewSelection {
    QString profile;
    QString projectId;
    Interval interval = Interval::Day;
    RangePreset preset = RangePreset::Last7Days;
    TimeWindow custom; // used when preset is Custom
    ZoneChoice zone = ZoneChoice::Local;
    int autoRefreshSeconds = 0; // 0: off

    friend bool operator==(const ViewSelection &, const ViewSelection &) = default;
};

// Through the settings facade; unknown or damaged values fall back to the defaults.
ViewSelection loadViewSelection(const AppSettings &settings);
void saveViewSelection(AppSettings *settings, const ViewSelection &selection);

} // namespace trro
