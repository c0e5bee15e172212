#pragma once

#include "alertcheck.h"
#include "alertengine.h"
#include "command.h"

#include <optional>

namespace trro {
class ClockTimer;
class UsageApi;
} // namespace trro

namespace trro::cli {

// check --project ID [--device ID] [--from T] [--to T] [--metric NAME] [-w RANGE] [-c RANGE]
//       [--warning-ratio N] [--critical-ratio N] [--min-sessions N] [--rules FILE] [-t SEC]
// A monitoring check (Nagios, Icinga, Zabbix, cron) following the Monitoring Plugins
// conventions: one line on stdout, "TRRO OK|WARNING|CRITICAL|UNKNOWN - ... | perfdata", exit
// status 0, 1, 2 or 3. Any failure to get the data, a bad command line included, is UNKNOWN.
// -w and -c take the guidelines' ranges and apply to --metric (the not-bad ratio in percent by
// default); --warning-ratio N and --critical-ratio N are -w N: and -c N: of the ratio. With
// --rules, the alert rules of the file are evaluated on the range's interval series and session
// list too (the same engine as the dashboard's alerts panel). --timeout bounds the whole check.
class CheckCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    QStringList ownGlobalOptions() const override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;
    std::optional<int> reportEarlyFailure(const QString &message) override;

private:
    bool readThresholds(const QCommandLineParser &parser, QString *error);
    bool readRatioAliases(const QCommandLineParser &parser, QString *error);
    bool readRanges(const QCommandLineParser &parser, QString *error);
    bool readTimeout(const QCommandLineParser &parser, QString *error);
    void fetchIntervals();
    void fetchSessions();
    void fetchLicences();
    void fetchUsageDays();
    bool usageFigures(CheckFigures *figures);
    void finishWhenComplete();
    void timedOut();
    void report(const CheckResult &result);
    void failUnknown(const ApiError &error, const QString &subject);
    void reportUnknown(const QString &reason);

    QString m_deviceId;
    CheckMetric m_metric = CheckMetric::Ratio;
    CheckThresholds m_thresholds;
    std::optional<AlertRules> m_rules; // --rules
    std::optional<SessionTotals> m_totals;
    UsageApi *m_usage = nullptr;
    AlertInput m_input;
    int m_timeoutMs = 0;
    ClockTimer *m_timeout = nullptr;
    int m_pending = 0;
    bool m_done = false; // the line is written
};

} // namespace trro::cli
