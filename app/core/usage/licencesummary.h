#pragma once

#include "usagetypes.h"

#include <QTimeZone>
#include <optional>

namespace trro {

// The licences at a moment, from GetLicenses' entries (counted in licences, an entry's Count):
// expired means ExpireTime at or before now, or Status 2 (service stopped); valid = bound +
// unbound of the others (refunded ones, Status 3, are in none); expiring this month: valid
// ones whose ExpireTime is before the end of now's month in the zone. Entries whose Status is
// not the API's are counted in `unknown` only.
struct LicenceSummary {
    qint64 valid = 0;
    qint64 bound = 0;
    qint64 unbound = 0;
    qint64 expired = 0;
    qint64 expiringThisMonth = 0;
    qint64 unknown = 0;

    friend bool operator==(const LicenceSummary &, const LicenceSummary &) = default;
};
LicenceSummary summarizeLicences(const QList<LicenceGroup> &licences, qint64 now,
                                 const QTimeZone &zone);

// A device's whole days left at now: floor((ExpireTime - now) / 86400), negative once expired;
// from RemainDay when the ExpireTime is not usable; nullopt when neither is.
std::optional<qint64> remainingDays(const DeviceLicence &device, qint64 now);

// Whether the device's licence expires within `days` days of now, an expired one included:
// ExpireTime - now <= days * 86400; from RemainDay (whole days left) below `days` when the
// ExpireTime is not usable; false when neither is.
bool expiresWithin(const DeviceLicence &device, qint64 now, qint64 days);

struct DeviceLicenceDays {
    DeviceLicence device;
    std::optional<qint64> days;

    friend bool operator==(const DeviceLicenceDays &, const DeviceLicenceDays &) = default;
};
// Fewest days left first (expired ones first of all), then by DeviceId; unknown days last.
QList<DeviceLicenceDays> byRemainingDays(const QList<DeviceLicence> &devices, qint64 now);

} // namespace trro
