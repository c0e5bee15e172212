// GetTotalDuration and GetDurationDetails: the fleet's session minutes by resolution tier.

#include "fleet.h"

#include <map>

using namespace Qt::StringLiterals;

namespace trro::sim {
int sessionTier(const FleetDevice &vehicle, const Session &session) {
    // SessionModel's resolutions: 0 1920*1080, 1 1280*720, 2 2560*1440, 3 1920*1536.
    UsageTier single = UsageTier::FHD;
    UsageTier multi = UsageTier::MultiFHD;
    switch (session.resolution) {
    case 1:
        single = UsageTier::HD;
        multi = UsageTier::MultiHD;
        break;
    case 2:
    case 3:
        single = UsageTier::TwoK;
        multi = UsageTier::MultiTwoK;
        break;
    default:
        break;
    }
    return int(vehicle.kind == VehicleKind::Robotaxi ? multi : single);
}

QList<DayUsage> Fleet::usage(int project, int device, qint64 start, qint64 end, qint64 now) {
    std::map<qint64, UsageMinutes> days;
    forEachSession(project, device, start, end, now, [&](const Session &s) {
        const FleetDevice &vehicle = m_catalog.fieldDevice(project, s.field);
        days[bucketStart(Interval::Day, s.startTime)].add(sessionTier(vehicle, s), s.minutes());
    });
    QList<DayUsage> out;
    out.reserve(qsizetype(days.size()));
    for (const auto &[day, minutes] : days)
        out.append(DayUsage{day, minutes});
    return out;
}

UsageMinutes Fleet::usageTotal(int project, int device, qint64 start, qint64 end, qint64 now) {
    UsageMinutes total;
    forEachSession(project, device, start, end, now, [&](const Session &s) {
        total.add(sessionTier(m_catalog.fieldDevice(project, s.field), s), s.minutes());
    });
    return total;
}

std::vector<qint64> Fleet::monthMinutes(int project, qint64 now) {
    std::vector<qint64> minutes(size_t(m_catalog.projects().at(project).fieldDevices.size()));
    forEachSession(project, -1, bucketStart(Interval::Month, now), now + 1, now,
                   [&](const Session &s) { minutes[s.field] += s.minutes(); });
    return minutes;
}

} // namespace trro::sim
