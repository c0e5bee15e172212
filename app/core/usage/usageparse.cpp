#include "usageparse.h"

#include "parse.h"
#include "responselimits.h"
#include "textsafety.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace trro {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("trro", text);
}

ApiError malformed(const QString &message) {
    return ApiError::make(ApiError::Kind::Malformed, QStringLiteral("MalformedResponse"), message);
}

// Reads an integer field (a number or a numeric string); absent or null: nullopt and true.
bool readNumber(const QJsonObject &o, const QString &path, const QString &key,
                std::optional<qint64> *out, ApiError *error) {
    const QJsonValue v = o.value(key);
    out->reset();
    if (v.isUndefined() || v.isNull())
        return true;
    qint64 n = 0;
    if (!readInteger(v, &n)) {
        *error = malformed(tr("Field \"%1\" is not an integer.").arg(path + key));
        return false;
    }
    *out = n;
    return true;
}

// A number that must lie in [lo, hi]: outside it, a warning and nullopt.
bool readPlausible(const QJsonObject &o, const QString &path, const QString &key, qint64 lo,
                   qint64 hi, std::optional<qint64> *out, QStringList *warnings, ApiError *error) {
    if (!readNumber(o, path, key, out, error))
        return false;
    if (*out && (**out < lo || **out > hi)) {
        warnings->append(
            tr("%1 is %2, outside %3 to %4: left out.").arg(path + key).arg(**out).arg(lo).arg(hi));
        out->reset();
    }
    return true;
}

// ExpireTime and SessionTime: unix seconds as a string or a number. Empty or 0: not given (0).
// A time outside 2000..2100: a warning and 0.
bool readTimeText(const QJsonObject &o, const QString &path, const QString &key, qint64 *out,
                  QStringList *warnings, ApiError *error) {
    *out = 0;
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return true;
    qint64 t = 0;
    if (!readInteger(v, &t)) {
        *error = malformed(tr("Field \"%1\" is not a time in seconds.").arg(path + key));
        return false;
    }
    if (t == 0)
        return true;
    if (t < limits::EarliestTime || t > limits::LatestTime) {
        warnings->append(tr("%1 is %2, not a plausible time: left out.").arg(path + key).arg(t));
        return true;
    }
    *out = t;
    return true;
}

bool readText(const QJsonObject &o, const QString &path, const QString &key, QString *out,
              ApiError *error) {
    const QJsonValue v = o.value(key);
    out->clear();
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString() || v.toString().size() > limits::MaxTextLength) {
        *error = malformed(tr("Field \"%1\" is not a string of at most %2 characters.")
                               .arg(path + key)
                               .arg(limits::MaxTextLength));
        return false;
    }
    *out = stripControls(v.toString());
    return true;
}

bool readIds(const QJsonObject &o, const QString &path, QStringList *out, ApiError *error) {
    const QJsonValue v = o.value(QLatin1String("LicenseIds"));
    out->clear();
    if (v.isUndefined() || v.isNull())
        return true;
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() > usagelimits::MaxLicenseIds) {
        *error = malformed(tr("Field \"%1LicenseIds\" is not a list of at most %2 ids.")
                               .arg(path)
                               .arg(usagelimits::MaxLicenseIds));
        return false;
    }
    for (const QJsonValue &id : a) {
        if (!id.isString() || id.toString().size() > 256) {
            *error = malformed(
                tr("Field \"%1LicenseIds\" holds something that is not an id.").arg(path));
            return false;
        }
        out->append(stripControls(id.toString()));
    }
    return true;
}

bool readMinutes(const QJsonObject &o, const QString &path, UsageMinutes *m, QStringList *warnings,
                 ApiError *error) {
    for (int bit = 0; bit <= UsageMinutes::DeductBit; ++bit) {
        const QString key =
            bit == UsageMinutes::DeductBit ? QStringLiteral("DeductDuration") : usageTierKey(bit);
        std::optional<qint64> v;
        if (!readNumber(o, path, key, &v, error))
            return false;
        if (v && (*v < 0 || *v > UsageMinutes::MaxMinutes)) {
            warnings->append(tr("%1 is %2 minutes, which cannot be: left out of the sums.")
                                 .arg(path + key)
                                 .arg(*v));
            m->rejected |= 1U << bit;
            v.reset();
        }
        (bit == UsageMinutes::DeductBit ? m->deductDuration : m->tiers[size_t(bit)]) =
            v.value_or(0);
    }
    return true;
}

