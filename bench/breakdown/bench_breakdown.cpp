// bench_breakdown: the interval breakdown (BreakdownFetcher, as the dashboard's panel and
// trro-stats breakdown run it) against the local service with its rate limit on.
//
// For each fleet size of --devices, hosts the local service on a worker thread, lists the
// project's devices, then breaks down the busiest hour of the last day (or, with --interval day,
// yesterday as the service's day): prints the time to the
// estimate (one project-wide session list), the time to every exact figure against the
// one-action floor N/20 s and the two-action floor N/40 s, the rows compared with the service's
// own statistics (none may be lost or differ), and the rate-limit answers seen and surfaced.
// Prints figures; it is not a test.

#include "benchstack.h"
#include "breakdownfetcher.h"
#include "breakdownmodel.h"
#include "fleet.h"
#include "localservice.h"
#include "servicethread.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace trro;

using bench::ServiceThread;

namespace {

// The vehicles that make a demo project of `total` devices (one cockpit per 25, at least 12).
int vehiclesFor(int total) {
    for (int vehicles = total; vehicles > 0; --vehicles) {
        if (vehicles + std::max(12, int(std::lround(vehicles / 25.0))) == total)
            return vehicles;
    }
    return std::max(1, total - 12);
}

QString number(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

struct Outcome {
    int devices = 0;
    qint64 listMs = 0;
    qint64 estimateMs = -1;
    qint64 exactMs = -1;
    qint64 checkedMs = -1; // estimate and agreement check in: the exact requests start
    bool bothActions = false;
    int corrected = 0;
    int sessions = 0;
    int failed = 0;
    int surfacedRateLimits = 0;
    qint64 rows = 0;     // devices with sessions in the breakdown
    qint64 expected = 0; // devices with sessions at the service
    qint64 lost = 0;     // the service has figures the breakdown does not show
    qint64 differ = 0;
    qint64 rateLimitedSeen = 0;
    qint64 byInterval = 0;
    qint64 totals = 0;
    qint64 sessionPages = 0;
};

// Waits (in the event loop) until done() or the deadline.
template <typename F> bool waitFor(F done, int deadlineMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > deadlineMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// The hour of the last day (whole and over) with the most sessions in the fleet.
qint64 busiestHour(sim::Fleet &fleet, qint64 now) {
    qint64 best = sim::Fleet::bucketStart(Interval::Hour, now) - 2 * 3600;
    qint64 most = -1;
    for (int back = 2; back <= 25; ++back) {
        const qint64 start = sim::Fleet::bucketStart(Interval::Hour, now) - back * 3600;
        const QList<IntervalBucket> b =
            fleet.intervalStatistics(0, -1, Interval::Hour, start, start + 3600, now);
        const qint64 n = b.isEmpty() ? 0 : b.first().sessionNum;
        if (n > most) {
            most = n;
            best = start;
        }
    }
    return best;
}

void compareWithService(ServiceThread &host, const BreakdownModel &model, Interval interval,
                        qint64 start, qint64 end, Outcome *o) {
    host.run([&] {
        sim::Fleet &fleet = host.service()->fleet();
        const qint64 now = host.service()->serviceTime();
        for (const BreakdownModel::Row &row : model.rows()) {
            const int index = fleet.catalog().deviceIndex(row.device.deviceId);
            const QList<IntervalBucket> truth =
                fleet.intervalStatistics(0, index, interval, start, end, now);
            const DeviceIntervalStats want = DeviceIntervalStats::fromBuckets(truth, start, end);
            o->expected += want.hasSessions() ? 1 : 0;
            const bool shown = row.state == BreakdownModel::RowState::Loaded;
            o->rows += shown && row.stats.hasSessions() ? 1 : 0;
            if (want.hasSessions() && (!shown || !row.stats.hasSessions()))
                ++o->lost;
            else if (shown && (row.stats.sessionNum != want.sessionNum ||
                               row.stats.totalDuration != want.totalDuration ||
                               (want.hasSessions() &&
                                row.stats.notBadSessionRatio != want.notBadSessionRatio)))
                ++o->differ;
        }
        for (const auto &record : host.service()->requestLog()) {
            o->rateLimitedSeen +=
                record.errorCode.startsWith(QLatin1String("RequestLimitExceeded")) ? 1 : 0;
            o->byInterval += record.action == QLatin1String("DescribeSessionStatisticsByInterval");
            o->totals += record.action == QLatin1String("DescribeSessionStatistics");
            o->sessionPages += record.action == QLatin1String("DescribeDeviceSessionList");
        }
    });
}

Outcome runOnce(int total, double rate, Interval interval) {
    Credentials key;
    key.secretId = QStringLiteral("AKIDbench0breakdown000000000000001");
    key.secretKey = QStringLiteral("benchBreakdownKey0000000000000000001");
    sim::ServiceOptions options;
    options.keys = {key};
    options.ratePerSecond = rate;
    options.fleet = sim::FleetConfig::standard(vehiclesFor(total));
    const QString project = options.fleet.projects.constFirst().projectId;
    ServiceThread host(options);
    Outcome o;
    if (!host.listening())
        return o;
    qint64 start = 0;
    host.run([&] {
        const qint64 now = host.service()->serviceTime();
        start = interval == Interval::Hour
                    ? busiestHour(host.service()->fleet(), now)
                    : sim::Fleet::bucketStart(interval, sim::Fleet::bucketStart(interval, now) - 1);
    });
    const qint64 end = sim::Fleet::bucketEnd(interval, start);

    bench::BenchStack stack(host, key);

    QElapsedTimer timer;
    timer.start();
    QList<Device> devices;
    bool listed = false;
    QObject context;
    stack.api()->devices(project, DeviceFilter{}, &context,
                         [&](const Result<QList<Device>> &result) {
                             if (result.ok())
                                 devices = result.value();
                             listed = true;
                         });
    if (!waitFor([&] { return listed; }, 60000) || devices.isEmpty())
        return o;
    o.devices = int(devices.size());
    o.listMs = timer.elapsed();

    BreakdownModel model;
    BreakdownFetcher fetcher(stack.api(), stack.statistics(), &model);
    bool finished = false;
    QObject::connect(&fetcher, &BreakdownFetcher::estimated, &context, [&](int sessions) {
        o.estimateMs = timer.elapsed() - o.listMs;
        o.sessions = sessions;
    });
    QObject::connect(&fetcher, &BreakdownFetcher::agreementChecked, &context,
                     [&] { o.checkedMs = timer.elapsed() - o.listMs; });
    QObject::connect(&fetcher, &BreakdownFetcher::finished, &context, [&] { finished = true; });
    QObject::connect(&fetcher, &BreakdownFetcher::errorOccurred, &context,
                     [&](const ApiError &error) {
                         o.surfacedRateLimits +=
                             error.code.startsWith(QLatin1String("RequestLimitExceeded")) ? 1 : 0;
                     });
    fetcher.start(project, interval, start, end, devices);
    if (!waitFor([&] { return finished; }, 600000))
        return o;
    o.exactMs = timer.elapsed() - o.listMs;
    o.bothActions = fetcher.usesBothActions();
    o.corrected = fetcher.correctedEstimates();
    o.failed = model.count(BreakdownModel::RowState::Failed);
    for (const BreakdownModel::Row &row : model.rows()) {
        if (row.state == BreakdownModel::RowState::Failed &&
            row.error.code.startsWith(QLatin1String("RequestLimitExceeded")))
            ++o.surfacedRateLimits;
    }
    compareWithService(host, model, interval, start, end, &o);
    return o;
}

void print(QTextStream &out, const Outcome &o, double rate, Interval interval) {
    const double n = o.devices;
    const double one = n / rate;
    const double two = n / (2 * rate);
    const double exact = double(o.exactMs) / 1000.0;
    out << "breakdown: " << o.devices << " devices, "
        << (interval == Interval::Hour ? QStringLiteral("the busiest hour of the last day")
                                       : QStringLiteral("the last whole ") + intervalName(interval))
        << ", service limit " << rate << " requests/s per action\n";
    out << "device list         " << o.listMs << " ms\n";
    out << "estimate            " << o.estimateMs << " ms  (" << o.sessions << " sessions, "
        << o.sessionPages << " list pages)\n";
    out << "all exact figures   " << number(exact, 2) << " s  (" << o.byInterval
        << " DescribeSessionStatisticsByInterval, " << o.totals << " DescribeSessionStatistics; "
        << (o.bothActions ? "both actions" : "one action") << ")\n";
    const double phase = double(o.exactMs - o.checkedMs) / 1000.0;
    out << "  of which exact    " << number(phase, 2) << " s after the estimate and the agreement "
        << "check (" << o.checkedMs << " ms)  ratio to N/" << 2 * rate << " "
        << number(phase / two, 3) << "\n";
    out << "one-action floor    " << number(one, 2) << " s  (N/" << rate << ")  ratio "
        << number(exact / one, 3) << "\n";
    out << "two-action floor    " << number(two, 2) << " s  (N/" << 2 * rate << ")  ratio "
        << number(exact / two, 3) << "  (target <= 1.05)\n";
    out << "rows                " << o.rows << "  (the service has " << o.expected << "; lost "
        << o.lost << ", different " << o.differ << "; estimates corrected " << o.corrected << ")\n";
    out << "rate-limit answers  " << o.rateLimitedSeen << " seen by the client, "
        << o.surfacedRateLimits << " surfaced; failed devices " << o.failed << "\n\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The interval breakdown against the local service at its rate limit."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("devices"),
         QStringLiteral("Fleet sizes (devices: vehicles and cockpits), comma-separated."),
         QStringLiteral("N,..."), QStringLiteral("312,2000")},
        {QStringLiteral("rate"), QStringLiteral("The service's limit per action and second."),
         QStringLiteral("R"), QStringLiteral("20")},
        {QStringLiteral("interval"),
         QStringLiteral("hour (the busiest of the last day) or day (the last whole one)."),
         QStringLiteral("I"), QStringLiteral("hour")},
    });
    parser.process(app);
    const double rate = std::max(0.1, parser.value(QStringLiteral("rate")).toDouble());
    Interval interval = Interval::Hour;
    if (!parseInterval(parser.value(QStringLiteral("interval")), &interval) ||
        interval == Interval::Month) {
        std::fputs("bench_breakdown: --interval must be hour or day\n", stderr);
        return 2;
    }
    QTextStream out(stdout);
    int status = 0;
    for (const QString &size : parser.value(QStringLiteral("devices")).split(QLatin1Char(','))) {
        const int total = std::clamp(size.trimmed().toInt(), 13, 20000);
        const Outcome o = runOnce(total, rate, interval);
        if (o.exactMs < 0) {
            std::fprintf(stderr, "bench_breakdown: the run with %d devices did not finish\n",
                         total);
            status = 1;
            continue;
        }
        print(out, o, rate, interval);
        if (o.lost > 0 || o.differ > 0 || o.surfacedRateLimits > 0 || o.failed > 0)
            status = 1;
    }
    return status;
}
