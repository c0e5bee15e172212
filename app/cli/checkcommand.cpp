#include "checkcommand.h"

#include "clisession.h"
#include "requestscheduler.h"
#include "trroapi.h"

#include <QCommandLineParser>

namespace trro::cli {
namespace {

constexpr auto DefaultCheckFrom = "-24h";

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
        {QStringLiteral("warning-ratio"),
         tr("WARNING when the not-bad ratio of the range is below N percent (default 90)."),
         tr("N")},
        {QStringLiteral("critical-ratio"),
         tr("CRITICAL when the not-bad ratio of the range is below N percent (default 80)."),
         tr("N")},
        {QStringLiteral("min-sessions"),
         tr("WARNING when the range has fewer than N sessions (default 1)."), tr("N")},
        {QStringLiteral("rules"),
         tr("Also evaluate the alert rules of this JSON file (the dashboard's format); its "
            "fleetRatio thresholds are the ratio thresholds unless given above."),
         tr("FILE")},
    });
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
    return readThresholds(parser, error) &&
           readRange(parser, error, QLatin1String(DefaultCheckFrom));
}

bool CheckCommand::readThresholds(const QCommandLineParser &parser, QString *error) {
    if (parser.isSet(QStringLiteral("rules"))) {
        AlertRules rules;
        if (!readAlertRulesFile(parser.value(QStringLiteral("rules")), &rules, error))
            return false;
        m_rules = rules;
        m_thresholds.warningRatio = rules.fleetRatioWarning;
        m_thresholds.criticalRatio = rules.fleetRatioCritical;
    }
    qint64 warning = m_thresholds.warningRatio;
    qint64 critical = m_thresholds.criticalRatio;
    if (!readNumber(parser, QStringLiteral("warning-ratio"), 0, 100, &warning, error) ||
        !readNumber(parser, QStringLiteral("critical-ratio"), 0, 100, &critical, error) ||
        !readNumber(parser, QStringLiteral("min-sessions"), 0, 1'000'000'000,
                    &m_thresholds.minSessions, error))
        return false;
    if (critical > warning) {
        *error = tr("The critical ratio (%1) must not be above the warning ratio (%2).")
                     .arg(critical)
                     .arg(warning);
        return false;
    }
    m_thresholds.warningRatio = int(warning);
    m_thresholds.criticalRatio = int(critical);
    return true;
}

void CheckCommand::start() {
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
    if (m_rules)
        fetchRuleInputs();
}

// The rules' inputs: the hourly series and the session list of the range.
void CheckCommand::fetchRuleInputs() {
    m_input.now = m_to;
    StatsQuery query;
    query.projectId = m_projectId;
    query.deviceId = m_deviceId;
    query.interval = Interval::Hour;
    query.startTime = m_from;
    query.endTime = m_to;
    m_pending += 2;
    session()->api()->intervalStatistics(query, this, [this](const Result<IntervalSeries> &r) {
        --m_pending;
        if (!r.ok()) {
            failUnknown(r.error(), tr("the interval statistics"));
            return;
        }
        m_input.fleet = r.value().buckets;
        finishWhenComplete();
    });
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

void CheckCommand::finishWhenComplete() {
    if (m_failed || m_pending > 0 || !m_totals)
        return;
    const QList<Alert> alerts = m_rules ? AlertEngine::evaluate(*m_rules, m_input) : QList<Alert>();
    report(AlertCheck::evaluate(*m_totals, m_thresholds, alerts));
}

void CheckCommand::failUnknown(const ApiError &error, const QString &subject) {
    if (m_failed)
        return;
    m_failed = true;
    session()->scheduler()->cancel(this);
    const QString message = error.userMessage();
    report(
        AlertCheck::unknown(subject.isEmpty() ? message : subject + QLatin1String(": ") + message));
}

void CheckCommand::report(const CheckResult &result) {
    writeStdout((result.line + QLatin1Char('\n')).toUtf8());
    finish(int(result.status));
}

std::optional<int> CheckCommand::reportEarlyFailure(const QString &message) {
    const CheckResult result = AlertCheck::unknown(message);
    writeStdout((result.line + QLatin1Char('\n')).toUtf8());
    return int(result.status);
}

QString CheckCommand::helpDetails() const {
    return tr("Examples:\n"
              "  trro-stats check -p ID\n"
              "  trro-stats check -p ID --device car-7 --from -6h --warning-ratio 95 "
              "--critical-ratio 85\n"
              "  trro-stats check -p ID --rules /etc/trro/alert-rules.json\n"
              "\n"
              "Output: one line, \"TRRO OK|WARNING|CRITICAL|UNKNOWN - <what is wrong, worst\n"
              "  first> | ratio=<N>%;<warn>;<crit>;0;100 sessions=<N> minutes=<N>\".\n"
              "Exit status of check (Monitoring Plugins): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN\n"
              "  (credentials, network, service error or a bad command line).\n");
}

} // namespace trro::cli