bool readTotalCount(const QJsonObject &o, UsagePage *page, ApiError *error) {
    std::optional<qint64> total;
    if (!readNumber(o, {}, QStringLiteral("TotalCount"), &total, error))
        return false;
    if (total && (*total < 0 || *total > limits::MaxListTotal)) {
        *error = malformed(
            tr("TotalCount is %1, outside 0 to %2.").arg(*total).arg(limits::MaxListTotal));
        return false;
    }
    if (page)
        page->totalCount = total.value_or(0);
    return true;
}

template <typename Fn>
bool forEachObject(const QJsonObject &o, const QString &key, Fn readOne, ApiError *error) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = malformed(tr("Field \"%1\" is not a list.").arg(key));
        return false;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString path = key + QLatin1Char('[') + QString::number(i) + QLatin1String("].");
        if (!a.at(i).isObject()) {
            *error = malformed(tr("Field \"%1\" is not an object.").arg(path.chopped(1)));
            return false;
        }
        if (!readOne(a.at(i).toObject(), path))
            return false;
    }
    return true;
}

LicenceStatus statusOf(qint64 value) {
    return value >= 0 && value <= 3 ? LicenceStatus(int(value)) : LicenceStatus::Unknown;
}

} // namespace

Result<UsageTotals> parseTotalDuration(const QJsonObject &response) {
    UsageTotals totals;
    ApiError error;
    if (!readMinutes(response, {}, &totals.minutes, &totals.warnings, &error))
        return error;
    totals.requestId = response.value(QLatin1String("RequestId")).toString().left(128);
    return totals;
}

Result<UsageDays> parseDurationDetails(const QJsonObject &response, UsagePage *page) {
    UsageDays out;
    ApiError error;
    if (!readTotalCount(response, page, &error))
        return error;
    const bool ok = forEachObject(
        response, QStringLiteral("DurationDetails"),
        [&](const QJsonObject &o, const QString &path) {
            UsageDay day;
            if (!readTimeText(o, path, QStringLiteral("SessionTime"), &day.day, &out.warnings,
                              &error) ||
                !readMinutes(o, path, &day.minutes, &out.warnings, &error))
                return false;
            if (day.day == 0)
                out.warnings.append(
                    tr("%1 has no usable SessionTime: the day is left out.").arg(path.chopped(1)));
            else
                out.days.append(day);
            return true;
        },
        &error);
    if (!ok)
        return error;
    return out;
}

Result<LicenceStat> parseLicenseStat(const QJsonObject &response) {
    LicenceStat stat;
    ApiError error;
    const std::pair<const char *, qint64 *> fields[] = {{"Valid", &stat.valid},
                                                        {"Bound", &stat.bound},
                                                        {"UnBound", &stat.unbound},
                                                        {"Expire", &stat.expired},
                                                        {"MonthlyExpire", &stat.monthlyExpire}};
    for (const auto &[key, field] : fields) {
        std::optional<qint64> v;
        if (!readPlausible(response, {}, QLatin1String(key), 0, usagelimits::MaxLicenceCount, &v,
                           &stat.warnings, &error))
            return error;
        *field = v.value_or(0);
    }
    return stat;
}

