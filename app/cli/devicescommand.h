#pragma once

#include "command.h"
#include "trroapi.h"

namespace trro::cli {

// devices --project ID [--type field|remote] [--search TEXT] [--status S] [--format ...]
// DescribeDeviceList, every page; the rows are filtered by --status here too ("online" is
// ready or connected).
class DevicesCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

private:
    DeviceFilter m_filter;
    QString m_status; // lower case; empty: any
};

} // namespace trro::cli
