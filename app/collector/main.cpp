// trro-collector: keeps the shared history store (PostgreSQL) filled for the configured
// projects, under the account's rate limit, so that every reader of the store adds almost no
// load to the API. Same global options and credentials as trro-stats.

#include "apiclient.h"
#include "apistack.h"
#include "clicredentials.h"
#include "collectoroptions.h"
#include "collectorrun.h"
#include "console.h"
#include "exitcodes.h"
#include "globaloptions.h"
#include "livemonitor.h"
#include "localization.h"
#include "metricsendpoint.h"
#include "pgstore.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>
#include <cstdio>
#include <memory>
#include <vector>

using namespace trro;
using namespace trro::collector;
using cli::Console;
using cli::GlobalOptions;

namespace {

QString helpText(const QCommandLineParser &parser) {
    return parser.helpText() + QLatin1Char('\n') +
           QCoreApplication::translate(
               "trro::collector::Main",
               "API keys: TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, --profile NAME (the "
               "keychain), the files tencentcloud-secret-id and tencentcloud-secret-key in "
               "$CREDENTIALS_DIRECTORY (systemd's LoadCredential=), or the saved default "
               "profile; never the store or a configuration file.\n"
               "Store password: ~/.pgpass or $PGPASSFILE, as for psql.\n\n"
               "Exit status:\n"
               "  0  --once: everything up to now is in the store\n"
               "  1  some series failed (they are tried again next time)\n"
               "  2  usage error\n"
               "  3  missing or rejected credentials\n"
               "  4  other error answered by the service\n"
               "  5  network error or timeout\n"
               "  6  malformed answer from the service\n"
               "  7  the store could not be opened or refused a write\n"
               "  8  --metrics-listen could not listen (the port is in use ...)\n");
}

int usageError(const QString &message) {
    Console::instance().error(message);
    Console::instance().raw(QCoreApplication::translate(
        "trro::collector::Main", "Run \"trro-collector --help\" for usage."));
    return cli::ExitUsage;
}

struct Program {
    GlobalOptions global;
    CollectorOptions options;
    std::unique_ptr<ApiStack> stack;
    std::unique_ptr<PgStore> store;
    std::unique_ptr<MetricsEndpoint> metrics;
    std::unique_ptr<CollectorRun> run;
    std::vector<std::unique_ptr<LiveMonitor>> running; // with --metrics-listen: one per project
};

// The running sessions of each project for the metrics, through the collector's scheduler: one
// complete list a minute each, no telemetry.
constexpr qint64 RunningRefreshSec = 60;

void watchRunning(Program &program, const QStringList &projects) {
    CollectorMetrics *metrics = program.metrics->metrics();
    for (const QString &project : projects) {
        auto monitor = std::make_unique<LiveMonitor>(program.stack->api());
        monitor->setScope(project);
        monitor->setQualityBudget(0);
        monitor->setRefreshSec(RunningRefreshSec);
        LiveMonitor *m = monitor.get();
        QObject::connect(m, &LiveMonitor::updated, metrics, [m, metrics, project] {
            if (m->lastSuccess() > 0 && m->lastError().isEmpty())
                metrics->setRunning(project, m->roster().running(), m->roster().stale());
        });
        m->start();
        program.running.push_back(std::move(monitor));
    }
}

// --metrics-listen: listens before anything else, so that a busy port fails at once.
bool startMetrics(Program &program) {
    if (!program.options.metricsListen)
        return true;
    program.metrics = std::make_unique<MetricsEndpoint>(program.options.metricsPerDevice, nullptr);
    QString error;
    if (!program.metrics->listen(*program.options.metricsListen, &error)) {
        Console::instance().error(error);
        return false;
    }
    Console::instance().info(QCoreApplication::translate("trro::collector::Main", "metrics at %1")
                                 .arg(program.metrics->address().metricsUrl()));
    return true;
}

// With the credentials: the API stack (no local cache), the store, then the run.
void begin(Program &program, const ResolvedCredentials &resolved) {
    const Credentials &credentials = resolved.credentials;
    Console::instance().addSecret(credentials.secretKey);
    Console::instance().addSecret(credentials.sessionToken);
    ApiStackOptions stackOptions;
    if (program.global.deadlineMs > 0)
        stackOptions.scheduler.jobDeadlineMs = program.global.deadlineMs;
    stackOptions.timeoutMs = program.global.timeoutMs;
    stackOptions.cacheEnabled = false; // the store is this program's memory
    program.stack = std::make_unique<ApiStack>(stackOptions);
    program.stack->configure(Endpoint::parse(resolved.endpointUrl), credentials);
    ApiClient *client = program.stack->client();
    if (program.global.verbose) {
        client->setTraceEnabled(true);
        QObject::connect(client, &ApiClient::trace, client,
                         [](const QString &line) { Console::instance().raw(line); });
    }

    program.store = std::make_unique<PgStore>(program.options.store);
    if (!program.store->open() ||
        (program.options.retentionMonths >= 0 &&
         !program.store->setRetentionMonths(program.options.retentionMonths))) {
        Console::instance().error(program.store->lastError());
        QCoreApplication::exit(ExitStore);
        return;
    }
    CycleConfig config;
    config.scope = {client->endpoint().toString(), credentials.secretId};
    config.projects = program.options.projects;
    config.intervals = program.options.intervals;
    config.since = program.options.since;
    program.run = std::make_unique<CollectorRun>(program.stack->api(), program.store.get(), config,
                                                 program.options.everySec, nullptr);
    if (program.metrics) {
        program.metrics->metrics()->setScheduler(program.stack->api()->scheduler());
        program.metrics->attachStore(program.options.store, config.scope, config.projects,
                                     config.intervals);
        program.run->setMetrics(program.metrics.get());
        watchRunning(program, config.projects);
    }
    QObject::connect(program.run.get(), &CollectorRun::finished, program.run.get(),
                     [](int code) { QCoreApplication::exit(code); });
    program.run->start();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trro-collector"));
    QCoreApplication::setOrganizationName(QStringLiteral("trro-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRRO_VERSION));
    installTranslations(languageArgument(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "trro::collector::Main",
        "Keeps a shared PostgreSQL history of a TRRO fleet filled: device lists, statistics "
        "and sessions, under the account's rate limit."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    CollectorOptions::addTo(parser);
    GlobalOptions::addTo(parser, GlobalOptions::OptionSet::Service);
    Program program;
    QString error;
    if (!program.global.readEnvironment(&error))
        return usageError(error);
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (!program.global.readFrom(parser, &error, GlobalOptions::OptionSet::Service))
        return usageError(error);
    if (program.global.help) {
        std::fputs(helpText(parser).toLocal8Bit().constData(), stdout);
        return cli::ExitOk;
    }
    if (program.global.version) {
        std::fputs(QStringLiteral("trro-collector %1\n")
                       .arg(QCoreApplication::applicationVersion())
                       .toLocal8Bit()
                       .constData(),
                   stdout);
        return cli::ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QCoreApplication::translate("trro::collector::Main", "Unexpected argument \"%1\".")
                .arg(parser.positionalArguments().front()));
    if (!program.options.readFrom(parser, QDateTime::currentDateTimeUtc(), program.global.timeZone,
                                  &error))
        return usageError(error);
    Console::instance().setQuiet(program.global.quiet);
    if (!startMetrics(program))
        return ExitMetrics;

    cli::resolveCliCredentials(program.global, &app,
                               [&program](const Result<ResolvedCredentials> &result) {
                                   if (!result.ok()) {
                                       Console::instance().error(result.error().userMessage());
                                       QCoreApplication::exit(cli::ExitCredentials);
                                       return;
                                   }
                                   begin(program, result.value());
                               });
    const int status = QCoreApplication::exec();
    program.running.clear(); // before the API they ask through
    program.run.reset();
    program.metrics.reset();
    program.store.reset();
    program.stack.reset();
    return status;
}
