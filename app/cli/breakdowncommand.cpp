#include "breakdowncommand.h"

#include "breakdownfetcher.h"
#include "breakdownmodel.h"
#include "bucketcut.h"
#include "cachedstats.h"
#include "clisession.h"
#include "console.h"
#include "requestscheduler.h"
#include "sessionestimate.h"
#include "timespec.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <algorithm>
#include <climits>

namespace trro::cli {
namespace {

// Wider than any interval of its kind: the bucket that holds T starts after T minus this and
// ends before T plus this.
qint64 reach(Interval interval) {
    switch (interval) {
    case Interval::Hour:
        return 3600;
    case Interval::Day:
        return 86400;
    case Interval::Month:
        return 31 * 86400;
    }
    return 86400;
}

} // namespace

void BreakdownCommand::addOptions(QCommandLineParser &parser) {
    addProjectOption(parser);
    parser.addOptions({
        {QStringLiteral("interval"), tr("Interval size: hour, day or month (required)."),
         tr("INTERVAL")},
        {QStringLiteral("at"),
         tr("A time inside the interval (required), in the syntax of --from of the other "
            "commands: unix seconds, ISO 8601, YYYY-MM-DD[THH:MM] in the --tz zone, -2h, "
            "-1d@d, ..."),
         tr("T")},
        {QStringLiteral("estimate"),
         tr("Only the estimate from one project-wide session list (a few requests instead of "
            "one per device).")},
    });
    addOutputOptions(parser);
}

bool BreakdownCommand::configure(const QCommandLineParser &parser, QString *error) {
    if (!rejectArguments(parser, error) || !readProject(parser, error))
        return false;
    if (!readInterval(parser, &m_interval, error))
        return false;
    if (!parser.isSet(QStringLiteral("at"))) {
        *error = tr("--at is required: a time inside the interval (e.g. --at -1d@d).");
        return false;
    }
    QString why;
    if (!parseTimeSpec(parser.value(QStringLiteral("at")), session()->now(), &m_at, &why,
                       session()->options().timeZone)) {
        *error = tr("--at: %1").arg(why);
        return false;
    }
    m_estimate = parser.isSet(QStringLiteral("estimate"));
    return readOutput(parser, error);
}

void BreakdownCommand::start() {
    // The zone's interval until the service says where its own bucket lies.
    const IntervalBounds zoned = intervalAt(m_at, m_interval, session()->options().timeZone);
    m_start = zoned.start;
    m_end = zoned.end;
    m_bucketEnd = zoned.end;
    StatsQuery fleet;
    fleet.projectId = m_projectId;
    fleet.interval = m_interval;
    fleet.startTime = std::max<qint64>(m_at - reach(m_interval), 0);
    fleet.endTime = m_at + reach(m_interval);
    session()->statistics()->intervalStatistics(
        fleet, this, [this](const Result<IntervalSeries> &result) { onLocated(result); },
        Priority::Interactive);
}

void BreakdownCommand::onLocated(const Result<IntervalSeries> &result) {
    if (!result.ok()) {
        failWith(result.error(), tr("project %1").arg(m_projectId));
        return;
    }
    const QList<IntervalBucket> &buckets = result.value().buckets;
    const auto holder = std::find_if(buckets.cbegin(), buckets.cend(), [this](const auto &b) {
        return b.startTime <= m_at && m_at < b.endTime;
    });
    if (holder == buckets.cend()) {
        warn(tr("No sessions in the %1 interval at %2 on any device of the project.")
                 .arg(intervalName(m_interval))
                 .arg(m_at));
        finish(writeRows({}, {}) ? ExitOk : ExitUsage);
        return;
    }
    m_start = holder->startTime;
    m_end = holder->endTime;
    m_bucketEnd = holder->endTime;
    verbose(tr("Interval: %1 to %2 (the service's bucket holding %3).")
                .arg(m_start)
                .arg(m_end)
                .arg(m_at));
    if (m_estimate)
        startEstimate();
    else
        listDevices();
}

void BreakdownCommand::listDevices() {
    m_pendingLists = 2;
    for (const DeviceType type : {DeviceType::Field, DeviceType::Remote}) {
        DeviceFilter filter;
        filter.type = type;
        session()->api()->devices(
            m_projectId, filter, this,
            [this](const Result<QList<Device>> &result) { onDeviceList(result); },
            Priority::Interactive);
    }
}

void BreakdownCommand::onDeviceList(const Result<QList<Device>> &result) {
    --m_pendingLists;
    if (m_failed)
        return;
    if (!result.ok()) {
        m_failed = true;
        session()->scheduler()->cancel(this);
        failWith(result.error(), tr("listing the devices"));
        return;
    }
    for (const Device &device : result.value()) {
        const bool known = std::any_of(m_devices.cbegin(), m_devices.cend(), [&](const Device &d) {
            return d.deviceId == device.deviceId;
        });
        if (!device.deviceId.isEmpty() && !known)
            m_devices.append(device);
    }
    if (m_pendingLists > 0)
        return;
    std::sort(m_devices.begin(), m_devices.end(),
              [](const Device &a, const Device &b) { return a.deviceId < b.deviceId; });
    if (m_devices.isEmpty()) {
        warn(tr("The project %1 has no devices.").arg(m_projectId));
        finish(writeRows({}, {}) ? ExitOk : ExitUsage);
        return;
    }
    startExact();
}

void BreakdownCommand::startExact() {
    m_model = new BreakdownModel(this);
    m_fetcher = new BreakdownFetcher(session()->api(), session()->statistics(), m_model, this);
    connect(m_fetcher, &BreakdownFetcher::estimated, this, [this](int sessions) {
        verbose(tr("Estimate from the project's session list (%n session(s)); exact figures "
                   "follow, worst first.",
                   nullptr, sessions));
    });
    connect(m_fetcher, &BreakdownFetcher::agreementChecked, this, [this](bool agree) {
        verbose(agree ? tr("Agreement check: DescribeSessionStatistics and "
                           "DescribeSessionStatisticsByInterval agree over the fleet; the "
                           "device requests are spread over both actions.")
                      : tr("Agreement check: the two statistics actions disagree over the fleet "
                           "(or one failed); falling back to DescribeSessionStatisticsByInterval "
                           "alone."));
    });
    connect(m_fetcher, &BreakdownFetcher::progress, this, [](int completed, int total) {
        Console::instance().progress(completed, total, tr("devices"));
    });
    connect(m_fetcher, &BreakdownFetcher::errorOccurred, this, [this](const ApiError &error) {
        if (!error.isAuthFailure())
            return;
        // The same key signs every request: no point in sending the rest.
        m_fetcher->cancel();
        failWith(error);
    });
    connect(m_fetcher, &BreakdownFetcher::finished, this, &BreakdownCommand::onExactFinished);
    m_fetcher->start(m_projectId, m_interval, m_start, m_end, m_devices);
}

void BreakdownCommand::onExactFinished() {
    Console::instance().endProgress();
    verbose(tr("%n exact figure(s) differed from their estimate and replaced it.", nullptr,
               m_fetcher->correctedEstimates()));
    QList<IntervalSeries> series;
    QHash<QString, qint64> bad;
    qsizetype failures = 0;
    ApiError firstError;
    for (const BreakdownModel::Row &row : m_model->rows()) {
        if (row.state == BreakdownModel::RowState::Failed) {
            if (failures++ == 0)
                firstError = row.error;
            Console::instance().error(tr("device %1").arg(row.device.deviceId) +
                                      QLatin1String(": ") + row.error.userMessage());
            continue;
        }
        if (row.state != BreakdownModel::RowState::Loaded || row.stats.bucketCount == 0)
            continue; // no bucket in the interval: no row, as with stats
        const DeviceIntervalStats &s = row.stats;
        IntervalSeries one;
        one.deviceId = row.device.deviceId;
        one.buckets.append(bucketOf(s.sessionNum, s.totalDuration, s.notBadSessionRatio,
                                    s.activeFieldDeviceNum, s.activeRemoteDeviceNum));
        series.append(one);
        bad.insert(one.deviceId, s.badSessions());
    }
    if (failures > 0 && failures == m_model->rows().size()) {
        finish(exitCodeFor(firstError));
        return;
    }
    if (!writeRows(series, bad)) {
        finish(ExitUsage);
        return;
    }
    if (failures > 0) {
        Console::instance().error(tr("%1 of %2 devices failed; the rows of the others were "
                                     "written.")
                                      .arg(failures)
                                      .arg(m_model->rows().size()));
        finish(ExitPartial);
        return;
    }
    finish(ExitOk);
}

void BreakdownCommand::startEstimate() {
    session()->api()->deviceSessions(
        m_projectId, QString(), m_start, m_end, this,
        [this](const Result<QList<DeviceSession>> &result) {
            if (!result.ok()) {
                failWith(result.error(), tr("listing the sessions"));
                return;
            }
            const QHash<QString, DeviceEstimate> estimate =
                estimateDevices(result.value(), m_start, m_end);
            QList<IntervalSeries> series;
            QHash<QString, qint64> bad;
            for (auto it = estimate.cbegin(); it != estimate.cend(); ++it) {
                const SessionTotals &t = it->totals;
                if (t.sessionNum == 0)
                    continue;
                IntervalSeries one;
                one.deviceId = it.key();
                one.buckets.append(bucketOf(t.sessionNum, t.totalDuration, t.notBadSessionRatio,
                                            t.activeFieldDeviceNum, t.activeRemoteDeviceNum));
                series.append(one);
                bad.insert(it.key(), it->badSessions);
            }
            warn(tr("Estimated from the project's session list (%n session(s)), not the "
                    "service's statistics: run without --estimate for exact figures.",
                    nullptr, int(std::min<qsizetype>(result.value().size(), INT_MAX))));
            finish(writeRows(series, bad) ? ExitOk : ExitUsage);
        },
        Priority::Interactive);
}

IntervalBucket BreakdownCommand::bucketOf(qint64 sessionNum, qint64 minutes, int ratio,
                                          qint64 fields, qint64 remotes) const {
    IntervalBucket bucket;
    bucket.startTime = m_start;
    bucket.endTime = m_bucketEnd;
    bucket.sessionNum = sessionNum;
    bucket.totalDuration = minutes;
    bucket.notBadSessionRatio = ratio;
    bucket.activeFieldDeviceNum = fields;
    bucket.activeRemoteDeviceNum = remotes;
    return bucket;
}

bool BreakdownCommand::writeRows(const QList<IntervalSeries> &series,
                                 const QHash<QString, qint64> &badSessions) {
    const QList<IntervalRow> rows = intervalRows(series); // by DeviceId, as stats writes them
    ExportTable table = intervalTable(rows);
    const bool open = bucketCut(bucketOf(0, 0, 0, 0, 0), m_start, m_end,
                                session()->now().toSecsSinceEpoch()) == BucketCut::Open;
    if (open && !rows.isEmpty())
        warn(tr("The interval is not over yet: its figures will still grow."));
    if (m_format != ExportFormat::Csv) {
        // For people and scripts that read json: the impact and whether the interval is over.
        table.columns.append(
            {QStringLiteral("BadSessionNum"), tr("Bad sessions"), ExportTable::Kind::Integer});
        table.columns.append({QStringLiteral("Partial"), tr("Partial"), ExportTable::Kind::Flag});
        for (qsizetype i = 0; i < table.rows.size(); ++i)
            table.rows[i] << badSessions.value(rows.at(i).deviceId) << open;
    }
    return writeOutput(table);
}

void BreakdownCommand::verbose(const QString &message) const {
    if (session()->options().verbose)
        Console::instance().info(message);
}

QString BreakdownCommand::helpDetails() const {
    return tr("Examples:\n"
              "  trro-stats breakdown -p ID --interval hour --at -2h\n"
              "  trro-stats breakdown -p ID --interval day --at yesterday -f json\n"
              "  trro-stats --tz Asia/Shanghai breakdown -p ID --interval day --at 2026-11-30 \\\n"
              "      -o day.csv\n"
              "  trro-stats breakdown -p ID --interval hour --at -1h --estimate -f table\n"
              "\n"
              "The interval is the service's bucket that holds --at. Exact figures: an estimate\n"
              "from one session list first, then one request per device, worst first, spread\n"
              "over DescribeSessionStatistics and DescribeSessionStatisticsByInterval when they\n"
              "agree over the fleet (--verbose says whether they did and how many estimates the\n"
              "exact figures corrected).\n"
              "\n"
              "Output columns: those of stats (csv: exactly its header and rows, one row per\n"
              "device with a bucket in the interval, ordered by DeviceId); json and table also\n"
              "BadSessionNum (sessions whose quality was bad) and Partial (not over yet).\n");
}

} // namespace trro::cli
