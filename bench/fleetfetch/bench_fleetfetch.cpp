// bench_fleetfetch: the cost of "trro-stats stats --all-devices" at the service's rate limit.
//
// Hosts the local TRRO service on a worker thread (a project of --devices devices), runs the
// trro-stats binary against it for --days days by --interval, and prints the requests, the wall
// time, the floor (requests / rate), their ratio, the rows written against the rows the service
// holds, and the rate-limit answers seen and surfaced. Prints figures; it is not a test.

#include "fleet.h"
#include "localservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace trro;

namespace {

// The vehicles that make a demo project of `total` devices (one cockpit per 25, at least 12).
int vehiclesFor(int total) {
    for (int vehicles = total; vehicles > 0; --vehicles) {
        if (vehicles + std::max(12, int(std::lround(vehicles / 25.0))) == total)
            return vehicles;
    }
    return std::max(1, total - 12);
}

struct Figures {
    QMap<QString, qint64> requests; // per action
    qint64 rateLimited = 0;
    qint64 otherErrors = 0;
    qint64 expectedRows = 0;
    qint64 firstMs = 0;      // first request received (ms since epoch)
    qint64 firstStatsMs = 0; // first DescribeSessionStatisticsByInterval
    qint64 lastMs = 0;
    int fieldDevices = 0;
    int remoteDevices = 0;
};

QString number(double value, int decimals) {
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("trro-stats --all-devices against the local "
                                                    "service at its rate limit."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("devices"),
         QStringLiteral("Devices in the project (vehicles and cockpits)."), QStringLiteral("N"),
         QStringLiteral("250")},
        {QStringLiteral("days"), QStringLiteral("Length of the range, ending now."),
         QStringLiteral("N"), QStringLiteral("7")},
        {QStringLiteral("interval"), QStringLiteral("hour, day or month."), QStringLiteral("I"),
         QStringLiteral("day")},
        {QStringLiteral("rate"), QStringLiteral("The service's limit per action and second."),
         QStringLiteral("R"), QStringLiteral("20")},
        {QStringLiteral("trro-stats"), QStringLiteral("The binary to run."), QStringLiteral("PATH"),
         QStringLiteral(TRRO_STATS_BINARY)},
    });
    parser.process(app);
    const int devices = std::max(13, parser.value(QStringLiteral("devices")).toInt());
    const int days = std::max(1, parser.value(QStringLiteral("days")).toInt());
    const double rate = std::max(0.1, parser.value(QStringLiteral("rate")).toDouble());
    Interval interval = Interval::Day;
    if (!parseInterval(parser.value(QStringLiteral("interval")), &interval)) {
        std::fputs("bench_fleetfetch: --interval must be hour, day or month\n", stderr);
        return 2;
    }

    Credentials key;
    key.secretId = QStringLiteral("AKIDbench0fleetfetch00000000000001");
    key.secretKey = QStringLiteral("benchFleetFetchKey00000000000000001");
    sim::ServiceOptions options;
    options.keys = {key};
    options.ratePerSecond = rate;
    options.fleet = sim::FleetConfig::standard(vehiclesFor(devices));
    const QString project = options.fleet.projects.constFirst().projectId;

    // The service runs on its own thread, as a separate server would; `anchor` lives there.
    QThread serviceThread;
    serviceThread.start();
    auto *anchor = new QObject;
    anchor->moveToThread(&serviceThread);
    sim::LocalService *service = nullptr;
    bool listening = false;
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            service = new sim::LocalService(options);
            listening = service->listen();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fputs("bench_fleetfetch: the local service could not listen\n", stderr);
        return 1;
    }
    const QString url = service->url().toString();

    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("rows.csv"));
    const qint64 to = QDateTime::currentSecsSinceEpoch();
    const qint64 from = to - qint64(days) * 86400;
    const QStringList arguments{QStringLiteral("--endpoint"),
                                url,
                                QStringLiteral("stats"),
                                QStringLiteral("--project"),
                                project,
                                QStringLiteral("--all-devices"),
                                QStringLiteral("--interval"),
                                intervalName(interval),
                                QStringLiteral("--from"),
                                QString::number(from),
                                QStringLiteral("--to"),
                                QString::number(to),
                                QStringLiteral("--format"),
                                QStringLiteral("csv"),
                                QStringLiteral("--output"),
                                output};

    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_ID"), key.secretId);
    env.insert(QStringLiteral("TENCENTCLOUD_SECRET_KEY"), key.secretKey);
    env.remove(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN"));
    cli.setProcessEnvironment(env);
    cli.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer wall;
    qint64 startedAtMs = 0;
    int exitCode = -1;
    qint64 wallMs = 0;
    QObject::connect(&cli, &QProcess::finished, &app, [&](int code, QProcess::ExitStatus status) {
        wallMs = wall.elapsed();
        exitCode = status == QProcess::NormalExit ? code : -1;
        QCoreApplication::quit();
    });
    QObject::connect(&cli, &QProcess::errorOccurred, &app, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            std::fputs("bench_fleetfetch: trro-stats did not start\n", stderr);
            QCoreApplication::exit(1);
        }
    });
    wall.start();
    startedAtMs = QDateTime::currentMSecsSinceEpoch();
    cli.start(parser.value(QStringLiteral("trro-stats")), arguments);
    if (QCoreApplication::exec() != 0)
        return 1;
    const QByteArray err = cli.readAllStandardError();

    // What the service saw, and the rows it holds for the same question.
    Figures figures;
    QMetaObject::invokeMethod(
        anchor,
        [&] {
            const QList<sim::LocalService::RequestRecord> log = service->requestLog();
            for (const sim::LocalService::RequestRecord &record : log) {
                ++figures.requests[record.action];
                if (figures.firstMs == 0)
                    figures.firstMs = record.receivedMs;
                if (figures.firstStatsMs == 0 &&
                    record.action == QLatin1String("DescribeSessionStatisticsByInterval"))
                    figures.firstStatsMs = record.receivedMs;
                figures.lastMs = std::max(figures.lastMs, record.receivedMs);
                if (record.errorCode.startsWith(QLatin1String("RequestLimitExceeded")))
                    ++figures.rateLimited;
                else if (!record.errorCode.isEmpty())
                    ++figures.otherErrors;
            }
            sim::Fleet &fleet = service->fleet();
            const sim::FleetProject &fp = fleet.catalog().projects().constFirst();
            figures.fieldDevices = int(fp.fieldDevices.size());
            figures.remoteDevices = int(fp.remoteDevices.size());
            const qint64 now = service->serviceTime();
            for (const int index : fp.fieldDevices + fp.remoteDevices) {
                figures.expectedRows +=
                    fleet.intervalStatistics(0, index, interval, from, to, now).size();
            }
            delete service;
            anchor->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    serviceThread.quit();
    serviceThread.wait();

    qint64 rows = -1;
    QFile csv(output);
    if (csv.open(QIODevice::ReadOnly))
        rows = std::max<qint64>(0, csv.readAll().count('\n') - 1);

    qint64 requests = 0;
    QStringList perAction;
    for (auto it = figures.requests.cbegin(); it != figures.requests.cend(); ++it) {
        requests += it.value();
        perAction.append(it.key() + QLatin1Char(' ') + QString::number(it.value()));
    }
    const double floorSeconds = double(requests) / rate;
    const double wallSeconds = double(wallMs) / 1000.0;
    const qint64 surfaced = err.count("RequestLimitExceeded");

    QTextStream out(stdout);
    out << "fleetfetch: trro-stats stats --all-devices --interval " << intervalName(interval)
        << ", " << days << " days, " << figures.fieldDevices + figures.remoteDevices << " devices ("
        << figures.fieldDevices << " field, " << figures.remoteDevices << " remote), service limit "
        << rate << " requests/s per action\n";
    out << "requests            " << requests << "  (" << perAction.join(QStringLiteral(", "))
        << ")\n";
    out << "wall time           " << number(wallSeconds, 2) << " s\n";
    out << "floor               " << number(floorSeconds, 2) << " s  (" << requests
        << " requests / " << rate << " per s)\n";
    out << "ratio               " << number(wallSeconds / floorSeconds, 3)
        << "  (target <= 1.10)\n";
    const qint64 statsRequests =
        figures.requests.value(QStringLiteral("DescribeSessionStatisticsByInterval"));
    out << "phases              start-up " << figures.firstMs - startedAtMs << " ms, device list "
        << figures.firstStatsMs - figures.firstMs << " ms, statistics "
        << figures.lastMs - figures.firstStatsMs << " ms (mean spacing "
        << number(double(figures.lastMs - figures.firstStatsMs) /
                      std::max<qint64>(1, statsRequests - 1),
                  1)
        << " ms, ideal " << number(1000.0 / rate, 1) << "), tail "
        << startedAtMs + wallMs - figures.lastMs << " ms\n";
    out << "rows                " << rows << "  (the service holds " << figures.expectedRows
        << "; lost " << std::max<qint64>(0, figures.expectedRows - rows) << ")\n";
    out << "rate-limit answers  " << figures.rateLimited << " seen by the client, " << surfaced
        << " surfaced to the user; other error answers " << figures.otherErrors << "\n";
    out << "exit status         " << exitCode << "\n";
    if (exitCode != 0)
        out << "stderr:\n" << QString::fromLocal8Bit(err) << "\n";
    return exitCode == 0 ? 0 : 1;
}
