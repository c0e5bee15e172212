// The rules on usage and licences: a device's licence that expires soon, the month's minutes
// forecast over a threshold.

#include "alertengine.h"
#include "licencesummary.h"
#include "usageforecast.h"

#include <algorithm>
#include <climits>

namespace trro {

Alert AlertEngine::licenceExpiry(const AlertRules &rules, const QList<DeviceLicence> &devices,
                                 qint64 now) {
    Alert alert;
    alert.rule = AlertRule::LicenceExpiry;
    QStringList expiring; // soonest first
    qsizetype known = 0;
    bool critical = false;
    for (const DeviceLicenceDays &d : byRemainingDays(devices, now)) {
        known += d.days ? 1 : 0;
        const QString &id = d.device.deviceId;
        if (id.isEmpty() || expiring.contains(id) ||
            !expiresWithin(d.device, now, rules.licenceExpiryWarningDays))
            continue;
        expiring << id;
        critical = critical || expiresWithin(d.device, now, rules.licenceExpiryCriticalDays);
    }
    const QString within = tr("within %n day(s)", nullptr, rules.licenceExpiryWarningDays);
    if (expiring.isEmpty()) {
        alert.summary = tr("No licence of the %n device(s) expires %1.", nullptr,
                           int(qMin<qsizetype>(known, INT_MAX)))
                            .arg(within);
        return alert;
    }
    alert.state = critical ? AlertState::Critical : AlertState::Warning;
    alert.evidence.devices = expiring.mid(0, MaxEvidenceDevices);
    const auto soonest = std::find_if(devices.begin(), devices.end(), [&](const DeviceLicence &d) {
        return d.deviceId == expiring.front();
    });
    const std::optional<qint64> days = remainingDays(*soonest, now);
    const qint64 left = days.value_or(0);
    const QString when =
        left < 0 ? tr("expired") : tr("%n day(s) left", nullptr, int(qMin<qint64>(left, INT_MAX)));
    alert.summary = tr("%n device(s) whose licence expires %1 or has expired (soonest: %2, %3).",
                       nullptr, int(qMin<qsizetype>(expiring.size(), INT_MAX)))
                        .arg(within, expiring.front(), when);
    return alert;
}

Alert AlertEngine::forecastMinutes(const AlertRules &rules, const QList<UsageDay> &days,
                                   qint64 now) {
    Alert alert;
    alert.rule = AlertRule::ForecastMinutes;
    const UsageForecast f = forecastMonth(days, now);
    int threshold = 0;
    if (f.forecast > rules.forecastMinutesCritical) {
        alert.state = AlertState::Critical;
        threshold = rules.forecastMinutesCritical;
    } else if (f.forecast > rules.forecastMinutesWarning) {
        alert.state = AlertState::Warning;
        threshold = rules.forecastMinutesWarning;
    }
    const QString text =
        alert.state == AlertState::Ok
            ? tr("Month-end forecast %1 minutes (%2 to %3; %4 so far), not above %5.")
            : tr("Month-end forecast %1 minutes (%2 to %3; %4 so far), above %5.");
    alert.summary =
        text.arg(f.forecast)
            .arg(f.low)
            .arg(f.high)
            .arg(f.monthToDate)
            .arg(alert.state == AlertState::Ok ? rules.forecastMinutesWarning : threshold);
    return alert;
}

} // namespace trro
