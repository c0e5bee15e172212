#pragma once

#include "command.h"
#include "result.h"
#include "types.h"

#include <QList>
#include <QStringList>

namespace trro::cli {

// stats --project ID --interval hour|day|month [--device ID ...|--all-devices] [--from T]
//       [--to T] [--format table|csv|json] [--output FILE]
// One DescribeSessionStatisticsByInterval per device (or one for the whole project), every
// bucket written as returned, ordered by DeviceId then StartTime.
class StatsCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;

private:
    struct Outcome {
        QString deviceId;
        bool done = false;
        bool ok = false;
        bool offline = false; // served from the cache: the service could not be reached
        IntervalSeries series;
        ApiError error;
    };

    void fetchDeviceList();
    void onDeviceList(DeviceType type, const Result<QList<Device>> &result);
    void fetchSeries(const QStringList &deviceIds);
    void onSeries(qsizetype index, const Result<IntervalSeries> &result, bool offline);
    void writeResults();

    Interval m_interval = Interval::Day;
    QStringList m_devices; // empty: the whole project (unless m_allDevices)
    bool m_allDevices = false;

    QStringList m_listedDevices;
    int m_pendingLists = 0;
    bool m_listFailed = false;
    QList<Outcome> m_outcomes;
    qsizetype m_completed = 0;
    bool m_stopped = false;
};

} // namespace trro::cli
