#pragma once

#include "command.h"

namespace trro::cli {

// totals --project ID [--device ID] [--from T] [--to T] [--format ...] [--output FILE]
// DescribeSessionStatistics over the range: one row (JSON: one object).
class TotalsCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;

private:
    QString m_deviceId;
};

} // namespace trro::cli
