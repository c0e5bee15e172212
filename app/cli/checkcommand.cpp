#include "checkcommand.h"

#include "clisession.h"
#include "clock.h"
#include "licencesummary.h"
#include "requestscheduler.h"
#include "textsafety.h"
#include "trroapi.h"
#include "usageapi.h"
#include "usageforecast.h"

#include <QCommandLineParser>
#include <algorithm>
#include <utility>

namespace trro::cli {
namespace {

constexpr auto DefaultCheckFrom = "-24h";
// Below the 60 s after which Nagios and Icinga give up on a check themselves.
constexpr int DefaultTimeoutMs = 50'000;

// A whole number in [min, max] from an option, or false with *error.
bool readNumber(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                qint64 *value, QString *error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 v = parser.value(name).trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = CheckCommand::tr("--%1 expects a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name).left(64));
        return false;
    }
    *value = v;
    return true;
}

} // namespace

void CheckCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    parser.addOptions({
        {QStringLiteral("device"), tr("Check this device only. Default: the whole project."),
         tr("ID")},
        {QStringLiteral("from"),
         tr("Start of the range (default -24h); the same forms as the other commands' --from."),
         tr("T")},
        {QStringLiteral("to"), tr("End of the range (default now)."), tr("T")},
        {QStringLiteral("metric"),
         tr("What -w and -c apply to: ratio (the not-bad ratio in percent, 0 to 100; the "
            "default), sessions, minutes (of the sessions) or bad-sessions (of the session "
            "list); or, as a check of its own as of --to, licence-days (the fewest whole days "
            "left of a device's licence, negative once expired; -w 30: -c 7: unless given) or "
            "forecast-minutes (the month-end forecast of the session minutes)."),
         tr("NAME")},
        {{QStringLiteral("w"), QStringLiteral("warning")},
         tr("WARNING when the metric alerts against this range (Monitoring Plugins ranges: 10 "
            "is outside 0..10, 10: below 10, ~:10 above 10, 10:20 outside 10..20, @10:20 "
            "inside 10..20). Default for the ratio: 90:."),
         tr("RANGE")},
        {{QStringLiteral("c"), QStringLiteral("critical")},
         tr("CRITICAL when the metric alerts against this range. Default for the ratio: 80:."),
         tr("RANGE")},
        {QStringLiteral("warning-ratio"),
         tr("WARNING when the not-bad ratio of the range is below N percent: the same as "
            "--metric ratio -w N: (default 90)."),
         tr("N")},
        {QStringLiteral("critical-ratio"),
         tr("CRITICAL when the not-bad ratio of the range is below N percent: the same as "
            "--metric ratio -c N: (default 80)."),
         tr("N")},
        {QStringLiteral("min-sessions"),
         tr("WARNING when the range has fewer than N sessions (default 1)."), tr("N")},
        {QStringLiteral("rules"),
         tr("Also evaluate the alert rules of this JSON file (the dashboard's format); its "
            "fleetRatio thresholds are the ratio thresholds unless given above."),
         tr("FILE")},
        {{QStringLiteral("t"), QStringLiteral("timeout")},
         tr("UNKNOWN when the check has not ended after SEC seconds, credentials and every "
            "request included (default %1; before the command name too).")
             .arg(DefaultTimeoutMs / 1000),
         tr("SEC")},
    });
}

// check's --timeout is the time of the whole check, not of one attempt of a request.
QStringList CheckCommand::ownGlobalOptions() const {
    return {QStringLiteral("timeout")};
}

bool CheckCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    const QStringList devices = parser.values(QStringLiteral("device"));
    m_deviceId = devices.value(0).trimmed();
    if (devices.size() > 1 || (!devices.isEmpty() && m_deviceId.isEmpty())) {
        *error = tr("check takes at most one --device, with a device id.");
        return false;
    }
    if (!readThresholds(parser, error) || !readTimeout(parser, error))
        return false;
    // licence-days and forecast-minutes are as of --to: the range's start is not theirs.
    const bool asOfTo = !isSessionMetric(m_metric) && parser.isSet(QStringLiteral("to"));
    if (!readRange(parser, error,
                   asOfTo ? parser.value(QStringLiteral("to")) : QLatin1String(DefaultCheckFrom)))
        return false;
    // From now on: the credentials and the session's opening count too.
    m_timeout = Clock::system()->createTimer(this);
    connect(m_timeout, &ClockTimer::timeout, this, &CheckCommand::timedOut);
    m_timeout->start(qint64(m_timeoutMs) * 1000);
    return true;
}

