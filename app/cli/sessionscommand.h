#pragma once

#include "command.h"

namespace trro::cli {

// sessions --project ID [--device ID] [--from T] [--to T] [--format ...] [--output FILE]
// DescribeDeviceSessionList, every page.
class SessionsCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

private:
    QString m_deviceId;
};

} // namespace trro::cli
