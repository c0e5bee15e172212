#pragma once

#include "command.h"
#include "result.h"
#include "usagetypes.h"

#include <optional>

namespace trro {
class UsageApi;
} // namespace trro

namespace trro::cli {

// licenses [--project ID] [--expiring-within DAYS] [--format ...] [--output FILE]
// The devices and their licences (GetDevices, every page; without --project, every project of
// the account), the licence that runs out first first: keys named after the API's fields,
// plus the whole days left now (negative once expired). --expiring-within keeps the devices
// whose licence expires within that many days, the expired ones included.
class LicensesCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    static constexpr qint64 MaxDays = 36600;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

    // "30", "30d" or "4w" as days; false for anything else or more than MaxDays.
    static bool parseDays(const QString &text, qint64 *days);

private:
    void onDevices(const Result<WarnedList<DeviceLicence>> &result);

    std::optional<qint64> m_expiringWithin; // days
    qint64 m_now = 0;
    UsageApi *m_usage = nullptr;
};

} // namespace trro::cli
