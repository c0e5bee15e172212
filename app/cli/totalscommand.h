#pragma once

#include "command.h"
#include "result.h"
#include "types.h"

#include <QList>

namespace trro::cli {

// totals --project ID [--device ID] [--from T] [--to T] [--format ...] [--output FILE]
// DescribeSessionStatistics over the range: one row (JSON: one object). A --device the
// project does not have is warned about.
// totals --all-devices [--type field|remote] [--sort ratio|bad|sessions|minutes] [--top N]
// One DescribeSessionStatistics per device of the project (through the scheduler): exact
// figures per device over the range, ranked worst first.
class TotalsCommand final : public Command {
    Q_OBJECT
public:
    using Command::Command;

    void addOptions(QCommandLineParser &parser) override;
    bool configure(const QCommandLineParser &parser, QString *error) override;
    void start() override;
    QString helpDetails() const override;

    enum class Sort { Ratio, Bad, Sessions, Minutes };
    struct Ranked {
        QString deviceId;
        SessionTotals totals;
    };
    // Sessions whose quality was bad, from the not-bad ratio (integer percent).
    static qint64 badSessions(const SessionTotals &totals);
    // Worst first: lowest ratio, most bad sessions, most sessions or minutes; devices without
    // sessions last for the ratio; ties by DeviceId.
    static void rank(QList<Ranked> *rows, Sort sort);

private:
    void startOne();
    void startAll();
    void onDeviceList(const Result<QList<Device>> &result);
    void onDeviceTotals(qsizetype index, const Result<SessionTotals> &result);
    void startEstimate();
    void writeRanking();

    QString m_deviceId;
    bool m_allDevices = false;
    bool m_estimate = false; // --estimate: from one project-wide session list
    QList<DeviceType> m_types;
    Sort m_sort = Sort::Ratio;
    qsizetype m_top = 0; // 0: every device

    int m_pendingLists = 0;
    bool m_failed = false;
    QStringList m_listed;
    QList<Ranked> m_rows;
    QList<bool> m_done;
    qsizetype m_completed = 0;
};

} // namespace trro::cli