bool CheckCommand::readThresholds(const QCommandLineParser &parser, QString *error) {
    if (parser.isSet(QStringLiteral("rules"))) {
        AlertRules rules;
        if (!readAlertRulesFile(parser.value(QStringLiteral("rules")), &rules, error))
            return false;
        m_rules = rules;
    }
    if (parser.isSet(QStringLiteral("metric"))) {
        const QString name = parser.value(QStringLiteral("metric"));
        if (!parseCheckMetric(name.trimmed().toLower(), &m_metric)) {
            *error = tr("--metric must be ratio, sessions, minutes, bad-sessions, licence-days "
                        "or forecast-minutes, not \"%1\".")
                         .arg(stripControls(name.left(64)));
            return false;
        }
    }
    return readNumber(parser, QStringLiteral("min-sessions"), 0, 1'000'000'000,
                      &m_thresholds.minSessions, error) &&
           readRatioAliases(parser, error) && readRanges(parser, error);
}

// --warning-ratio N and --critical-ratio N (else the rules file's, else 90 and 80): "N:".
bool CheckCommand::readRatioAliases(const QCommandLineParser &parser, QString *error) {
    qint64 warning = m_rules ? m_rules->fleetRatioWarning : CheckThresholds::DefaultWarningRatio;
    qint64 critical = m_rules ? m_rules->fleetRatioCritical : CheckThresholds::DefaultCriticalRatio;
    if (!readNumber(parser, QStringLiteral("warning-ratio"), 0, 100, &warning, error) ||
        !readNumber(parser, QStringLiteral("critical-ratio"), 0, 100, &critical, error))
        return false;
    const bool ranges =
        m_metric == CheckMetric::Ratio &&
        (parser.isSet(QStringLiteral("warning")) || parser.isSet(QStringLiteral("critical")));
    if (ranges && (parser.isSet(QStringLiteral("warning-ratio")) ||
                   parser.isSet(QStringLiteral("critical-ratio")))) {
        *error = tr("--warning-ratio and --critical-ratio are -w N: and -c N: of the ratio: give "
                    "either them or -w and -c.");
        return false;
    }
    if (!ranges && critical > warning) {
        *error = tr("The critical ratio (%1) must not be above the warning ratio (%2).")
                     .arg(critical)
                     .arg(warning);
        return false;
    }
    m_thresholds.ratio = {CheckRange::atLeast(warning), CheckRange::atLeast(critical)};
    return true;
}

// -w and -c: ranges of --metric.
bool CheckCommand::readRanges(const QCommandLineParser &parser, QString *error) {
    CheckLimits &limits = m_thresholds.of(m_metric);
    for (const auto &[name, range] : {std::pair{QStringLiteral("warning"), &limits.warning},
                                      std::pair{QStringLiteral("critical"), &limits.critical}}) {
        const QStringList values = parser.values(name);
        if (values.isEmpty())
            continue;
        QString why;
        const std::optional<CheckRange> parsed = CheckRange::parse(values.constLast(), &why);
        if (values.size() > 1 || !parsed) {
            *error = QStringLiteral("-%1/--%2: ").arg(name.front(), name) +
                     (parsed ? tr("give one range.") : why);
            return false;
        }
        *range = parsed;
    }
    return true;
}

// -t/--timeout after the command name, else --timeout before it, else the default. The session's
// attempts keep their own timeout.
bool CheckCommand::readTimeout(const QCommandLineParser &parser, QString *error) {
    GlobalOptions options = session()->options();
    m_timeoutMs = options.timeoutMs > 0 ? options.timeoutMs : DefaultTimeoutMs;
    if (parser.isSet(QStringLiteral("timeout")) &&
        !GlobalOptions::readSeconds(parser, QStringLiteral("timeout"), &m_timeoutMs, error))
        return false;
    options.timeoutMs = 0;
    session()->setOptions(options);
    return true;
}

