// trro-stats: session statistics of a TRRO fleet on the command line.
// Parses the global options, finds the command in the dispatch table (commands.cpp), lets it
// read its own options, opens the session and runs the command on the event loop.

#include "clisession.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "exitcodes.h"
#include "globaloptions.h"
#include "helptext.h"
#include "localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace trro::cli;

namespace {

QString exitStatusHelp() {
    return QCoreApplication::translate(
               "trro::cli::Main",
               "Exit status:\n"
               "  0  success\n"
               "  1  partial: some series failed, or came from the local cache because the "
               "service\n"
               "     could not be reached; the rows that could be had were written\n"
               "  2  usage error\n"
               "  3  missing or rejected credentials (AuthFailure.*)\n"
               "  4  other error answered by the service\n"
               "  5  network error or timeout\n"
               "  6  malformed answer from the service\n") +
           QCoreApplication::translate(
               "trro::cli::Main",
               "check (a monitoring plugin) exits 0 OK, 1 WARNING, 2 CRITICAL or 3 UNKNOWN.\n");
}

QString globalHelp(const QCommandLineParser &parser) {
    QString text = parser.helpText();
    text += QLatin1Char('\n') + QCoreApplication::translate("trro::cli::Main", "Commands:") +
            QLatin1Char('\n');
    qsizetype width = 0;
    for (const CommandEntry &entry : commandTable())
        width = qMax(width, entry.name.size());
    for (const CommandEntry &entry : commandTable()) {
        text += QLatin1String("  ") + QString(entry.name).leftJustified(width + 2) +
                QCoreApplication::translate("trro::cli::Commands", entry.summary) +
                QLatin1Char('\n');
    }
    text += QLatin1Char('\n') +
            QCoreApplication::translate(
                "trro::cli::Main",
                "Run \"trro-stats COMMAND --help\" for the options of a command.\n"
                "Credentials: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY "
                "(+ TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION), --profile NAME or the saved "
                "default profile (see \"trro-stats credentials\"), or --demo.\n") +
            QLatin1Char('\n') + exitStatusHelp();
    return text;
}

void printOut(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

// help: the command whose --help the message points at (empty: the global help).
int usageError(const QString &message, const QString &command = {}) {
    Console::instance().error(message);
    Console::instance().raw(
        command.isEmpty()
            ? QCoreApplication::translate("trro::cli::Main", "Run \"trro-stats --help\" for usage.")
            : QCoreApplication::translate("trro::cli::Main",
                                          "Run \"trro-stats %1 --help\" for the options of %1.")
                  .arg(command));
    return ExitUsage;
}

QString didYouMean(const QString &word, const QStringList &candidates, const QString &prefix) {
    const QString match = closestMatch(word, candidates);
    return match.isEmpty() ? QString()
                           : QLatin1Char(' ') + QCoreApplication::translate("trro::cli::Main",
                                                                            "Did you mean \"%1\"?")
                                                    .arg(prefix + match);
}

QStringList commandNames() {
    QStringList names;
    for (const CommandEntry &entry : commandTable())
        names << entry.name;
    return names;
}

// The command's own options first, then what it prints and examples, then the global options.
QString commandHelp(const CommandEntry &entry, Command &command, const QCommandLineParser &parser) {
    QCommandLineParser own;
    command.addOptions(own);
    QCommandLineParser global;
    GlobalOptions::addTo(global, GlobalOptions::OptionSet::All, command.ownGlobalOptions());
    QString text =
        parser.helpText().section(QLatin1Char('\n'), 0, 0) + QLatin1String("\n\n") +
        QCoreApplication::translate("trro::cli::Commands", entry.summary) + QLatin1String("\n\n") +
        QCoreApplication::translate("trro::cli::Main", "Options of %1:").arg(entry.name) +
        QLatin1Char('\n') + optionLines(own) + QLatin1String("\n\n");
    const QString details = command.helpDetails();
    if (!details.isEmpty())
        text += details + QLatin1Char('\n');
    text += QCoreApplication::translate("trro::cli::Main",
                                        "Global options (before or after the command):") +
            QLatin1Char('\n') + optionLines(global) + QLatin1String("\n\n") + exitStatusHelp();
    return text;
}

// The options before the command: the global ones, then the command and its own.
void setUpGlobalParser(QCommandLineParser &parser) {
    parser.setApplicationDescription(QCoreApplication::translate(
        "trro::cli::Main",
        "Session statistics of a TRRO (Tencent Cloud Real-time Remote Operation) fleet."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("trro::cli::Main", "The command to run."),
        QCoreApplication::translate("trro::cli::Main", "COMMAND [options]"));
}

// Opens the session when the command needs the service, runs the command, and returns its
// exit status. The command goes before the session it uses.
int run(QCoreApplication &app, std::unique_ptr<CliSession> session,
        std::unique_ptr<Command> command) {
    QObject::connect(command.get(), &Command::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, command.get(), [&] {
        if (!command->needsService()) {
            command->start();
            return;
        }
        session->open([&command, &session](ExitCode code) {
            if (code == ExitOk) {
                command->start();
                return;
            }
            QCoreApplication::exit(
                command->reportEarlyFailure(session->lastError()).value_or(int(code)));
        });
    });
    const int status = QCoreApplication::exec();
    command.reset();
    session.reset();
    return status;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trro-stats"));
    QCoreApplication::setOrganizationName(QStringLiteral("trro-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRRO_VERSION));
    trro::installTranslations(trro::languageArgument(QCoreApplication::arguments()));

    QCommandLineParser globalParser;
    setUpGlobalParser(globalParser);

    GlobalOptions options;
    QString error;
    if (!options.readEnvironment(&error))
        return usageError(error);
    if (!globalParser.parse(QCoreApplication::arguments())) {
        const QString unknown = unknownOption(globalParser);
        return usageError(globalParser.errorText() +
                          (unknown.isEmpty() ? QString()
                                             : didYouMean(unknown, GlobalOptions::names(),
                                                          QStringLiteral("--"))));
    }
    if (!options.readFrom(globalParser, &error))
        return usageError(error);
    const QStringList positional = globalParser.positionalArguments();
    if (options.version) {
        printOut(QStringLiteral("trro-stats %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (positional.isEmpty()) {
        if (options.help) {
            printOut(globalHelp(globalParser));
            return ExitOk;
        }
        return usageError(QCoreApplication::translate("trro::cli::Main", "No command given."));
    }
    const CommandEntry *entry = findCommand(positional.front());
    if (!entry)
        return usageError(QCoreApplication::translate("trro::cli::Main", "Unknown command \"%1\".")
                              .arg(positional.front()) +
                          didYouMean(positional.front(), commandNames(), QString()));
    const QString name = entry->name;

    auto session = std::make_unique<CliSession>(options);
    std::unique_ptr<Command> command = entry->create(session.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("trro::cli::Commands", entry->summary));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(entry->name, QString(), entry->name);
    command->addOptions(parser);
    const QStringList ownOptions = command->ownGlobalOptions();
    GlobalOptions::addTo(parser, GlobalOptions::OptionSet::All, ownOptions);
    const QStringList arguments =
        QStringList{QCoreApplication::arguments().front()} + positional.mid(1);
    const auto commandUsageError = [&command, &name](const QString &message) {
        const int code = usageError(message, name);
        return command->reportEarlyFailure(message).value_or(code);
    };
    if (!parser.parse(arguments)) {
        const QString unknown = unknownOption(parser);
        return commandUsageError(
            parser.errorText() +
            (unknown.isEmpty()
                 ? QString()
                 : didYouMean(unknown, optionNames(optionLines(parser)), QStringLiteral("--"))));
    }
    if (!options.readFrom(parser, &error, GlobalOptions::OptionSet::All, ownOptions))
        return commandUsageError(error);
    if (options.help) {
        printOut(commandHelp(*entry, *command, parser));
        return ExitOk;
    }
    Console::instance().setQuiet(options.quiet);
    session->setOptions(options);
    if (!command->configure(parser, &error))
        return commandUsageError(error);

    return run(app, std::move(session), std::move(command));
}
