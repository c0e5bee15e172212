#include "alertcheck.h"

#include "textsafety.h"

#include <algorithm>
#include <climits>
#include <functional>

namespace trro {
namespace {

constexpr qsizetype MaxLineLength = 1000;

CheckStatus statusOf(AlertState state) {
    switch (state) {
    case AlertState::Ok:
        return CheckStatus::Ok;
    case AlertState::Warning:
        return CheckStatus::Warning;
    case AlertState::Critical:
        return CheckStatus::Critical;
    }
    return CheckStatus::Unknown;
}

// One line, no control characters, no '|' (it starts the performance data), bounded.
QString oneLine(const QString &text) {
    QString spaced = text;
    for (const QChar c : {u'\n', u'\r', u'\t'})
        spaced.replace(c, QLatin1Char(' '));
    QString line = stripControls(spaced).simplified();
    line.replace(QLatin1Char('|'), QLatin1Char('/'));
    if (line.size() > MaxLineLength)
        line = line.left(MaxLineLength - 1) + QChar(0x2026);
    return line;
}

// The finding of one figure: CRITICAL when its critical range alerts, else WARNING when its
// warning range does; describe makes the text from why ("below 90%").
void addFinding(QList<CheckFinding> *findings, const CheckLimits &limits, double value,
                const QString &unit, const std::function<QString(const QString &)> &describe) {
    if (limits.critical && limits.critical->alerts(value))
        findings->append(
            {CheckStatus::Critical, describe(limits.critical->violation(value, unit))});
    else if (limits.warning && limits.warning->alerts(value))
        findings->append({CheckStatus::Warning, describe(limits.warning->violation(value, unit))});
}

QString rangeText(const std::optional<CheckRange> &range) {
    return range ? range->text() : QString();
}

// label=N, or label=N;warn;crit;0 when it has a range.
QString countData(const QString &label, qint64 value, const CheckLimits &limits) {
    const QString data = QStringLiteral("%1=%2").arg(label).arg(qMax<qint64>(value, 0));
    if (!limits.warning && !limits.critical)
        return data;
    return data +
           QStringLiteral(";%1;%2;0").arg(rangeText(limits.warning), rangeText(limits.critical));
}

} // namespace

QString AlertCheck::statusName(CheckStatus status) {
    switch (status) {
    case CheckStatus::Ok:
        return QStringLiteral("OK");
    case CheckStatus::Warning:
        return QStringLiteral("WARNING");
    case CheckStatus::Critical:
        return QStringLiteral("CRITICAL");
    case CheckStatus::Unknown:
        return QStringLiteral("UNKNOWN");
    }
    return {};
}

QString checkMetricName(CheckMetric metric) {
    switch (metric) {
    case CheckMetric::Ratio:
        return QStringLiteral("ratio");
    case CheckMetric::Sessions:
        return QStringLiteral("sessions");
    case CheckMetric::Minutes:
        return QStringLiteral("minutes");
    case CheckMetric::BadSessions:
        return QStringLiteral("bad-sessions");
    case CheckMetric::LicenceDays:
        return QStringLiteral("licence-days");
    case CheckMetric::ForecastMinutes:
        return QStringLiteral("forecast-minutes");
    }
    return {};
}

bool isSessionMetric(CheckMetric metric) {
    return metric != CheckMetric::LicenceDays && metric != CheckMetric::ForecastMinutes;
}

bool parseCheckMetric(const QString &name, CheckMetric *metric) {
    for (const CheckMetric m :
         {CheckMetric::Ratio, CheckMetric::Sessions, CheckMetric::Minutes, CheckMetric::BadSessions,
          CheckMetric::LicenceDays, CheckMetric::ForecastMinutes}) {
        if (name == checkMetricName(m)) {
            *metric = m;
            return true;
        }
    }
    return false;
}

CheckLimits &CheckThresholds::of(CheckMetric metric) {
    switch (metric) {
    case CheckMetric::Sessions:
        return sessions;
    case CheckMetric::Minutes:
        return minutes;
    case CheckMetric::BadSessions:
        return badSessions;
    case CheckMetric::LicenceDays:
        return licenceDays;
    case CheckMetric::ForecastMinutes:
        return forecastMinutes;
    case CheckMetric::Ratio:
        break;
    }
    return ratio;
}

QString AlertCheck::perfData(const CheckFigures &figures, const CheckThresholds &thresholds) {
    const SessionTotals &totals = figures.totals;
    QStringList labels;
    if (figures.sessionFigures) {
        const QString ratio =
            totals.sessionNum > 0
                ? QStringLiteral("%1%").arg(qBound(0, totals.notBadSessionRatio, 100))
                : QStringLiteral("U");
        labels << QStringLiteral("ratio=%1;%2;%3;0;100")
                      .arg(ratio, rangeText(thresholds.ratio.warning),
                           rangeText(thresholds.ratio.critical))
               << countData(QStringLiteral("sessions"), totals.sessionNum, thresholds.sessions)
               << countData(QStringLiteral("minutes"), totals.totalDuration, thresholds.minutes);
    }
    if (figures.badSessions)
        labels << countData(QStringLiteral("bad-sessions"), *figures.badSessions,
                            thresholds.badSessions);
    if (figures.licence) // negative once expired: no minimum
        labels << QStringLiteral("licence-days=%1;%2;%3")
                      .arg(figures.licence->days)
                      .arg(rangeText(thresholds.licenceDays.warning),
                           rangeText(thresholds.licenceDays.critical));
    if (figures.forecast)
        labels << countData(QStringLiteral("forecast-minutes"), figures.forecast->forecast,
                            thresholds.forecastMinutes)
               << countData(QStringLiteral("month-minutes"), figures.forecast->monthToDate, {});
    return labels.join(QLatin1Char(' '));
}

void AlertCheck::sessionFindings(QList<CheckFinding> *findings, const CheckFigures &figures,
                                 const CheckThresholds &thresholds) {
    const SessionTotals &totals = figures.totals;
    const qint64 sessions = qMax<qint64>(totals.sessionNum, 0);
    const int n = int(qMin<qint64>(sessions, INT_MAX));
    const int ratio = qBound(0, totals.notBadSessionRatio, 100);
    if (sessions > 0)
        addFinding(
            findings, thresholds.ratio, ratio, QStringLiteral("%"), [n, ratio](const QString &why) {
                return tr("not-bad ratio %1% %2 (%n session(s))", nullptr, n).arg(ratio).arg(why);
            });
    addFinding(findings, thresholds.sessions, double(sessions), {},
               [n](const QString &why) { return tr("%n session(s), %1", nullptr, n).arg(why); });
    const qint64 minutes = qMax<qint64>(totals.totalDuration, 0);
    addFinding(findings, thresholds.minutes, double(minutes), {}, [minutes](const QString &why) {
        return tr("%n minute(s) of sessions, %1", nullptr, int(qMin<qint64>(minutes, INT_MAX)))
            .arg(why);
    });
}

void AlertCheck::usageFindings(QList<CheckFinding> *findings, const CheckFigures &figures,
                               const CheckThresholds &thresholds) {
    if (figures.licence) {
        const CheckLicenceDays licence = *figures.licence;
        addFinding(findings, thresholds.licenceDays, double(licence.days), {},
                   [&licence](const QString &why) { return licenceText(licence, why); });
    }
    if (figures.forecast) {
        const UsageForecast &f = *figures.forecast;
        addFinding(findings, thresholds.forecastMinutes, double(f.forecast), {},
                   [&f](const QString &why) { return forecastText(f, why); });
    }
}

QString AlertCheck::licenceText(const CheckLicenceDays &licence, const QString &why) {
    const qint64 days = licence.days;
    const int shown = int(qMin<qint64>(days < 0 ? -days : days, INT_MAX));
    const QString text = days < 0 ? tr("the licence of %1 expired %n day(s) ago", nullptr, shown)
                                  : tr("the licence of %1 expires in %n day(s)", nullptr, shown);
    const QString named = text.arg(licence.deviceId);
    return why.isEmpty() ? named : named + QLatin1String(", ") + why;
}

QString AlertCheck::forecastText(const UsageForecast &f, const QString &why) {
    const QString text = tr("month-end forecast %1 minutes (%2 to %3; %4 so far)")
                             .arg(f.forecast)
                             .arg(f.low)
                             .arg(f.high)
                             .arg(f.monthToDate);
    return why.isEmpty() ? text : text + QLatin1String(", ") + why;
}

CheckResult AlertCheck::evaluate(const CheckFigures &figures, const CheckThresholds &thresholds,
                                 const QList<Alert> &alerts) {
    QList<CheckFinding> findings;
    if (figures.sessionFigures)
        sessionFindings(&findings, figures, thresholds);
    if (figures.badSessions) {
        const qint64 bad = qMax<qint64>(*figures.badSessions, 0);
        addFinding(&findings, thresholds.badSessions, double(bad), {}, [bad](const QString &why) {
            return tr("%n bad session(s), %1", nullptr, int(qMin<qint64>(bad, INT_MAX))).arg(why);
        });
    }
    const qint64 sessions = qMax<qint64>(figures.totals.sessionNum, 0);
    if (figures.sessionFigures && sessions < thresholds.minSessions)
        findings.append({CheckStatus::Warning, tr("%n session(s), fewer than %1", nullptr,
                                                  int(qMin<qint64>(sessions, INT_MAX)))
                                                   .arg(thresholds.minSessions)});
    usageFindings(&findings, figures, thresholds);
    for (const Alert &alert : alerts) {
        if (alert.state != AlertState::Ok)
            findings.append({statusOf(alert.state), alert.summary});
    }
    std::stable_sort(
        findings.begin(), findings.end(),
        [](const CheckFinding &a, const CheckFinding &b) { return int(a.status) > int(b.status); });
    CheckResult result;
    result.status = findings.isEmpty() ? CheckStatus::Ok : findings.front().status;
    QStringList texts;
    for (const CheckFinding &f : std::as_const(findings))
        texts << f.text;
    if (texts.isEmpty())
        texts << okText(figures);
    result.line = QStringLiteral("TRRO %1 - %2 | %3")
                      .arg(statusName(result.status), oneLine(texts.join(QLatin1String("; "))),
                           perfData(figures, thresholds));
    return result;
}

// What an OK line says: the figure the check is about.
QString AlertCheck::okText(const CheckFigures &figures) {
    QStringList texts;
    if (figures.sessionFigures) {
        const qint64 sessions = qMax<qint64>(figures.totals.sessionNum, 0);
        const int n = int(qMin<qint64>(sessions, INT_MAX));
        texts << (sessions > 0 ? tr("not-bad ratio %1% (%n session(s))", nullptr, n)
                                     .arg(qBound(0, figures.totals.notBadSessionRatio, 100))
                               : tr("no sessions"));
    }
    if (figures.licence)
        texts << licenceText(*figures.licence, {});
    if (figures.forecast)
        texts << forecastText(*figures.forecast, {});
    return texts.join(QLatin1String("; "));
}

CheckResult AlertCheck::unknown(const QString &reason) {
    CheckResult result;
    result.status = CheckStatus::Unknown;
    const QString text = oneLine(reason);
    result.line = QStringLiteral("TRRO UNKNOWN - %1")
                      .arg(text.isEmpty() ? tr("the data could not be had") : text);
    return result;
}

} // namespace trro
