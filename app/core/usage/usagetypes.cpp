#include "usagetypes.h"

namespace trro {
namespace {

const std::array<QLatin1String, UsageTierCount> TierKeys = {
    QLatin1String("Voice"),      QLatin1String("SD"),        QLatin1String("HD"),
    QLatin1String("FHD"),        QLatin1String("TwoK"),      QLatin1String("FourK"),
    QLatin1String("Online"),     QLatin1String("MultiSD"),   QLatin1String("MultiHD"),
    QLatin1String("MultiFHD"),   QLatin1String("MultiTwoK"), QLatin1String("MultiFourK"),
    QLatin1String("MultiOnline")};

} // namespace

QString usageTierKey(int tier) {
    return tier >= 0 && tier < UsageTierCount ? QString(TierKeys.at(size_t(tier))) : QString();
}

bool isSessionTier(int tier) {
    return tier != int(UsageTier::Online) && tier != int(UsageTier::MultiOnline);
}

qint64 UsageMinutes::minutes() const {
    qint64 sum = 0;
    for (int t = 0; t < UsageTierCount; ++t) {
        if (isSessionTier(t))
            sum += tiers[size_t(t)];
    }
    return sum;
}

void UsageMinutes::add(const UsageMinutes &other) {
    for (size_t t = 0; t < tiers.size(); ++t)
        tiers[t] += other.tiers[t];
    deductDuration += other.deductDuration;
    rejected |= other.rejected;
}

} // namespace trro
