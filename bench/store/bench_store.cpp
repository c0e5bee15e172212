// The shared history store under load. Prints figures; see docs/PERFORMANCE.md.
//
//   bench_store [--devices 1000] [--readers 10] [--pause-ms 1000] [--per-series]
//
// Starts a private PostgreSQL server (tests/store/pgserver.h) and the local service (20
// requests per second per action) with a fleet of N vehicles, then:
//   fill     trro-collector --once --interval day --since -7d@d fills the empty store while
//            the readers refresh the fleet's week from it: the collector's requests, the
//            most it sent in any one second, its time;
//   warm     the readers alone for 10 s: time of one refresh (the device list and every
//            device's day series of the week, from the store: one query for the project, or
//            with --per-series one per device), API requests (none);
//   cycle    a second collector cycle (the steady state: the open buckets only) under the
//            readers: requests and time.
// The same refresh from the local SQLite cache and from the API: bench/cache.

#include "endpoint.h"
#include "localservice.h"
#include "pgserver.h"
#include "storereaders.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace trro;
using namespace trro::bench;

namespace {

const Credentials Key = [] {
    Credentials c;
    c.secretId = QStringLiteral("AKIDbench0store0key0000000000000001");
    c.secretKey = QStringLiteral("benchStoreSecretKey0000000000000001");
    return c;
}();

struct Counts {
    qint64 stats = 0;
    qint64 lists = 0;
    qint64 sessions = 0;
    qint64 limited = 0;
    int peakPerSecond = 0; // statistics requests in the busiest one-second window
};

Counts countSince(const sim::LocalService &service, qint64 sinceMs) {
    Counts c;
    QList<qint64> stats;
    for (const auto &r : service.requestLog()) {
        if (r.receivedMs < sinceMs)
            continue;
        c.limited += r.errorCode.startsWith(QLatin1String("RequestLimitExceeded")) ? 1 : 0;
        if (r.action == QLatin1String("DescribeSessionStatisticsByInterval")) {
            ++c.stats;
            stats << r.receivedMs;
        }
        c.lists += r.action == QLatin1String("DescribeDeviceList") ? 1 : 0;
        c.sessions += r.action == QLatin1String("DescribeDeviceSessionList") ? 1 : 0;
    }
    std::sort(stats.begin(), stats.end());
    for (qsizetype i = 0, j = 0; i < stats.size(); ++i) {
        while (stats.at(i) - stats.at(j) >= 1000)
            ++j;
        c.peakPerSecond = std::max(c.peakPerSecond, int(i - j + 1));
    }
    return c;
}

double percentile(QList<double> values, double p) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(p * double(values.size() - 1)));
}

// Runs trro-collector --once to the end; its exit code, or -1.
int runCollector(const QString &url, const sim::LocalService &service, double *seconds) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), Key.secretId);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), Key.secretKey);
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(TRRO_COLLECTOR_BINARY),
                  {QStringLiteral("--store"), url, QStringLiteral("--project"),
                   sim::LocalService::demoProjectId(), QStringLiteral("--endpoint"),
                   service.url().toString(), QStringLiteral("--interval"), QStringLiteral("day"),
                   QStringLiteral("--since"), QStringLiteral("-7d@d"), QStringLiteral("--once"),
                   QStringLiteral("--quiet")});
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 3600 * 1000))
        return -1;
    *seconds = double(timer.elapsed()) / 1000.0;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

struct ReaderFigures {
    qint64 refreshes = 0;
    double medianMs = 0;
    double p95Ms = 0;
};

ReaderFigures readerFigures(const std::vector<std::unique_ptr<StoreReader>> &readers,
                            const std::vector<qsizetype> &from) {
    QList<double> all;
    for (size_t i = 0; i < readers.size(); ++i)
        all += readers.at(i)->refreshMs().mid(from.at(i));
    return {all.size(), percentile(all, 0.5), percentile(all, 0.95)};
}

std::vector<qsizetype> marks(const std::vector<std::unique_ptr<StoreReader>> &readers) {
    std::vector<qsizetype> out;
    for (const auto &r : readers)
        out.push_back(r->refreshMs().size());
    return out;
}

void printPhase(const char *name, const Counts &c, double seconds, const ReaderFigures &r) {
    std::printf("%-6s %8.1f s  stats %6lld (peak %2d/s)  lists %4lld  sessions %5lld  "
                "rate-limited %lld | reader refreshes %5lld  median %7.1f ms  p95 %7.1f ms\n",
                name, seconds, c.stats, c.peakPerSecond, c.lists, c.sessions, c.limited,
                r.refreshes, r.medianMs, r.p95Ms);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("devices"), QStringLiteral("Vehicles."), QStringLiteral("N"),
                        QStringLiteral("1000")},
                       {QStringLiteral("readers"), QStringLiteral("Readers."), QStringLiteral("N"),
                        QStringLiteral("10")},
                       {QStringLiteral("pause-ms"), QStringLiteral("Pause between refreshes."),
                        QStringLiteral("MS"), QStringLiteral("1000")},
                       {QStringLiteral("per-series"), QStringLiteral("One query per device.")}});
    parser.process(app);
    const int devices = parser.value(QStringLiteral("devices")).toInt();
    const int readerCount = parser.value(QStringLiteral("readers")).toInt();

    test::PgServer server;
    if (!server.start()) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QString url = server.createDatabase(QStringLiteral("bench"));
    sim::ServiceOptions options;
    options.keys = {Key};
    options.fleet = sim::FleetConfig::standard(devices);
    sim::LocalService service(options);
    if (url.isEmpty() || !service.listen())
        return 1;
    const StoreScope scope{Endpoint::parse(service.url().toString()).toString(), Key.secretId};
    std::printf("fleet: %d vehicles, %d readers refreshing the week every %d ms (%s)\n", devices,
                readerCount, parser.value(QStringLiteral("pause-ms")).toInt(),
                parser.isSet(QStringLiteral("per-series")) ? "one query per device"
                                                           : "one query per project");

    std::vector<std::unique_ptr<StoreReader>> readers;
    for (int i = 0; i < readerCount; ++i) {
        readers.push_back(std::make_unique<StoreReader>(
            server.location(QStringLiteral("bench")), scope, sim::LocalService::demoProjectId(),
            service.serviceTime(), parser.value(QStringLiteral("pause-ms")).toInt(),
            parser.isSet(QStringLiteral("per-series"))));
        readers.back()->start();
    }

    double seconds = 0;
    qint64 start = QDateTime::currentMSecsSinceEpoch();
    auto from = marks(readers);
    int code = runCollector(url, service, &seconds);
    printPhase("fill", countSince(service, start), seconds, readerFigures(readers, from));

    start = QDateTime::currentMSecsSinceEpoch();
    from = marks(readers);
    QTest::qWait(10000);
    printPhase("warm", countSince(service, start), 10.0, readerFigures(readers, from));
    std::printf("       rows per refresh: %lld day buckets\n", readers.front()->lastRows());

    start = QDateTime::currentMSecsSinceEpoch();
    from = marks(readers);
    code = std::max(code, runCollector(url, service, &seconds));
    printPhase("cycle", countSince(service, start), seconds, readerFigures(readers, from));

    for (auto &r : readers) {
        r->stop();
        r->wait();
        if (!r->error().isEmpty())
            std::fprintf(stderr, "reader: %s\n", qPrintable(r->error()));
    }
    return code == 0 ? 0 : 1;
}
