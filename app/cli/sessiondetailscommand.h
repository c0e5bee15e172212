#pragma once

#include "command.h"
#include "sessiondiagnosis.h"

namespace trro::cli {

// session-details --session ID [--from T] [--to T] [--format table|csv|json] [--output FILE]
// DescribeDeviceSessionDetails: the table is the diagnosis, csv the samples (one row per side and
// sample), json the sides as the service sent them.
class SessionDetailsCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

private:
    bool readThresholds(const QCommandLineParser &parser, QString *error);
    bool readSessionRange(const QCommandLineParser &parser, QString *error);
    void write(const QList<SideTelemetry> &sides);

    QString m_sessionId;
    DiagnosisThresholds m_thresholds;
};

} // namespace trro::cli
