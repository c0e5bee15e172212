#pragma once

#include "command.h"
#include "trroapi.h"

namespace trro::cli {

// devices --project ID [--type field|remote] [--search TEXT] [--status S] [--format ...]
// DescribeDeviceList, every page.
class DevicesCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;

private:
    DeviceFilter m_filter;
};

} // namespace trro::cli
