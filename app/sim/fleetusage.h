#pragma once

#include "fleetcatalog.h"
#include "sessionmodel.h"
#include "usagetypes.h"

#include <QList>
#include <QString>
#include <array>

namespace trro::sim {

// The minutes of GetTotalDuration and GetDurationDetails, by the core's UsageTier
// (usagetypes.h: the API's fields, in their order; usageTierKey() names them).
// Each session's minutes (Session::minutes(), the same rounding as TotalDuration) go to one
// tier, on the China (UTC+8) day it started, once it has ended: the tiers of a day add up to
// the TotalDuration of DescribeSessionStatisticsByInterval's day bucket for the same device.
// The tier is the smallest standard frame with at least the session's pixels (1280*720 HD,
// 1920*1080 FHD, 1920*1536 and 2560*1440 TwoK); robotaxis send over bonded networks, so
// theirs are the Multi- tiers. The sim has no voice-only sessions, no SD or 4K video and no
// online-only billing: Voice, SD, FourK, Online and their Multi- variants stay 0.
// DeductDuration is the billed total, every session minute.
struct UsageMinutes {
    std::array<qint64, UsageTierCount> tiers{};
    qint64 deduct = 0; // DeductDuration

    void add(int tier, qint64 minutes) {
        tiers[size_t(tier)] += minutes;
        deduct += minutes;
    }
};

struct DayUsage {
    qint64 day = 0; // the China midnight that starts it (SessionTime)
    UsageMinutes minutes;
};

// The tier a session of this vehicle counts in.
int sessionTier(const FleetDevice &vehicle, const Session &session);

} // namespace trro::sim
