// trro-stats: session statistics of a TRRO fleet on the command line.
// Parses the global options, finds the command in the dispatch table (commands.cpp), lets it
// read its own options, opens the session and runs the command on the event loop.

#include "clisession.h"
#include "command.h"
#include "commands.h"
#include "console.h"
#include "exitcodes.h"
#include "globaloptions.h"
#include "localization.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <cstdio>
#include <memory>

using namespace trro::cli;

namespace {

QString exitStatusHelp() {
    return QCoreApplication::translate("trro::cli::Main", "Exit status:\n"
              "  0  success\n"
              "  1  partial: some series failed, or came from the local cache because the service\n"
              "     could not be reached; the rows that could be had were written\n"
              "  2  usage error\n"
              "  3  missing or rejected credentials (AuthFailure.*)\n"
              "  4  other error answered by the service\n"
              "  5  network error or timeout\n"
              "  6  malformed answer from the service\n");
}

QString globalHelp(const QCommandLineParser &parser) {
    QString text = parser.helpText();
    text += QLatin1Char('\n') + QCoreApplication::translate("trro::cli::Main", "Commands:") + QLatin1Char('\n');
    qsizetype width = 0;
    for (const CommandEntry &entry : commandTable())
        width = qMax(width, entry.name.size());
    for (const CommandEntry &entry : commandTable()) {
        text += QLatin1String("  ") + QString(entry.name).leftJustified(width + 2) +
                QCoreApplication::translate("trro::cli::Commands", entry.summary) +
                QLatin1Char('\n');
    }
    text += QLatin1Char('\n') +
            QCoreApplication::translate("trro::cli::Main", "Run \"trro-stats COMMAND --help\" for the options of a command.\n"
               "Credentials: TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY "
               "(+ TENCENTCLOUD_SESSION_TOKEN, TENCENTCLOUD_REGION), --profile NAME or the saved default profile (see \"trro-stats credentials\"), or --demo.\n") +
            QLatin1Char('\n') + exitStatusHelp();
    return text;
}

void printOut(const QString &text) {
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

int usageError(const QString &message) {
    Console::instance().error(message);
    Console::instance().raw(QCoreApplication::translate("trro::cli::Main", "Run \"trro-stats --help\" for usage."));
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trro-stats"));
    QCoreApplication::setOrganizationName(QStringLiteral("trro-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRRO_VERSION));
    trro::installTranslations(trro::languageArgument(QCoreApplication::arguments()));

    QCommandLineParser globalParser;
    globalParser.setApplicationDescription(
        QCoreApplication::translate("trro::cli::Main", "Session statistics of a TRRO (Tencent Cloud Real-time Remote Operation) fleet."));
    globalParser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    globalParser.setOptionsAfterPositionalArgumentsMode(
        QCommandLineParser::ParseAsPositionalArguments);
    GlobalOptions::addTo(globalParser);
    globalParser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("trro::cli::Main", "The command to run."),
                                       QCoreApplication::translate("trro::cli::Main", "COMMAND [options]"));

    GlobalOptions options;
    QString error;
    if (!globalParser.parse(QCoreApplication::arguments()))
        return usageError(globalParser.errorText());
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
        return usageError(QCoreApplication::translate("trro::cli::Main", "Unknown command \"%1\".").arg(positional.front()));

    auto session = std::make_unique<CliSession>(options);
    std::unique_ptr<Command> command = entry->create(session.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("trro::cli::Commands", entry->summary));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(entry->name, QString(), entry->name);
    command->addOptions(parser);
    const QStringList arguments =
        QStringList{QCoreApplication::arguments().front()} + positional.mid(1);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (!options.readFrom(parser, &error))
        return usageError(error);
    if (options.help) {
        printOut(parser.helpText() + QLatin1Char('\n') + exitStatusHelp());
        return ExitOk;
    }
    session->setOptions(options);
    if (!command->configure(parser, &error))
        return usageError(error);

    QObject::connect(command.get(), &Command::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, command.get(), [&] {
        if (!command->needsService()) {
            command->start();
            return;
        }
        session->open([&command](ExitCode code) {
            if (code == ExitOk)
                command->start();
            else
                QCoreApplication::exit(code);
        });
    });
    const int status = QCoreApplication::exec();
    command.reset();
    session.reset();
    return status;
}
