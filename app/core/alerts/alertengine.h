#pragma once

#include "alertrules.h"
#include "timerange.h"
#include "types.h"
#include "usagetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <optional>

namespace trro {

enum class AlertState { Ok, Warning, Critical };
enum class AlertRule {
    FleetRatio,
    DeviceBadSessions,
    DeviceSilent,
    BadShare,
    LicenceExpiry,
    ForecastMinutes
};

// What made a rule warn: the fleet intervals, the devices (worst first) and the sessions.
struct AlertEvidence {
    QList<TimeWindow> intervals;
    QStringList devices;
    QStringList sessions;

    bool isEmpty() const { return intervals.isEmpty() && devices.isEmpty() && sessions.isEmpty(); }
    friend bool operator==(const AlertEvidence &, const AlertEvidence &) = default;
};

// One rule's verdict.
struct Alert {
    AlertRule rule = AlertRule::FleetRatio;
    AlertState state = AlertState::Ok;
    QString summary; // one translated line
    AlertEvidence evidence;

    friend bool operator==(const Alert &, const Alert &) = default;
};

// What the rules are evaluated on. Every list may come from the network: any order, any values.
struct AlertInput {
    qint64 now = 0;                               // unix seconds
    std::optional<QList<IntervalBucket>> fleet;   // the fleet's interval series
    std::optional<QList<DeviceSession>> sessions; // the session list of the range
    QList<Device> devices; // optional: their LastReportTime counts as a sign of life
    // The clock's present, which licences expire and the month is forecast against (0: now).
    qint64 clockNow = 0;
    std::optional<QList<DeviceLicence>> licences; // GetDevices of the project
    // GetDurationDetails of the project over forecastRange(clockNow).
    std::optional<QList<UsageDay>> usageDays;

    qint64 present() const { return clockNow > 0 ? clockNow : now; }
};

// The most evidence kept per alert (the counts in the summary stay exact).
constexpr qsizetype MaxEvidenceDevices = 50;
constexpr qsizetype MaxEvidenceSessions = 200;

class AlertEngine final {
    Q_DECLARE_TR_FUNCTIONS(trro::AlertEngine)
public:
    // One alert per enabled rule whose input is there, in the order of AlertRule. Pure: the
    // same input gives the same answer.
    static QList<Alert> evaluate(const AlertRules &rules, const AlertInput &input);

    static Alert fleetRatio(const AlertRules &rules, const QList<IntervalBucket> &fleet,
                            qint64 now);
    static Alert deviceBadSessions(const AlertRules &rules, const QList<DeviceSession> &sessions,
                                   qint64 now);
    static Alert deviceSilent(const AlertRules &rules, const QList<DeviceSession> &sessions,
                              const QList<Device> &devices, qint64 now);
    static Alert badShare(const AlertRules &rules, const QList<DeviceSession> &sessions);
    // The devices whose licence expires within the warning days of now (alertengineusage.cpp).
    static Alert licenceExpiry(const AlertRules &rules, const QList<DeviceLicence> &devices,
                               qint64 now);
    // The month-end forecast of the session minutes at now (forecastMonth) above the thresholds.
    static Alert forecastMinutes(const AlertRules &rules, const QList<UsageDay> &days, qint64 now);

    static AlertState worst(const QList<Alert> &alerts);
    // Critical first, then warnings, then the rest, each in rule order.
    static QList<Alert> worstFirst(QList<Alert> alerts);
    static QString stateLabel(AlertState state); // translated
    static QString ruleLabel(AlertRule rule);    // translated
    static QString stateKey(AlertState state);   // "ok" | "warning" | "critical"
};

} // namespace trro

Q_DECLARE_METATYPE(trro::Alert)
