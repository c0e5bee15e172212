#include "alertengine.h"

#include "checkedmath.h"

#include <QHash>
#include <algorithm>
#include <climits>

namespace trro {
namespace {

bool isBad(const DeviceSession &s) {
    return s.quality.compare(QLatin1String("bad"), Qt::CaseInsensitive) == 0;
}

// The devices of a session: both ends, once each.
QStringList sessionDevices(const DeviceSession &s) {
    QStringList ids;
    for (const QString &id : {s.fieldDeviceId, s.remoteDeviceId}) {
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

// Device ids ordered by count (most first), then by id.
QStringList byCount(const QHash<QString, qint64> &counts, qint64 atLeast) {
    QStringList ids;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value() >= atLeast)
            ids << it.key();
    }
    std::sort(ids.begin(), ids.end(), [&counts](const QString &a, const QString &b) {
        const qint64 ca = counts.value(a);
        const qint64 cb = counts.value(b);
        return ca != cb ? ca > cb : a < b;
    });
    return ids;
}

// The bad sessions of the given devices, oldest first, bounded.
QStringList badSessionsOf(const QList<DeviceSession> &sessions, const QStringList &devices,
                          qint64 from) {
    QList<const DeviceSession *> picked;
    for (const DeviceSession &s : sessions) {
        if (!isBad(s) || s.startTime < from || s.sessionId.isEmpty())
            continue;
        const QStringList ids = sessionDevices(s);
        if (std::any_of(ids.begin(), ids.end(),
                        [&devices](const QString &id) { return devices.contains(id); }))
            picked << &s;
    }
    std::stable_sort(picked.begin(), picked.end(),
                     [](const auto *a, const auto *b) { return a->startTime < b->startTime; });
    QStringList ids;
    for (const DeviceSession *s : std::as_const(picked)) {
        if (ids.size() >= MaxEvidenceSessions)
            break;
        if (!ids.contains(s->sessionId))
            ids << s->sessionId;
    }
    return ids;
}

// The buckets with sessions before now, in time order, one per start time.
QList<IntervalBucket> usableBuckets(const QList<IntervalBucket> &fleet, qint64 now) {
    QList<IntervalBucket> buckets;
    for (const IntervalBucket &b : fleet) {
        if (b.sessionNum > 0 && b.startTime < now && b.endTime > b.startTime &&
            b.notBadSessionRatio >= 0 && b.notBadSessionRatio <= 100)
            buckets << b;
    }
    std::stable_sort(buckets.begin(), buckets.end(),
                     [](const auto &a, const auto &b) { return a.startTime < b.startTime; });
    const auto last = std::unique(buckets.begin(), buckets.end(), [](const auto &a, const auto &b) {
        return a.startTime == b.startTime;
    });
    buckets.erase(last, buckets.end());
    return buckets;
}

// How many of the latest buckets in a row have a ratio below the threshold.
qsizetype trailingRunBelow(const QList<IntervalBucket> &buckets, int threshold) {
    qsizetype run = 0;
    for (qsizetype i = buckets.size() - 1; i >= 0 && buckets.at(i).notBadSessionRatio < threshold;
         --i)
        ++run;
    return run;
}

} // namespace

QList<Alert> AlertEngine::evaluate(const AlertRules &rules, const AlertInput &input) {
    QList<Alert> alerts;
    if (rules.fleetRatioEnabled && input.fleet)
        alerts << fleetRatio(rules, *input.fleet, input.now);
    if (rules.deviceBadEnabled && input.sessions)
        alerts << deviceBadSessions(rules, *input.sessions, input.now);
    if (rules.deviceSilentEnabled && input.sessions)
        alerts << deviceSilent(rules, *input.sessions, input.devices, input.now);
    if (rules.badShareEnabled && input.sessions)
        alerts << badShare(rules, *input.sessions);
    if (rules.licenceExpiryEnabled && input.licences)
        alerts << licenceExpiry(rules, *input.licences, input.present());
    if (rules.forecastMinutesEnabled && input.usageDays)
        alerts << forecastMinutes(rules, *input.usageDays, input.present());
    return alerts;
}

Alert AlertEngine::fleetRatio(const AlertRules &rules, const QList<IntervalBucket> &fleet,
                              qint64 now) {
    Alert alert;
    alert.rule = AlertRule::FleetRatio;
    const QList<IntervalBucket> buckets = usableBuckets(fleet, now);
    if (buckets.isEmpty()) {
        alert.summary = tr("No fleet intervals with sessions yet.");
        return alert;
    }
    const int latest = buckets.constLast().notBadSessionRatio;
    const qsizetype needed = rules.fleetRatioIntervals;
    const qsizetype criticalRun = trailingRunBelow(buckets, rules.fleetRatioCritical);
    const qsizetype warningRun = trailingRunBelow(buckets, rules.fleetRatioWarning);
    int threshold = rules.fleetRatioWarning;
    qsizetype run = warningRun;
    if (criticalRun >= needed) {
        alert.state = AlertState::Critical;
        threshold = rules.fleetRatioCritical;
        run = criticalRun;
    } else if (warningRun >= needed) {
        alert.state = AlertState::Warning;
    }
    if (alert.state == AlertState::Ok) {
        alert.summary = tr("Fleet not-bad ratio %1% in the latest interval.").arg(latest);
        return alert;
    }
    for (qsizetype i = buckets.size() - run; i < buckets.size(); ++i)
        alert.evidence.intervals << TimeWindow{buckets.at(i).startTime, buckets.at(i).endTime};
    alert.summary = tr("Fleet not-bad ratio below %1% for %n interval(s) in a row (latest %2%).",
                       nullptr, int(qMin<qsizetype>(run, INT_MAX)))
                        .arg(threshold)
                        .arg(latest);
    return alert;
}

Alert AlertEngine::deviceBadSessions(const AlertRules &rules, const QList<DeviceSession> &sessions,
                                     qint64 now) {
    Alert alert;
    alert.rule = AlertRule::DeviceBadSessions;
    const qint64 from = now - qint64(rules.deviceBadWindowHours) * 3600;
    QHash<QString, qint64> counts;
    for (const DeviceSession &s : sessions) {
        if (isBad(s) && s.startTime >= from && s.startTime <= now) {
            for (const QString &id : sessionDevices(s))
                ++counts[id];
        }
    }
    const QStringList devices = byCount(counts, rules.deviceBadWarning);
    if (devices.isEmpty()) {
        alert.summary = tr("No device with %1 or more bad sessions in the last %2 h.")
                            .arg(rules.deviceBadWarning)
                            .arg(rules.deviceBadWindowHours);
        return alert;
    }
    const qint64 worst = counts.value(devices.front());
    alert.state = worst >= rules.deviceBadCritical ? AlertState::Critical : AlertState::Warning;
    alert.evidence.devices = devices.mid(0, MaxEvidenceDevices);
    alert.evidence.sessions = badSessionsOf(sessions, alert.evidence.devices, from);
    alert.summary =
        tr("%n device(s) with %1 or more bad sessions in the last %2 h (worst: %3, %4).", nullptr,
           int(qMin<qsizetype>(devices.size(), INT_MAX)))
            .arg(rules.deviceBadWarning)
            .arg(rules.deviceBadWindowHours)
            .arg(devices.front())
            .arg(worst);
    return alert;
}

Alert AlertEngine::deviceSilent(const AlertRules &rules, const QList<DeviceSession> &sessions,
                                const QList<Device> &devices, qint64 now) {
    Alert alert;
    alert.rule = AlertRule::DeviceSilent;
    QHash<QString, qint64> lastHeard;
    QHash<QString, qint64> sessionCount;
    for (const DeviceSession &s : sessions) {
        for (const QString &id : sessionDevices(s)) {
            ++sessionCount[id];
            lastHeard[id] = qMax(lastHeard.value(id), qMax(s.startTime, s.endTime));
        }
    }
    for (const Device &d : devices) {
        if (d.lastReportTime.isValid() && lastHeard.contains(d.deviceId))
            lastHeard[d.deviceId] =
                qMax(lastHeard.value(d.deviceId), d.lastReportTime.toSecsSinceEpoch());
    }
    QHash<QString, qint64> silentHours;
    for (auto it = lastHeard.begin(); it != lastHeard.end(); ++it) {
        const qint64 hours = saturatingSub(now, it.value()) / 3600;
        if (sessionCount.value(it.key()) >= rules.deviceSilentMinSessions &&
            hours >= rules.deviceSilentWarningHours)
            silentHours.insert(it.key(), hours);
    }
    const QStringList silent = byCount(silentHours, rules.deviceSilentWarningHours);
    if (silent.isEmpty()) {
        alert.summary = tr("Every device that usually reports was heard from in the last %1 h.")
                            .arg(rules.deviceSilentWarningHours);
        return alert;
    }
    const qint64 longest = silentHours.value(silent.front());
    alert.state =
        longest >= rules.deviceSilentCriticalHours ? AlertState::Critical : AlertState::Warning;
    alert.evidence.devices = silent.mid(0, MaxEvidenceDevices);
    alert.summary = tr("%n device(s) that usually report silent for %1 h or more (longest: %2, "
                       "%3 h).",
                       nullptr, int(qMin<qsizetype>(silent.size(), INT_MAX)))
                        .arg(rules.deviceSilentWarningHours)
                        .arg(silent.front())
                        .arg(longest);
    return alert;
}

Alert AlertEngine::badShare(const AlertRules &rules, const QList<DeviceSession> &sessions) {
    Alert alert;
    alert.rule = AlertRule::BadShare;
    const qint64 total = sessions.size();
    if (total < rules.badShareMinSessions) {
        alert.summary = tr("Too few sessions to judge the bad share (%1 of %2 needed).")
                            .arg(total)
                            .arg(rules.badShareMinSessions);
        return alert;
    }
    QHash<QString, qint64> counts;
    qint64 bad = 0;
    for (const DeviceSession &s : sessions) {
        if (!isBad(s))
            continue;
        ++bad;
        for (const QString &id : sessionDevices(s))
            ++counts[id];
    }
    // Compared in whole numbers: bad / total > threshold / 100.
    if (bad * 100 > qint64(rules.badShareCritical) * total)
        alert.state = AlertState::Critical;
    else if (bad * 100 > qint64(rules.badShareWarning) * total)
        alert.state = AlertState::Warning;
    const qint64 share = (bad * 100 + total / 2) / total;
    if (alert.state == AlertState::Ok) {
        alert.summary = tr("Bad sessions %1% of %2.").arg(share).arg(total);
        return alert;
    }
    const int threshold =
        alert.state == AlertState::Critical ? rules.badShareCritical : rules.badShareWarning;
    alert.evidence.devices = byCount(counts, 1).mid(0, MaxEvidenceDevices);
    alert.evidence.sessions = badSessionsOf(sessions, alert.evidence.devices, LLONG_MIN);
    alert.summary = tr("Bad sessions %1% of %2, above %3%.").arg(share).arg(total).arg(threshold);
    return alert;
}

AlertState AlertEngine::worst(const QList<Alert> &alerts) {
    AlertState state = AlertState::Ok;
    for (const Alert &a : alerts)
        state = qMax(state, a.state);
    return state;
}

QList<Alert> AlertEngine::worstFirst(QList<Alert> alerts) {
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const Alert &a, const Alert &b) { return a.state > b.state; });
    return alerts;
}

QString AlertEngine::stateLabel(AlertState state) {
    switch (state) {
    case AlertState::Ok:
        return tr("OK");
    case AlertState::Warning:
        return tr("Warning");
    case AlertState::Critical:
        return tr("Critical");
    }
    return {};
}

QString AlertEngine::ruleLabel(AlertRule rule) {
    switch (rule) {
    case AlertRule::FleetRatio:
        return tr("Fleet not-bad ratio");
    case AlertRule::DeviceBadSessions:
        return tr("Devices with bad sessions");
    case AlertRule::DeviceSilent:
        return tr("Silent devices");
    case AlertRule::BadShare:
        return tr("Bad-session share");
    case AlertRule::LicenceExpiry:
        return tr("Licence expiry");
    case AlertRule::ForecastMinutes:
        return tr("Month's minutes forecast");
    }
    return {};
}

QString AlertEngine::stateKey(AlertState state) {
    switch (state) {
    case AlertState::Ok:
        return QStringLiteral("ok");
    case AlertState::Warning:
        return QStringLiteral("warning");
    case AlertState::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

} // namespace trro
