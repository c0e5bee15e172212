#pragma once

#include "alertcheck.h"
#include "alertengine.h"
#include "command.h"

#include <optional>

namespace trro::cli {

// check --project ID [--device ID] [--from T] [--to T] [--warning-ratio N] [--critical-ratio N]
//       [--min-sessions N] [--rules FILE]
// A monitoring check (Nagios, Icinga, Zabbix, cron) following the Monitoring Plugins
// conventions: one line on stdout, "TRRO OK|WARNING|CRITICAL|UNKNOWN - ... | perfdata", exit
// status 0, 1, 2 or 3. Any failure to get the data, a bad command line included, is UNKNOWN.
// With --rules, the alert rules of the file are evaluated on the range's interval series and
// session list too (the same engine as the dashboard's alerts panel).
class CheckCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;
    std::optional<int> reportEarlyFailure(const QString &message) override;

private:
    bool readThresholds(const QCommandLineParser &parser, QString *error);
    void fetchRuleInputs();
    void finishWhenComplete();
    void report(const CheckResult &result);
    void failUnknown(const ApiError &error, const QString &subject);

    QString m_deviceId;
    CheckThresholds m_thresholds;
    std::optional<AlertRules> m_rules; // --rules
    std::optional<SessionTotals> m_totals;
    AlertInput m_input;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace trro::cli
