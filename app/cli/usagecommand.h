#pragma once

#include "command.h"
#include "usageforecast.h"

#include <optional>

namespace trro {
class UsageApi;
} // namespace trro

namespace trro::cli {

// usage --project ID [--device ID] --from T [--to T] [--by day|total] [--format ...]
//       [--output FILE]
// The minutes by resolution tier: one row per day of the range (GetDurationDetails; the days
// the service leaves out, which had no minutes, as zeros) or one row for the range
// (GetTotalDuration), keys named after the API's fields. JSON and the table add the month to
// date and the month-end forecast with its band (usageforecast.h) as of --to: from the days of
// the month and the week before, of the same project or device.
class UsageCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    static constexpr qint64 MaxRangeDays = 366;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

private:
    void fetch();
    void fetchDays();
    void fetchTotal();
    void fetchForecast();
    void failed(const ApiError &error, const QString &subject);
    void finishWhenComplete();
    bool write();
    QString footer(const UsageMinutes &total) const;

    QString m_deviceId;
    bool m_byDay = true;
    UsageApi *m_usage = nullptr;
    int m_pending = 0;
    bool m_failed = false;
    QStringList m_warnings;
    std::optional<QList<UsageDay>> m_days; // of the range
    std::optional<UsageMinutes> m_total;   // GetTotalDuration of the range
    std::optional<UsageForecast> m_forecast;
    qint64 m_asOf = 0; // the forecast's moment: --to, or now when --to is later
};

} // namespace trro::cli
