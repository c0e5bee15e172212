#include "commands.h"

#include "breakdowncommand.h"
#include "cachecommand.h"
#include "checkcommand.h"
#include "credentialscommand.h"
#include "devicescommand.h"
#include "licensescommand.h"
#include "livecommand.h"
#include "projectscommand.h"
#include "sessiondetailscommand.h"
#include "sessionscommand.h"
#include "statscommand.h"
#include "totalscommand.h"
#include "usagecommand.h"
#include "whycommand.h"

#include <QCoreApplication>

namespace trro::cli {
namespace {

template <typename T> std::unique_ptr<Command> make(CliSession *session) {
    return std::make_unique<T>(session);
}

} // namespace

const QList<CommandEntry> &commandTable() {
    static const QList<CommandEntry> table{
        {QLatin1String("stats"),
         QT_TRANSLATE_NOOP("trro::cli::Commands", "Session statistics by hour, day or month."),
         &make<StatsCommand>},
        {QLatin1String("totals"),
         QT_TRANSLATE_NOOP("trro::cli::Commands", "Session totals over a time range."),
         &make<TotalsCommand>},
        {QLatin1String("breakdown"),
         QT_TRANSLATE_NOOP("trro::cli::Commands",
                           "Per-device figures of one hour, day or month, worst first."),
         &make<BreakdownCommand>},
        {QLatin1String("why"),
         QT_TRANSLATE_NOOP("trro::cli::Commands",
                           "What the bad sessions of a span have in common, against a baseline."),
         &make<WhyCommand>},
        {QLatin1String("usage"),
         QT_TRANSLATE_NOOP("trro::cli::Commands",
                           "Minutes by resolution tier per day, the month to date and its "
                           "forecast."),
         &make<UsageCommand>},
        {QLatin1String("licenses"),
         QT_TRANSLATE_NOOP("trro::cli::Commands",
                           "The devices' licences, the soonest to expire first."),
         &make<LicensesCommand>},
        {QLatin1String("devices"),
         QT_TRANSLATE_NOOP("trro::cli::Commands", "The devices of a project."),
         &make<DevicesCommand>},
        {QLatin1String("projects"),
         QT_TRANSLATE_NOOP("trro::cli::Commands", "The projects of the account."),
         &make<ProjectsCommand>},
        {QLatin1String("sessions"),
         QT_TRANSLATE_NOOP("trro::cli::Commands", "The sessions of a project or a device."),
         &make<SessionsCommand>},
        {QLatin1String("live"),
         QT_TRANSLATE_NOOP("trro::cli::Commands",
                           "The sessions running now; --watch redraws them like top."),
         &make<LiveCommand>},
        {QLatin1String("session-details"),
         QT_TRANSLATE_NOOP("trro::cli::Commands",
                           "Why a session was bad: its diagnosis, or its samples (csv, json)."),
         &make<SessionDetailsCommand>},
        {QLatin1String("check"),
         QT_TRANSLATE_NOOP("trro::cli::Commands",
                           "A monitoring check (Nagios, Icinga, Zabbix): one status line, exit "
                           "0, 1, 2 or 3."),
         &make<CheckCommand>},
        {QLatin1String("credentials"),
         QT_TRANSLATE_NOOP("trro::cli::Commands",
                           "Saved profiles: set, delete, list or test (keys in the keychain)."),
         &make<CredentialsCommand>},
        {QLatin1String("cache"),
         QT_TRANSLATE_NOOP("trro::cli::Commands",
                           "The local statistics cache: info, clear or limit its size."),
         &make<CacheCommand>},
    };
    return table;
}

const CommandEntry *findCommand(const QString &name) {
    for (const CommandEntry &entry : commandTable()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

} // namespace trro::cli
