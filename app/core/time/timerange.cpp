#include "timerange.h"

#include "timespec.h"

namespace trro {

namespace {

struct PresetInfo {
    RangePreset preset;
    QLatin1StringView key;
};

constexpr PresetInfo Presets[] = {
    {RangePreset::Last24Hours, QLatin1StringView("last24h")},
    {RangePreset::Last7Days, QLatin1StringView("last7d")},
    {RangePreset::Last30Days, QLatin1StringView("last30d")},
    {RangePreset::Last90Days, QLatin1StringView("last90d")},
    {RangePreset::Last12Months, QLatin1StringView("last12m")},
    {RangePreset::Last24CompleteHours, QLatin1StringView("complete24h")},
    {RangePreset::Last7CompleteDays, QLatin1StringView("complete7d")},
    {RangePreset::Last12CompleteMonths, QLatin1StringView("complete12m")},
    {RangePreset::Custom, QLatin1StringView("custom")},
};

constexpr qint64 Day = 86400;

} // namespace

QList<RangePreset> TimeRange::presets() {
    QList<RangePreset> list;
    for (const PresetInfo &info : Presets)
        list.append(info.preset);
    return list;
}

bool TimeRange::isComplete(RangePreset preset) {
    return preset == RangePreset::Last24CompleteHours || preset == RangePreset::Last7CompleteDays ||
           preset == RangePreset::Last12CompleteMonths;
}

namespace {} // namespace

QString TimeRange::presetKey(RangePreset preset) {
    for (const PresetInfo &info : Presets) {
        if (info.preset == preset)
            return QString(info.key);
    }
    return {};
}

bool TimeRange::parsePresetKey(const QString &key, RangePreset *preset) {
    for (const PresetInfo &info : Presets) {
        if (key == info.key) {
            *preset = info.preset;
            return true;
        }
    }
    return false;
}

QString TimeRange::presetLabel(RangePreset preset) {
    switch (preset) {
    case RangePreset::Last24Hours:
        return tr("Last 24 hours");
    case RangePreset::Last7Days:
        return tr("Last 7 days");
    case RangePreset::Last30Days:
        return tr("Last 30 days");
    case RangePreset::Last90Days:
        return tr("Last 90 days");
    case RangePreset::Last12Months:
        return tr("Last 12 months");
    case RangePreset::Last24CompleteHours:
        return tr("Last 24 complete hours");
    case RangePreset::Last7CompleteDays:
        return tr("Last 7 complete days");
    case RangePreset::Last12CompleteMonths:
        return tr("Last 12 complete months");
    case RangePreset::Custom:
        return tr("Custom range");
    }
    return {};
}

QString TimeRange::previousPeriodLabel(RangePreset preset) {
    switch (preset) {
    case RangePreset::Last24Hours:
    case RangePreset::Last24CompleteHours:
        return tr("vs previous 24 h");
    case RangePreset::Last7Days:
    case RangePreset::Last7CompleteDays:
        return tr("vs previous 7 days");
    case RangePreset::Last30Days:
        return tr("vs previous 30 days");
    case RangePreset::Last90Days:
        return tr("vs previous 90 days");
    case RangePreset::Last12Months:
    case RangePreset::Last12CompleteMonths:
        return tr("vs previous 12 months");
    case RangePreset::Custom:
        return tr("vs previous period");
    }
    return {};
}

QString TimeRange::zoneKey(ZoneChoice zone) {
    switch (zone) {
    case ZoneChoice::Local:
        return QStringLiteral("local");
    case ZoneChoice::Utc:
        return QStringLiteral("utc");
    case ZoneChoice::Utc8:
        return QStringLiteral("utc+8");
    }
    return {};
}

bool TimeRange::parseZoneKey(const QString &key, ZoneChoice *zone) {
    for (ZoneChoice choice : {ZoneChoice::Local, ZoneChoice::Utc, ZoneChoice::Utc8}) {
        if (key == zoneKey(choice)) {
            *zone = choice;
            return true;
        }
    }
    return false;
}

QString TimeRange::zoneLabel(ZoneChoice zone) {
    switch (zone) {
    case ZoneChoice::Local:
        return tr("Local time");
    case ZoneChoice::Utc:
        return tr("UTC");
    case ZoneChoice::Utc8:
        return tr("UTC+8 (Beijing)");
    }
    return {};
}

QTimeZone TimeRange::timeZone(ZoneChoice zone) {
    switch (zone) {
    case ZoneChoice::Local:
        return QTimeZone::systemTimeZone();
    case ZoneChoice::Utc:
        return QTimeZone::utc();
    case ZoneChoice::Utc8:
        return QTimeZone(8 * 3600);
    }
    return QTimeZone::utc();
}

QString TimeRange::intervalLabel(Interval interval) {
    switch (interval) {
    case Interval::Hour:
        return tr("Hourly");
    case Interval::Day:
        return tr("Daily");
    case Interval::Month:
        return tr("Monthly");
    }
    return {};
}

TimeWindow TimeRange::window(RangePreset preset, const QDateTime &now, const QTimeZone &zone) {
    const qint64 end = now.toSecsSinceEpoch();
    switch (preset) {
    case RangePreset::Last24Hours:
        return {end - Day, end};
    case RangePreset::Last7Days:
        return {end - 7 * Day, end};
    case RangePreset::Last30Days:
        return {end - 30 * Day, end};
    case RangePreset::Last90Days:
        return {end - 90 * Day, end};
    case RangePreset::Last12Months:
        return {now.toTimeZone(zone).addMonths(-12).toSecsSinceEpoch(), end};
    case RangePreset::Last24CompleteHours: {
        const qint64 hour = intervalAt(end, Interval::Hour, zone).start;
        return {hour - Day, hour};
    }
    case RangePreset::Last7CompleteDays: {
        // Seven calendar days: 7 × 24 h but for a daylight-saving change in zone.
        const QDateTime today =
            QDateTime::fromSecsSinceEpoch(intervalAt(end, Interval::Day, zone).start, zone);
        return {
            intervalAt(today.addDays(-7).toSecsSinceEpoch() + Day / 2, Interval::Day, zone).start,
            today.toSecsSinceEpoch()};
    }
    case RangePreset::Last12CompleteMonths: {
        const QDateTime month =
            QDateTime::fromSecsSinceEpoch(intervalAt(end, Interval::Month, zone).start, zone);
        return {intervalAt(month.addMonths(-12).toSecsSinceEpoch() + 7 * Day, Interval::Month, zone)
                    .start,
                month.toSecsSinceEpoch()};
    }
    case RangePreset::Custom:
        break;
    }
    return {end - 7 * Day, end};
}

ComparedWindows TimeRange::comparedWindows(RangePreset preset, const QDateTime &now,
                                           const QTimeZone &zone) {
    if (preset == RangePreset::Custom)
        return {};
    const TimeWindow current = window(preset, now, zone);
    return {current, current.previous()};
}

} // namespace trro
