#include "alertrules.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStringList>
#include <cmath>

namespace trro {

// The translation context of the rules' messages.
struct AlertRulesText {
    Q_DECLARE_TR_FUNCTIONS(trro::AlertRules)
};

namespace {

constexpr auto FleetRatio = "fleetRatio";
constexpr auto DeviceBad = "deviceBadSessions";
constexpr auto DeviceSilent = "deviceSilent";
constexpr auto BadShare = "badShare";
constexpr auto LicenceExpiry = "licenceExpiry";
constexpr auto ForecastMinutes = "forecastMinutes";
constexpr int MaxDays = 366;
constexpr int MaxMinutes = 1'000'000'000;
constexpr int MaxHours = 24 * 366;

} // namespace

const QList<AlertRuleNumber> &alertRuleNumbers() {
    using S = AppSettings;
    using R = AlertRules;
    static const QList<AlertRuleNumber> numbers{
        {FleetRatio, "warning", &S::AlertFleetRatioWarning, &R::fleetRatioWarning, 0, 100},
        {FleetRatio, "critical", &S::AlertFleetRatioCritical, &R::fleetRatioCritical, 0, 100},
        {FleetRatio, "intervals", &S::AlertFleetRatioIntervals, &R::fleetRatioIntervals, 1, 1000},
        {DeviceBad, "warning", &S::AlertDeviceBadWarning, &R::deviceBadWarning, 1, 100000},
        {DeviceBad, "critical", &S::AlertDeviceBadCritical, &R::deviceBadCritical, 1, 100000},
        {DeviceBad, "windowHours", &S::AlertDeviceBadWindowHours, &R::deviceBadWindowHours, 1,
         MaxHours},
        {DeviceSilent, "warningHours", &S::AlertDeviceSilentWarningHours,
         &R::deviceSilentWarningHours, 1, MaxHours},
        {DeviceSilent, "criticalHours", &S::AlertDeviceSilentCriticalHours,
         &R::deviceSilentCriticalHours, 1, MaxHours},
        {DeviceSilent, "minSessions", &S::AlertDeviceSilentMinSessions, &R::deviceSilentMinSessions,
         1, 100000},
        {BadShare, "warning", &S::AlertBadShareWarning, &R::badShareWarning, 0, 100},
        {BadShare, "critical", &S::AlertBadShareCritical, &R::badShareCritical, 0, 100},
        {BadShare, "minSessions", &S::AlertBadShareMinSessions, &R::badShareMinSessions, 1, 100000},
        {LicenceExpiry, "warningDays", &S::AlertLicenceExpiryWarningDays,
         &R::licenceExpiryWarningDays, 0, MaxDays},
        {LicenceExpiry, "criticalDays", &S::AlertLicenceExpiryCriticalDays,
         &R::licenceExpiryCriticalDays, 0, MaxDays},
        {ForecastMinutes, "warning", &S::AlertForecastMinutesWarning, &R::forecastMinutesWarning, 0,
         MaxMinutes},
        {ForecastMinutes, "critical", &S::AlertForecastMinutesCritical, &R::forecastMinutesCritical,
         0, MaxMinutes},
    };
    return numbers;
}

const QList<AlertRuleSwitch> &alertRuleSwitches() {
    using S = AppSettings;
    using R = AlertRules;
    static const QList<AlertRuleSwitch> switches{
        {FleetRatio, &S::AlertFleetRatioEnabled, &R::fleetRatioEnabled},
        {DeviceBad, &S::AlertDeviceBadEnabled, &R::deviceBadEnabled},
        {DeviceSilent, &S::AlertDeviceSilentEnabled, &R::deviceSilentEnabled},
        {BadShare, &S::AlertBadShareEnabled, &R::badShareEnabled},
        {LicenceExpiry, &S::AlertLicenceExpiryEnabled, &R::licenceExpiryEnabled},
        {ForecastMinutes, &S::AlertForecastMinutesEnabled, &R::forecastMinutesEnabled},
    };
    return switches;
}

QString alertRulesProblem(const AlertRules &r) {
    if (r.fleetRatioCritical > r.fleetRatioWarning)
        return AlertRulesText::tr(
                   "fleetRatio: the critical ratio (%1) must not be above the warning one (%2).")
            .arg(r.fleetRatioCritical)
            .arg(r.fleetRatioWarning);
    if (r.deviceBadCritical < r.deviceBadWarning)
        return AlertRulesText::tr(
                   "deviceBadSessions: the critical count (%1) must not be below the warning "
                   "one (%2).")
            .arg(r.deviceBadCritical)
            .arg(r.deviceBadWarning);
    if (r.deviceSilentCriticalHours < r.deviceSilentWarningHours)
        return AlertRulesText::tr(
                   "deviceSilent: the critical hours (%1) must not be below the warning ones "
                   "(%2).")
            .arg(r.deviceSilentCriticalHours)
            .arg(r.deviceSilentWarningHours);
    if (r.badShareCritical < r.badShareWarning)
        return AlertRulesText::tr(
                   "badShare: the critical share (%1) must not be below the warning one (%2).")
            .arg(r.badShareCritical)
            .arg(r.badShareWarning);
    if (r.licenceExpiryCriticalDays > r.licenceExpiryWarningDays)
        return AlertRulesText::tr("licenceExpiry: the critical days (%1) must not be above the "
                                  "warning ones (%2).")
            .arg(r.licenceExpiryCriticalDays)
            .arg(r.licenceExpiryWarningDays);
    if (r.forecastMinutesCritical < r.forecastMinutesWarning)
        return AlertRulesText::tr("forecastMinutes: the critical minutes (%1) must not be below "
                                  "the warning ones (%2).")
            .arg(r.forecastMinutesCritical)
            .arg(r.forecastMinutesWarning);
    return {};
}

AlertRules loadAlertRules(const AppSettings &settings) {
    AlertRules rules;
    for (const AlertRuleSwitch &s : alertRuleSwitches())
        rules.*s.field = settings.value(*s.key);
    for (const AlertRuleNumber &n : alertRuleNumbers()) {
        const int value = settings.value(*n.key);
        rules.*n.field = value >= n.min && value <= n.max ? value : n.key->defaultValue;
    }
    const AlertRules defaults;
    if (rules.fleetRatioCritical > rules.fleetRatioWarning) {
        rules.fleetRatioWarning = defaults.fleetRatioWarning;
        rules.fleetRatioCritical = defaults.fleetRatioCritical;
    }
    if (rules.deviceBadCritical < rules.deviceBadWarning) {
        rules.deviceBadWarning = defaults.deviceBadWarning;
        rules.deviceBadCritical = defaults.deviceBadCritical;
    }
    if (rules.deviceSilentCriticalHours < rules.deviceSilentWarningHours) {
        rules.deviceSilentWarningHours = defaults.deviceSilentWarningHours;
        rules.deviceSilentCriticalHours = defaults.deviceSilentCriticalHours;
    }
    if (rules.badShareCritical < rules.badShareWarning) {
        rules.badShareWarning = defaults.badShareWarning;
        rules.badShareCritical = defaults.badShareCritical;
    }
    if (rules.licenceExpiryCriticalDays > rules.licenceExpiryWarningDays) {
        rules.licenceExpiryWarningDays = defaults.licenceExpiryWarningDays;
        rules.licenceExpiryCriticalDays = defaults.licenceExpiryCriticalDays;
    }
    if (rules.forecastMinutesCritical < rules.forecastMinutesWarning) {
        rules.forecastMinutesWarning = defaults.forecastMinutesWarning;
        rules.forecastMinutesCritical = defaults.forecastMinutesCritical;
    }
    return rules;
}

void saveAlertRules(AppSettings &settings, const AlertRules &rules) {
    if (!alertRulesProblem(rules).isEmpty())
        return;
    for (const AlertRuleSwitch &s : alertRuleSwitches())
        settings.setValue(*s.key, rules.*s.field);
    for (const AlertRuleNumber &n : alertRuleNumbers()) {
        const int value = rules.*n.field;
        if (value >= n.min && value <= n.max)
            settings.setValue(*n.key, value);
    }
}

namespace {

// The groups of the rules file, in the order of alertRulesJson().
QStringList ruleGroups() {
    QStringList groups;
    for (const AlertRuleSwitch &s : alertRuleSwitches())
        groups << QLatin1String(s.group);
    return groups;
}

bool parseGroup(const QString &group, const QJsonObject &object, AlertRules *rules,
                QString *error) {
    QSet<QString> known{QStringLiteral("enabled")};
    for (const AlertRuleNumber &n : alertRuleNumbers()) {
        if (QLatin1String(n.group) == group)
            known.insert(QLatin1String(n.name));
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error =
                AlertRulesText::tr("%1: unknown setting \"%2\".").arg(group, it.key().left(64));
            return false;
        }
    }
    for (const AlertRuleSwitch &s : alertRuleSwitches()) {
        if (QLatin1String(s.group) != group || !object.contains(QLatin1String("enabled")))
            continue;
        const QJsonValue v = object.value(QLatin1String("enabled"));
        if (!v.isBool()) {
            *error = AlertRulesText::tr("%1.enabled must be true or false.").arg(group);
            return false;
        }
        rules->*s.field = v.toBool();
    }
    for (const AlertRuleNumber &n : alertRuleNumbers()) {
        const QString name = QLatin1String(n.name);
        if (QLatin1String(n.group) != group || !object.contains(name))
            continue;
        const double v = object.value(name).toDouble(-1e300);
        if (!object.value(name).isDouble() || !(v >= n.min && v <= n.max) || v != std::floor(v)) {
            *error = AlertRulesText::tr("%1.%2 must be a whole number from %3 to %4.")
                         .arg(group, name)
                         .arg(n.min)
                         .arg(n.max);
            return false;
        }
        rules->*n.field = int(v);
    }
    return true;
}

} // namespace

