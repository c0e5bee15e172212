#pragma once

#include "appsettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace trro {

// The alert rules and their thresholds, shared by the dashboard's alerts panel and
// "trro-stats check". Percentages are integer percent 0..100, like the service's ratios.
struct AlertRules {
    // The fleet's not-bad ratio below a threshold for N consecutive intervals (the latest ones
    // with sessions).
    bool fleetRatioEnabled = true;
    int fleetRatioWarning = 90;
    int fleetRatioCritical = 80;
    int fleetRatioIntervals = 3;
    // A device with at least K bad sessions within the last window.
    bool deviceBadEnabled = true;
    int deviceBadWarning = 3;
    int deviceBadCritical = 5;
    int deviceBadWindowHours = 24;
    // A device silent for H hours while it usually reports (at least minSessions sessions in
    // the history before it went silent).
    bool deviceSilentEnabled = true;
    int deviceSilentWarningHours = 24;
    int deviceSilentCriticalHours = 72;
    int deviceSilentMinSessions = 3;
    // The session list's bad-session share above a threshold (with at least minSessions).
    bool badShareEnabled = true;
    int badShareWarning = 10;
    int badShareCritical = 20;
    int badShareMinSessions = 5;
    // A device's licence that expires within N days of the clock's present (an expired one
    // included): warning within warningDays, critical within criticalDays. Off by default: it
    // asks for the project's licences (GetDevices) on every refresh.
    bool licenceExpiryEnabled = false;
    int licenceExpiryWarningDays = 30;
    int licenceExpiryCriticalDays = 7;
    // The month's session minutes forecast to its end (usageforecast.h) above N. Off by
    // default: it asks for the month's days (GetDurationDetails) on every refresh.
    bool forecastMinutesEnabled = false;
    int forecastMinutesWarning = 100000;
    int forecastMinutesCritical = 150000;

    friend bool operator==(const AlertRules &, const AlertRules &) = default;
};

// One number of the rules: its name in the rules file, its setting, its field and its bounds.
struct AlertRuleNumber {
    const char *group; // "fleetRatio", "deviceBadSessions", "deviceSilent", "badShare",
                       // "licenceExpiry", "forecastMinutes"
    const char *name;  // "warning", "critical", ...
    const SettingKey<int> *key;
    int AlertRules::*field;
    int min, max;
};
const QList<AlertRuleNumber> &alertRuleNumbers();

struct AlertRuleSwitch {
    const char *group;
    const SettingKey<bool> *key;
    bool AlertRules::*field;
};
const QList<AlertRuleSwitch> &alertRuleSwitches();

// Empty when the thresholds are consistent (a critical level at least as severe as the warning
// one); else a translated sentence naming the first problem.
QString alertRulesProblem(const AlertRules &rules);

// Through the settings facade: values out of their bounds read as the default, and
// inconsistent rules as the defaults of that rule.
AlertRules loadAlertRules(const AppSettings &settings);
void saveAlertRules(AppSettings &settings, const AlertRules &rules);

// The rules file (JSON), shared by the dashboard and trro-stats check:
//   {"version": 1, "fleetRatio": {"enabled": true, "warning": 90, "critical": 80,
//    "intervals": 3}, "deviceBadSessions": {...}, "deviceSilent": {...}, "badShare": {...},
//    "licenceExpiry": {"enabled": false, "warningDays": 30, "criticalDays": 7},
//    "forecastMinutes": {"enabled": false, "warning": 100000, "critical": 150000}}
// Missing groups and fields keep their defaults; unknown names, wrong types, numbers out of
// range, inconsistent thresholds and files over MaxRulesFileBytes are refused with *error.
constexpr qsizetype MaxRulesFileBytes = 64 * 1024;
bool parseAlertRules(const QByteArray &json, AlertRules *rules, QString *error);
QByteArray alertRulesJson(const AlertRules &rules);
// Reads and parses the file; *error names the file's problem.
bool readAlertRulesFile(const QString &fileName, AlertRules *rules, QString *error);
// Writes alertRulesJson() atomically; false with *error.
bool writeAlertRulesFile(const QString &fileName, const AlertRules &rules, QString *error);

} // namespace trro
