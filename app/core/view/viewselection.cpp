#include "viewselection.h"

#include "appsettings.h"

namespace trro {

TimeWindow ViewSelection::window(const QDateTime &now) const {
    if (locked.isValid())
        return locked;
    if (preset == RangePreset::Custom && custom.isValid())
        return custom;
    return TimeRange::window(preset, now, timeZone());
}

ComparedWindows ViewSelection::comparedWindows(const QDateTime &now) const {
    const ComparedWindows compared = TimeRange::comparedWindows(preset, now, timeZone());
    if (locked.isValid() || !compared.isValid()) {
        const TimeWindow shown = window(now);
        return {shown, shown.previous()};
    }
    return compared;
}

ViewSelection loadViewSelection(const AppSettings &settings) {
    ViewSelection s;
    s.profile = settings.value(AppSettings::LastProfile);
    s.projectId = settings.value(AppSettings::ProjectId);
    if (!parseInterval(settings.value(AppSettings::IntervalName), &s.interval))
        parseInterval(AppSettings::IntervalName.defaultValue, &s.interval);
    if (!TimeRange::parsePresetKey(settings.value(AppSettings::RangePreset), &s.preset))
        s.preset = RangePreset::Last7Days;
    s.custom = {settings.value(AppSettings::CustomFrom), settings.value(AppSettings::CustomTo)};
    if (!s.custom.isValid()) {
        s.custom = {};
        if (s.preset == RangePreset::Custom)
            s.preset = RangePreset::Last7Days;
    }
    if (!TimeRange::parseZoneKey(settings.value(AppSettings::TimeZone), &s.zone))
        s.zone = ZoneChoice::Local;
    const int refresh = settings.value(AppSettings::AutoRefreshSeconds);
    s.autoRefreshSeconds = (refresh == 30 || refresh == 60 || refresh == 300) ? refresh : 0;
    return s;
}

void saveViewSelection(AppSettings *settings, const ViewSelection &selection) {
    if (!selection.profile.isEmpty())
        settings->setValue(AppSettings::LastProfile, selection.profile);
    if (!selection.projectId.isEmpty())
        settings->setValue(AppSettings::ProjectId, selection.projectId);
    settings->setValue(AppSettings::IntervalName, intervalName(selection.interval));
    settings->setValue(AppSettings::RangePreset, TimeRange::presetKey(selection.preset));
    if (selection.custom.isValid()) {
        settings->setValue(AppSettings::CustomFrom, selection.custom.from);
        settings->setValue(AppSettings::CustomTo, selection.custom.to);
    }
    settings->setValue(AppSettings::TimeZone, TimeRange::zoneKey(selection.zone));
    settings->setValue(AppSettings::AutoRefreshSeconds, selection.autoRefreshSeconds);
}

} // namespace trro