Result<WarnedList<LicenceGroup>> parseLicenses(const QJsonObject &response, UsagePage *page) {
    WarnedList<LicenceGroup> out;
    ApiError error;
    if (!readTotalCount(response, page, &error))
        return error;
    const bool ok = forEachObject(
        response, QStringLiteral("Licenses"),
        [&](const QJsonObject &o, const QString &path) {
            LicenceGroup g;
            std::optional<qint64> count, status, duration;
            if (!readPlausible(o, path, QStringLiteral("Count"), 0, usagelimits::MaxLicenceCount,
                               &count, &out.warnings, &error) ||
                !readNumber(o, path, QStringLiteral("Status"), &status, &error) ||
                !readTimeText(o, path, QStringLiteral("ExpireTime"), &g.expireTime, &out.warnings,
                              &error) ||
                !readPlausible(o, path, QStringLiteral("Duration"), 0,
                               usagelimits::MaxRemainDays * 86400, &duration, &out.warnings,
                               &error) ||
                !readPlausible(o, path, QStringLiteral("RemainDay"), 0, usagelimits::MaxRemainDays,
                               &g.remainDay, &out.warnings, &error) ||
                !readIds(o, path, &g.licenseIds, &error))
                return false;
            g.status = status ? statusOf(*status) : LicenceStatus::Unknown;
            if (status && g.status == LicenceStatus::Unknown)
                out.warnings.append(
                    tr("%1Status is %2, not a status of the API.").arg(path).arg(*status));
            g.count = count.value_or(g.licenseIds.size());
            g.durationSec = duration.value_or(0);
            out.items.append(g);
            return true;
        },
        &error);
    if (!ok)
        return error;
    return out;
}

Result<WarnedList<DeviceLicence>> parseLicenceDevices(const QJsonObject &response,
                                                      UsagePage *page) {
    WarnedList<DeviceLicence> out;
    ApiError error;
    if (!readTotalCount(response, page, &error))
        return error;
    const bool ok = forEachObject(
        response, QStringLiteral("Devices"),
        [&](const QJsonObject &o, const QString &path) {
            DeviceLicence d;
            std::optional<qint64> count, duration;
            if (!readText(o, path, QStringLiteral("DeviceId"), &d.deviceId, &error) ||
                !readText(o, path, QStringLiteral("DeviceName"), &d.deviceName, &error) ||
                !readPlausible(o, path, QStringLiteral("LicenseCount"), 0,
                               usagelimits::MaxLicenceCount, &count, &out.warnings, &error) ||
                !readPlausible(o, path, QStringLiteral("RemainDay"), 0, usagelimits::MaxRemainDays,
                               &d.remainDay, &out.warnings, &error) ||
                !readTimeText(o, path, QStringLiteral("ExpireTime"), &d.expireTime, &out.warnings,
                              &error) ||
                !readPlausible(o, path, QStringLiteral("Duration"), 0,
                               usagelimits::MaxRemainDays * 86400, &duration, &out.warnings,
                               &error) ||
                !readIds(o, path, &d.licenseIds, &error) ||
                !readPlausible(o, path, QStringLiteral("MonthlyRemainTime"), 0,
                               UsageMinutes::MaxMinutes, &d.monthlyRemainTime, &out.warnings,
                               &error) ||
                !readPlausible(o, path, QStringLiteral("LimitedTime"), 0, UsageMinutes::MaxMinutes,
                               &d.limitedTime, &out.warnings, &error))
                return false;
            if (d.deviceId.isEmpty()) {
                out.warnings.append(tr("%1 has no DeviceId: left out.").arg(path.chopped(1)));
                return true;
            }
            d.licenseCount = count.value_or(d.licenseIds.size());
            d.durationSec = duration.value_or(0);
            out.items.append(d);
            return true;
        },
        &error);
    if (!ok)
        return error;
    return out;
}

Result<qint64> parseDeviceLicense(const QJsonObject &response) {
    std::optional<qint64> count;
    ApiError error;
    if (!readNumber(response, {}, QStringLiteral("AvailableCount"), &count, &error))
        return error;
    if (count && (*count < 0 || *count > usagelimits::MaxLicenceCount))
        return malformed(tr("AvailableCount is %1, outside 0 to %2.")
                             .arg(*count)
                             .arg(usagelimits::MaxLicenceCount));
    return count.value_or(0);
}

} // namespace trro
