#pragma once

#include "result.h"
#include "usagetypes.h"

#include <QJsonObject>

namespace trro {

// Reading the usage and licence answers. A field of the wrong type (a string where a number
// belongs, a list that is not one) rejects the answer as Kind::Malformed, like the other
// parsers. A number of the right type that cannot be true (negative or absurd minutes, a
// RemainDay below zero, an ExpireTime before 2000 or after 2100) does not: the value is left
// out (see UsageMinutes::rejected, the std::optional fields) and a translated warning names
// the field and the value.
struct UsagePage {
    qint64 totalCount = 0; // TotalCount
};

Result<UsageTotals> parseTotalDuration(const QJsonObject &response);
Result<UsageDays> parseDurationDetails(const QJsonObject &response, UsagePage *page = nullptr);
Result<LicenceStat> parseLicenseStat(const QJsonObject &response);
Result<WarnedList<LicenceGroup>> parseLicenses(const QJsonObject &response,
                                               UsagePage *page = nullptr);
Result<WarnedList<DeviceLicence>> parseLicenceDevices(const QJsonObject &response,
                                                      UsagePage *page = nullptr);
// GetDeviceLicense: AvailableCount.
Result<qint64> parseDeviceLicense(const QJsonObject &response);

namespace usagelimits {
// The most license ids one entry may list, and the longest RemainDay (a century).
constexpr qsizetype MaxLicenseIds = 10000;
constexpr qint64 MaxRemainDays = 36600;
constexpr qint64 MaxLicenceCount = 1000000;
} // namespace usagelimits

} // namespace trro
