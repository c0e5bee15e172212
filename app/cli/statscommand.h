#pragma once

#include "cachedstats.h"
#include "command.h"
#include "result.h"
#include "types.h"

#include <QList>
#include <QMap>
#include <QStringList>

namespace trro::cli {

// stats --project ID --interval hour|day|month [--device ID ...|--all-devices] [--from T]
//       [--to T] [--complete-only] [--format table|csv|json] [--output FILE]
// One DescribeSessionStatisticsByInterval per device (or one for the whole project), every
// bucket written as returned, ordered by DeviceId then StartTime. Buckets the range cuts or
// that are not over yet are marked Partial (table, json) or left out (--complete-only). With
// --device, the project's device list is asked for too, to warn about ids it does not have.
class StatsCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

private:
    struct Outcome {
        QString deviceId;
        bool done = false;
        bool ok = false;
        bool offline = false; // served from the cache: the service could not be reached
        CacheOutcome cache;
        IntervalSeries series;
        ApiError error;
    };

    void fetchDeviceList();
    void onDeviceList(DeviceType type, const Result<QList<Device>> &result);
    void fetchSeries(const QStringList &deviceIds);
    void onSeries(qsizetype index, const Result<IntervalSeries> &result, const CacheOutcome &cache);
    void writeResults();
    void reportSeries(const Outcome &outcome, const QString &subject, qint64 *gaps,
                      QMap<QString, QStringList> *offlineNotes) const;
    ExportTable buildTable(const QList<IntervalSeries> &series);

    Interval m_interval = Interval::Day;
    QStringList m_devices; // empty: the whole project (unless m_allDevices)
    bool m_allDevices = false;
    bool m_completeOnly = false;

    bool m_seriesDone = false; // every series is in (the device check may still run)

    QStringList m_listedDevices;
    int m_pendingLists = 0;
    bool m_listFailed = false;
    QList<Outcome> m_outcomes;
    qsizetype m_completed = 0;
    bool m_stopped = false;
};

} // namespace trro::cli
