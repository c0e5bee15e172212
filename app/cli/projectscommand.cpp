#include "projectscommand.h"

#include "clisession.h"
#include "trroapi.h"

namespace trro::cli {

void ProjectsCommand::addOptions(QCommandLineParser &parser) {
    addOutputOptions(parser);
}

bool ProjectsCommand::configure(const QCommandLineParser &parser, QString *error) {
    return rejectArguments(parser, error) && readOutput(parser, error);
}

void ProjectsCommand::start() {
    session()->api()->projects(this, [this](const Result<QList<Project>> &result) {
        if (!result.ok()) {
            failWith(result.error());
            return;
        }
        finish(writeOutput(projectsTable(result.value())) ? ExitOk : ExitUsage);
    });
}

QString ProjectsCommand::helpDetails() const {
    return tr("Examples:\n"
              "  trro-stats projects\n"
              "  trro-stats projects -f json\n"
              "\n"
              "Output columns: ProjectId, ProjectName, ProjectDescription, PolicyMode,\n"
              "  ModifyTime.\n");
}

} // namespace trro::cli
