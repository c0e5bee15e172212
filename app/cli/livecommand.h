#pragma once

#include "command.h"

namespace trro {
class LiveMonitor;
}

class QSocketNotifier;

namespace trro::cli {

// live --project ID [--device ID] [--format ...] [--watch SEC]
// The sessions running now (DescribeRecentSessionList, every page). One snapshot, unless
// --watch on a terminal: then the table is redrawn in place every SEC seconds until q or
// Ctrl-C, with the count of running and stale sessions and the time of the last answer.
class LiveCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;
    ~LiveCommand() override;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

private:
    void redraw();
    void keyPressed();

    QString m_deviceId;
    bool m_checked = false; // the device id was checked against the project's devices
    qint64 m_watchSec = 0;  // 0: one snapshot
    LiveMonitor *m_monitor = nullptr;
    QSocketNotifier *m_keys = nullptr;
    QString m_status; // the last failure or warning, shown under the table while watching
};

} // namespace trro::cli
