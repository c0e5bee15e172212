#pragma once

#include "command.h"
#include "result.h"
#include "types.h"

#include <QList>

namespace trro {
class BreakdownFetcher;
class BreakdownModel;
} // namespace trro

namespace trro::cli {

// breakdown --project ID --interval hour|day|month --at T [--estimate] [--format ...]
//           [--output FILE]
// The per-device figures of the one interval that holds T. The interval's bounds are the
// service's own: those of the fleet's DescribeSessionStatisticsByInterval bucket that holds T
// (the zone's hour, day or month when the fleet has no session in it). The exact figures come
// from the dashboard's BreakdownFetcher: an estimate from one project-wide session list first,
// then one request per device, worst first, over both statistics actions when they agree over
// the fleet (DescribeSessionStatisticsByInterval alone otherwise). The rows are those of
// `stats --all-devices` over that interval: one per device with a bucket in it, by DeviceId.
// --estimate writes the session list's estimate alone (and says so on stderr).
class BreakdownCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

private:
    void onLocated(const Result<IntervalSeries> &result);
    void listDevices();
    void onDeviceList(const Result<QList<Device>> &result);
    void startExact();
    void onExactFinished();
    void startEstimate();
    bool writeRows(const QList<IntervalSeries> &series, const QHash<QString, qint64> &badSessions);
    IntervalBucket bucketOf(qint64 sessionNum, qint64 minutes, int ratio, qint64 fields,
                            qint64 remotes) const;
    void verbose(const QString &message) const;

    Interval m_interval = Interval::Day;
    qint64 m_at = 0;
    bool m_estimate = false;
    qint64 m_start = 0; // the interval: [m_start, m_end)
    qint64 m_end = 0;
    qint64 m_bucketEnd = 0; // its EndTime as the service wrote it

    int m_pendingLists = 0;
    bool m_failed = false;
    QList<Device> m_devices;
    BreakdownModel *m_model = nullptr;
    BreakdownFetcher *m_fetcher = nullptr;
};

} // namespace trro::cli
