#pragma once

#include "command.h"

namespace trro::cli {

// projects [--format ...] [--output FILE]: DescribeProjectList, every page.
class ProjectsCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;
};

} // namespace trro::cli
