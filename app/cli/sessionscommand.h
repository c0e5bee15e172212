#pragma once

#include "command.h"

namespace trro::cli {

// sessions --project ID [--device ID] [--from T] [--to T] [--format ...] [--output FILE]
// DescribeDeviceSessionList, every page. A --device the project does not have is warned about.
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
    bool m_checked = false; // the device id was checked against the project's devices
};

} // namespace trro::cli
