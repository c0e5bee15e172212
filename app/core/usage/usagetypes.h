#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace trro {

// The minutes fields of GetTotalDuration and GetDurationDetails, in the API's order.
enum class UsageTier {
    Voice,
    SD,
    HD,
    FHD,
    TwoK,
    FourK,
    Online,
    MultiSD,
    MultiHD,
    MultiFHD,
    MultiTwoK,
    MultiFourK,
    MultiOnline
};
inline constexpr int UsageTierCount = 13;

// "Voice", "SD", "HD", "FHD", "TwoK", "FourK", "Online", "MultiSD", ... "MultiOnline".
QString usageTierKey(int tier);
// Online and MultiOnline are time online, not minutes of sessions: they are not in minutes().
bool isSessionTier(int tier);

// The minutes of one answer or one day. A value the service sent that is not plausible
// (negative, or above MaxMinutes) is kept as 0 and flagged in `rejected`, so that no sum ever
// includes it; the parser says so in its warnings.
struct UsageMinutes {
    static constexpr qint64 MaxMinutes = 1'000'000'000; // about 1,900 years
    static constexpr int DeductBit = UsageTierCount;    // the bit of DeductDuration in rejected

    std::array<qint64, UsageTierCount> tiers{};
    qint64 deductDuration = 0; // DeductDuration, the billed minutes as the service says
    quint32 rejected = 0;      // bit t: tier t was left out; DeductBit: DeductDuration was

    qint64 tier(UsageTier t) const { return tiers[size_t(t)]; }
    bool isRejected(int bit) const { return (rejected >> bit) & 1U; }
    // The minutes of sessions: every tier but Online and MultiOnline.
    qint64 minutes() const;
    void add(const UsageMinutes &other); // rejected bits are merged

    friend bool operator==(const UsageMinutes &, const UsageMinutes &) = default;
};

// GetTotalDuration.
struct UsageTotals {
    UsageMinutes minutes;
    QStringList warnings; // translated, one per value left out
    QString requestId;
};

// One DurationDetails entry: a day (SessionTime, the start of the service's day).
struct UsageDay {
    qint64 day = 0; // unix seconds
    UsageMinutes minutes;

    friend bool operator==(const UsageDay &, const UsageDay &) = default;
};

// Every page of GetDurationDetails: days in time order, each once.
struct UsageDays {
    QList<UsageDay> days;
    QStringList warnings;
};

// GetLicenseStat, as the service counts.
struct LicenceStat {
    qint64 valid = 0;
    qint64 bound = 0;
    qint64 unbound = 0;
    qint64 expired = 0;       // Expire
    qint64 monthlyExpire = 0; // licences over their month's minutes
    QStringList warnings;
};

// License status values of the API.
enum class LicenceStatus { Unbound = 0, Bound = 1, Stopped = 2, Refunded = 3, Unknown = -1 };

// One License entry of GetLicenses: licences bought together.
struct LicenceGroup {
    qint64 count = 0;
    LicenceStatus status = LicenceStatus::Unknown;
    qint64 expireTime = 0;           // unix seconds; 0: not given or not plausible
    qint64 durationSec = 0;          // Duration; 0: not given
    std::optional<qint64> remainDay; // RemainDay; nullopt when negative or absurd
    QStringList licenseIds;

    friend bool operator==(const LicenceGroup &, const LicenceGroup &) = default;
};

// One Device entry of GetDevices: a device and the licences bound to it.
struct DeviceLicence {
    QString deviceId;
    QString deviceName;
    qint64 licenseCount = 0;
    std::optional<qint64> remainDay;
    qint64 expireTime = 0; // 0: not given or not plausible
    qint64 durationSec = 0;
    QStringList licenseIds;
    std::optional<qint64> monthlyRemainTime; // minutes
    std::optional<qint64> limitedTime;       // minutes a month

    friend bool operator==(const DeviceLicence &, const DeviceLicence &) = default;
};

template <typename T> struct WarnedList {
    QList<T> items;
    QStringList warnings;
};

} // namespace trro
