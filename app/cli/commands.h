#pragma once

#include <QLatin1String>
#include <QList>
#include <memory>

namespace trro::cli {

class CliSession;
class Command;

// The dispatch table of trro-stats. A new command is one class deriving from Command in its
// own file plus one line in commands.cpp.
struct CommandEntry {
    QLatin1String name;
    const char *summary; // QT_TRANSLATE_NOOP("trro::cli::Commands", ...)
    std::unique_ptr<Command> (*create)(CliSession *session);
};

const QList<CommandEntry> &commandTable();
const CommandEntry *findCommand(const QString &name);

} // namespace trro::cli