void CheckCommand::start() {
    if (m_done)
        return; // timed out while the session opened
    m_input.now = m_to;
    m_input.clockNow = m_to; // licences and the forecast as of --to
    if (isSessionMetric(m_metric)) {
        StatsQuery query;
        query.projectId = m_projectId;
        query.deviceId = m_deviceId;
        query.startTime = m_from;
        query.endTime = m_to;
        ++m_pending;
        session()->api()->sessionTotals(query, this, [this](const Result<SessionTotals> &result) {
            --m_pending;
            if (!result.ok()) {
                failUnknown(result.error(), QString());
                return;
            }
            m_totals = result.value();
            finishWhenComplete();
        });
    }
    if (m_rules)
        fetchIntervals();
    if (m_rules || m_metric == CheckMetric::BadSessions)
        fetchSessions();
    m_usage = new UsageApi(session()->scheduler(), this);
    if (m_metric == CheckMetric::LicenceDays || (m_rules && m_rules->licenceExpiryEnabled))
        fetchLicences();
    if (m_metric == CheckMetric::ForecastMinutes || (m_rules && m_rules->forecastMinutesEnabled))
        fetchUsageDays();
}

// The rules' hourly series of the range.
void CheckCommand::fetchIntervals() {
    StatsQuery query;
    query.projectId = m_projectId;
    query.deviceId = m_deviceId;
    query.interval = Interval::Hour;
    query.startTime = m_from;
    query.endTime = m_to;
    ++m_pending;
    session()->api()->intervalStatistics(query, this, [this](const Result<IntervalSeries> &r) {
        --m_pending;
        if (!r.ok()) {
            failUnknown(r.error(), tr("the interval statistics"));
            return;
        }
        m_input.fleet = r.value().buckets;
        finishWhenComplete();
    });
}

// The session list of the range: the rules' input and the bad sessions.
void CheckCommand::fetchSessions() {
    ++m_pending;
    session()->api()->deviceSessions(m_projectId, m_deviceId, m_from, m_to, this,
                                     [this](const Result<QList<DeviceSession>> &r) {
                                         --m_pending;
                                         if (!r.ok()) {
                                             failUnknown(r.error(), tr("the session list"));
                                             return;
                                         }
                                         m_input.sessions = r.value();
                                         finishWhenComplete();
                                     });
}

// The device licences (GetDevices) of the project or the device.
void CheckCommand::fetchLicences() {
    ++m_pending;
    m_usage->licenceDevices(m_projectId, m_deviceId, this,
                            [this](const Result<WarnedList<DeviceLicence>> &r) {
                                --m_pending;
                                if (!r.ok()) {
                                    failUnknown(r.error(), tr("the licences"));
                                    return;
                                }
                                m_input.licences = r.value().items;
                                finishWhenComplete();
                            });
}

// The days the month-end forecast at --to needs (GetDurationDetails).
void CheckCommand::fetchUsageDays() {
    ++m_pending;
    const auto [from, to] = forecastRange(m_to);
    m_usage->durationDetails(UsageQuery{m_projectId, m_deviceId, from, to}, this,
                             [this](const Result<UsageDays> &r) {
                                 --m_pending;
                                 if (!r.ok()) {
                                     failUnknown(r.error(), tr("the minutes by day"));
                                     return;
                                 }
                                 m_input.usageDays = r.value().days;
                                 finishWhenComplete();
                             });
}

// The figure of --metric licence-days or forecast-minutes; false after reporting UNKNOWN.
bool CheckCommand::usageFigures(CheckFigures *figures) {
    figures->sessionFigures = isSessionMetric(m_metric);
    if (m_metric == CheckMetric::ForecastMinutes && m_input.usageDays)
        figures->forecast = forecastMonth(*m_input.usageDays, m_to);
    if (m_metric != CheckMetric::LicenceDays || !m_input.licences)
        return true;
    for (const DeviceLicenceDays &d : byRemainingDays(*m_input.licences, m_to)) {
        if (d.days && (m_deviceId.isEmpty() || d.device.deviceId == m_deviceId)) {
            figures->licence = CheckLicenceDays{d.device.deviceId, *d.days};
            return true;
        }
    }
    reportUnknown(m_deviceId.isEmpty()
                      ? tr("no device of the project %1 has a licence").arg(m_projectId)
                      : tr("the device %1 has no licence").arg(m_deviceId));
    return false;
}

