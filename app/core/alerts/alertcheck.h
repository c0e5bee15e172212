#pragma once

#include "alertengine.h"
#include "checkrange.h"
#include "types.h"
#include "usageforecast.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace trro {

// "trro-stats check": the figures of the whole range against warning and critical ranges (the
// not-bad ratio always, the number of sessions, their minutes and the bad sessions when asked),
// the number of sessions against a minimum, and (with a rules file) the alert rules, folded into
// one line in the Monitoring Plugins format:
//   TRRO OK|WARNING|CRITICAL|UNKNOWN - <what is wrong, worst first> | <perfdata>

// What -w and -c apply to (--metric). LicenceDays and ForecastMinutes are checks of their own:
// the session figures (ratio, sessions, minutes, the minimum of sessions) are not part of them.
enum class CheckMetric { Ratio, Sessions, Minutes, BadSessions, LicenceDays, ForecastMinutes };
// ratio | sessions | minutes | bad-sessions | licence-days | forecast-minutes
QString checkMetricName(CheckMetric metric);
bool isSessionMetric(CheckMetric metric);
bool parseCheckMetric(const QString &name, CheckMetric *metric);

struct CheckLimits {
    std::optional<CheckRange> warning;
    std::optional<CheckRange> critical;

    friend bool operator==(const CheckLimits &, const CheckLimits &) = default;
};

struct CheckThresholds {
    static constexpr int DefaultWarningRatio = 90;
    static constexpr int DefaultCriticalRatio = 80;
    // In percent (0 to 100, the service's integer NotBadSessionRatio); only with sessions.
    CheckLimits ratio{CheckRange::atLeast(DefaultWarningRatio),
                      CheckRange::atLeast(DefaultCriticalRatio)};
    CheckLimits sessions;
    CheckLimits minutes;
    CheckLimits badSessions;
    // The fewest whole days left of a device's licence (negative once expired).
    static constexpr int DefaultWarningDays = 30;
    static constexpr int DefaultCriticalDays = 7;
    CheckLimits licenceDays{CheckRange::atLeast(DefaultWarningDays),
                            CheckRange::atLeast(DefaultCriticalDays)};
    CheckLimits forecastMinutes; // the month-end forecast of the session minutes
    qint64 minSessions = 1;      // fewer: WARNING

    CheckLimits &of(CheckMetric metric);
};

// The figures of the range: the totals, and the bad sessions of its session list when counted;
// for the usage metrics, the device whose licence runs out first and the month's forecast.
struct CheckLicenceDays {
    QString deviceId;
    qint64 days = 0; // whole days left, negative once expired (remainingDays())
};
struct CheckFigures {
    SessionTotals totals;
    std::optional<qint64> badSessions;
    bool sessionFigures = true; // false: totals and the minimum of sessions are not checked
    std::optional<CheckLicenceDays> licence{};
    std::optional<UsageForecast> forecast{};
};

// The exit status is the status's value.
enum class CheckStatus { Ok = 0, Warning = 1, Critical = 2, Unknown = 3 };

// One thing that is wrong, with the status it gives.
struct CheckFinding {
    CheckStatus status;
    QString text;
};

struct CheckResult {
    CheckStatus status = CheckStatus::Unknown;
    QString line; // without the newline

    friend bool operator==(const CheckResult &, const CheckResult &) = default;
};

class AlertCheck final {
    Q_DECLARE_TR_FUNCTIONS(trro::AlertCheck)
public:
    static CheckResult evaluate(const CheckFigures &figures, const CheckThresholds &thresholds,
                                const QList<Alert> &alerts = {});
    // Any failure to get the data: UNKNOWN with the reason (made one safe line).
    static CheckResult unknown(const QString &reason);
    // ratio=<N>%;<warn>;<crit>;0;100 sessions=<N> minutes=<N> (ratio=U without sessions), then
    // bad-sessions=<N> when counted; the others carry ;<warn>;<crit>;0 when they have ranges.
    // Without the session figures those are left out; then licence-days=<N>;<warn>;<crit> and
    // forecast-minutes=<N>;<warn>;<crit>;0 month-minutes=<N> when they are there.
    static QString perfData(const CheckFigures &figures, const CheckThresholds &thresholds);
    static QString statusName(CheckStatus status); // OK | WARNING | CRITICAL | UNKNOWN

private:
    static void sessionFindings(QList<CheckFinding> *findings, const CheckFigures &figures,
                                const CheckThresholds &thresholds);
    static void usageFindings(QList<CheckFinding> *findings, const CheckFigures &figures,
                              const CheckThresholds &thresholds);
    static QString licenceText(const CheckLicenceDays &licence, const QString &why);
    static QString forecastText(const UsageForecast &forecast, const QString &why);
    static QString okText(const CheckFigures &figures);
};

} // namespace trro