bool parseAlertRules(const QByteArray &json, AlertRules *rules, QString *error) {
    if (json.size() > MaxRulesFileBytes) {
        *error = AlertRulesText::tr("The rules file is larger than %1 KiB.")
                     .arg(MaxRulesFileBytes / 1024);
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = AlertRulesText::tr("The rules file is not a JSON object.");
        return false;
    }
    const QJsonObject root = document.object();
    AlertRules parsed;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("version")) {
            if (it.value().toDouble() != 1) {
                *error = AlertRulesText::tr("The rules file's version must be 1.");
                return false;
            }
            continue;
        }
        const bool isGroup = ruleGroups().contains(it.key());
        if (!isGroup || !it.value().isObject()) {
            *error = isGroup ? AlertRulesText::tr("%1 must be an object.").arg(it.key())
                             : AlertRulesText::tr("Unknown rule \"%1\".").arg(it.key().left(64));
            return false;
        }
        if (!parseGroup(it.key(), it.value().toObject(), &parsed, error))
            return false;
    }
    const QString problem = alertRulesProblem(parsed);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    *rules = parsed;
    return true;
}

QByteArray alertRulesJson(const AlertRules &rules) {
    QJsonObject root{{QStringLiteral("version"), 1}};
    for (const char *group :
         {FleetRatio, DeviceBad, DeviceSilent, BadShare, LicenceExpiry, ForecastMinutes}) {
        QJsonObject object;
        for (const AlertRuleSwitch &s : alertRuleSwitches()) {
            if (qstrcmp(s.group, group) == 0)
                object.insert(QStringLiteral("enabled"), rules.*s.field);
        }
        for (const AlertRuleNumber &n : alertRuleNumbers()) {
            if (qstrcmp(n.group, group) == 0)
                object.insert(QLatin1String(n.name), rules.*n.field);
        }
        root.insert(QLatin1String(group), object);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool readAlertRulesFile(const QString &fileName, AlertRules *rules, QString *error) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = AlertRulesText::tr("Cannot read the rules file %1: %2")
                     .arg(fileName, file.errorString());
        return false;
    }
    const QByteArray data = file.read(MaxRulesFileBytes + 1);
    QString problem;
    if (!parseAlertRules(data, rules, &problem)) {
        *error = AlertRulesText::tr("The rules file %1: %2").arg(fileName, problem);
        return false;
    }
    return true;
}

bool writeAlertRulesFile(const QString &fileName, const AlertRules &rules, QString *error) {
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(alertRulesJson(rules)) < 0 ||
        !file.commit()) {
        *error = AlertRulesText::tr("Cannot write the rules file %1: %2")
                     .arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace trro