void CheckCommand::finishWhenComplete() {
    if (m_done || m_pending > 0 || (isSessionMetric(m_metric) && !m_totals))
        return;
    CheckFigures figures{m_totals.value_or(SessionTotals{}), std::nullopt};
    if (!usageFigures(&figures))
        return;
    if (m_metric == CheckMetric::BadSessions && m_input.sessions)
        figures.badSessions =
            std::count_if(m_input.sessions->cbegin(), m_input.sessions->cend(),
                          [](const DeviceSession &s) { return s.quality == QLatin1String("bad"); });
    const QList<Alert> alerts = m_rules ? AlertEngine::evaluate(*m_rules, m_input) : QList<Alert>();
    report(AlertCheck::evaluate(figures, m_thresholds, alerts));
}

void CheckCommand::failUnknown(const ApiError &error, const QString &subject) {
    const QString message = error.userMessage();
    reportUnknown(subject.isEmpty() ? message : subject + QLatin1String(": ") + message);
}

void CheckCommand::timedOut() {
    reportUnknown(tr("timed out after %1 s").arg(m_timeoutMs / 1000.0));
}

// UNKNOWN with the reason; what is still asked is cancelled, so nothing else is said.
void CheckCommand::reportUnknown(const QString &reason) {
    if (m_done)
        return;
    m_done = true;
    if (session()->isOpen())
        session()->scheduler()->cancel(this);
    report(AlertCheck::unknown(reason));
}

void CheckCommand::report(const CheckResult &result) {
    m_done = true;
    if (m_timeout)
        m_timeout->stop();
    writeStdout((result.line + QLatin1Char('\n')).toUtf8());
    finish(int(result.status));
}

std::optional<int> CheckCommand::reportEarlyFailure(const QString &message) {
    if (m_done)
        return int(CheckStatus::Unknown); // the line is out (timed out)
    m_done = true;
    const CheckResult result = AlertCheck::unknown(message);
    writeStdout((result.line + QLatin1Char('\n')).toUtf8());
    return int(result.status);
}

QString CheckCommand::helpDetails() const {
    return tr(
        "Examples:\n"
        "  trro-stats check -p ID\n"
        "  trro-stats check -p ID --device car-7 --from -6h -w 95: -c 85:\n"
        "  trro-stats check -p ID --metric sessions -w 10:500 -c 1: -t 20\n"
        "  trro-stats check -p ID --metric bad-sessions -w 5 -c 20\n"
        "  trro-stats check -p ID --rules /etc/trro/alert-rules.json\n"
        "  trro-stats check -p ID --metric licence-days -w 30: -c 7:\n"
        "  trro-stats check -p ID --metric forecast-minutes -w ~:40000 -c ~:50000\n"
        "\n"
        "Ranges (-w, -c): 10 alerts outside 0..10, 10: below 10, ~:10 above 10, 10:20\n"
        "  outside 10..20, @10:20 inside 10..20 (ends included). The ratio's are in percent.\n"
        "Output: one line, \"TRRO OK|WARNING|CRITICAL|UNKNOWN - <what is wrong, worst\n"
        "  first> | ratio=<N>%;<warn>;<crit>;0;100 sessions=<N> minutes=<N>\" (a metric\n"
        "  with ranges adds ;<warn>;<crit>;0; --metric bad-sessions adds bad-sessions=<N>).\n"
        "  licence-days and forecast-minutes are checks of their own, as of --to: \"TRRO OK -\n"
        "  the licence of <device> expires in <N> days | licence-days=<N>;30:;7:\" and\n"
        "  \"... | forecast-minutes=<N>;<warn>;<crit>;0 month-minutes=<N>\" (minutes so far).\n"
        "Exit status of check (Monitoring Plugins): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN\n"
        "  (credentials, network, service error, timeout or a bad command line).\n");
}

} // namespace trro::cli
