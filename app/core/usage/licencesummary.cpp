#include "licencesummary.h"

#include <QDateTime>
#include <algorithm>

namespace trro {
namespace {

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

LicenceSummary summarizeLicences(const QList<LicenceGroup> &licences, qint64 now,
                                 const QTimeZone &zone) {
    const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
    const qint64 monthEnd =
        QDateTime(QDate(today.year(), today.month(), 1).addMonths(1), QTime(0, 0), zone)
            .toSecsSinceEpoch();
    LicenceSummary s;
    for (const LicenceGroup &g : licences) {
        const qint64 n = g.count;
        if (g.status == LicenceStatus::Unknown) {
            s.unknown += n;
            continue;
        }
        if (g.status == LicenceStatus::Refunded)
            continue;
        if (g.status == LicenceStatus::Stopped || (g.expireTime > 0 && g.expireTime <= now)) {
            s.expired += n;
            continue;
        }
        (g.status == LicenceStatus::Bound ? s.bound : s.unbound) += n;
        if (g.expireTime > 0 && g.expireTime < monthEnd)
            s.expiringThisMonth += n;
    }
    s.valid = s.bound + s.unbound;
    return s;
}

std::optional<qint64> remainingDays(const DeviceLicence &device, qint64 now) {
    if (device.expireTime > 0)
        return floorDiv(device.expireTime - now, 86400);
    return device.remainDay;
}

bool expiresWithin(const DeviceLicence &device, qint64 now, qint64 days) {
    if (device.expireTime > 0)
        return device.expireTime - now <= days * 86400;
    return device.remainDay && *device.remainDay < days;
}

QList<DeviceLicenceDays> byRemainingDays(const QList<DeviceLicence> &devices, qint64 now) {
    QList<DeviceLicenceDays> out;
    out.reserve(devices.size());
    for (const DeviceLicence &d : devices)
        out.append({d, remainingDays(d, now)});
    std::stable_sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        if (a.days.has_value() != b.days.has_value())
            return a.days.has_value();
        if (a.days && *a.days != *b.days)
            return *a.days < *b.days;
        return a.device.deviceId < b.device.deviceId;
    });
    return out;
}

} // namespace trro
