// Fleet fetch at the rate limit, with and without the statistics cache, and parsing a large
// response. Prints figures; see docs/PERFORMANCE.md.
//
//   bench_cache [--devices 250,1000] [--no-direct]
//
// For each fleet size a trro-sim process is started (so that the service does not share the
// client's event loop), then:
//   cold     every device's day series for the last 7 days through CachedStats with an empty
//            cache: requests, wall time, floor (requests / 20 s) and their ratio;
//   warm     the same fetch again (same range): requests, time, speed-up, output identical;
//   refresh  the same fetch with "-7d..now" resolved again (the window moved): requests, time;
//   direct   (unless --no-direct) the refreshed range without the cache, to compare the rows.
#include "anomalies.h"
#include "apiclient.h"
#include "apistack.h"
#include "benchfleet.h"
#include "localservice.h"
#include "parse.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <sys/resource.h>

using namespace trro;
using namespace trro::bench;

namespace {

long maxRssKiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void printMachine() {
    QFile cpu(QStringLiteral("/proc/cpuinfo"));
    QString model;
    if (cpu.open(QIODevice::ReadOnly)) {
        const QString text = QString::fromUtf8(cpu.readAll());
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("model name\\s*:\\s*(.*)")).match(text);
        model = m.captured(1).trimmed();
    }
    QFile os(QStringLiteral("/etc/os-release"));
    QString pretty;
    if (os.open(QIODevice::ReadOnly)) {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("PRETTY_NAME=\"([^\"]*)\""))
                .match(QString::fromUtf8(os.readAll()));
        pretty = m.captured(1);
    }
    std::printf("machine: %d cores, %s, %s, Qt %s\n", QThread::idealThreadCount(),
                qPrintable(model), qPrintable(pretty), qVersion());
}

// 100,000 buckets in one response, parsed like any other answer.
void benchParse() {
    const int n = 100000;
    QByteArray body = "{\"Response\":{\"SessionStatistics\":[";
    body.reserve(n * 190);
    for (int i = 0; i < n; ++i) {
        const qint64 start = 1700000000 + qint64(i) * 3600;
        body += (i ? "," : "") + QByteArrayLiteral("{\"ActiveFieldDeviceNum\":") +
                QByteArray::number(i % 250) +
                ",\"ActiveRemoteDeviceNum\":" + QByteArray::number(i % 12) +
                ",\"SessionNum\":" + QByteArray::number(i % 97) +
                ",\"TotalDuration\":" + QByteArray::number(i % 1000) +
                ",\"StartTime\":" + QByteArray::number(start) +
                ",\"EndTime\":" + QByteArray::number(start + 3600) +
                ",\"NotBadSessionRatio\":" + QByteArray::number(i % 101) + "}";
    }
    body += "],\"RequestId\":\"bench\"}}";
    const long before = maxRssKiB();
    QElapsedTimer timer;
    timer.start();
    const Result<QJsonObject> envelope = parseEnvelope(body);
    const qint64 envelopeNs = timer.nsecsElapsed();
    const Result<IntervalSeries> series = parseIntervalStatistics(envelope.value());
    const qint64 bucketsNs = timer.nsecsElapsed() - envelopeNs;
    const QStringList warnings = describeAnomalies(series.value().buckets, Interval::Hour);
    const qint64 totalNs = timer.nsecsElapsed();
    const long after = maxRssKiB();
    std::printf("parse: %d buckets, %.1f MiB body: envelope (JSON) %.0f ms + buckets %.0f ms + "
                "anomaly check %.0f ms = %.0f ms; peak memory +%.1f MiB (ru_maxrss); %s\n",
                int(series.value().buckets.size()), body.size() / 1048576.0, envelopeNs / 1e6,
                bucketsNs / 1e6, (totalNs - envelopeNs - bucketsNs) / 1e6, totalNs / 1e6,
                (after - before) / 1024.0, warnings.isEmpty() ? "no warnings" : "warnings");
}

QUrl startService(QProcess &process, int devices) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TENCENTCLOUD_SECRET_ID"));
    env.remove(QStringLiteral("TENCENTCLOUD_SECRET_KEY"));
    env.remove(QStringLiteral("TENCENTCLOUD_SESSION_TOKEN"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TRRO_SIM_BINARY),
                  {QStringLiteral("--devices"), QString::number(devices)});
    if (!process.waitForStarted())
        return {};
    QByteArray out;
    while (!out.contains("listening on") || !out.contains('\n')) {
        if (!process.waitForReadyRead(10000))
            return {};
        out += process.readAllStandardOutput();
    }
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("(http://\\S+)")).match(QString::fromUtf8(out));
    return QUrl(m.captured(1));
}

void benchFleet(int devices, bool direct) {
    QProcess sim;
    const QUrl url = startService(sim, devices);
    if (!url.isValid()) {
        std::printf("fleet %d: cannot start %s\n", devices, TRRO_SIM_BINARY);
        return;
    }
    QTemporaryDir dir;
    ApiStackOptions options;
    options.cachePath = dir.filePath(QStringLiteral("stats-cache.sqlite"));
    ApiStack stack(options);
    stack.configure(Endpoint::parse(url.toString()), sim::LocalService::demoCredentials());
    CachedStats &cached = *stack.statistics();
    BenchFleet fleet(stack.api(), &cached);

    const qint64 now = cached.serviceNow();
    const Run cold = fleet.run(now - 7 * 86400, now, true);
    const double floorS = cold.requests / 20.0;
    std::printf("fleet %d: %lld devices\n", devices, qint64(cold.rows.size()));
    std::printf("  cold    %5lld requests (%lld list + %lld statistics), %7.2f s, floor %6.2f s, "
                "ratio %.3f, "
                "%d failed, %lld rate-limited answers\n",
                cold.requests, cold.listRequests, cold.requests - cold.listRequests, cold.seconds,
                floorS, cold.seconds / floorS, cold.failed, cold.rateLimited);
    const Run warm = fleet.run(now - 7 * 86400, now, true);
    std::printf("  warm    %5lld requests (%lld list + %lld statistics), %7.3f s (list %.3f s), "
                "speed-up %.0fx, output %s\n",
                warm.requests, warm.listRequests, warm.requests - warm.listRequests, warm.seconds,
                warm.listSeconds, cold.seconds / warm.seconds,
                warm.rows == cold.rows ? "identical" : "DIFFERENT");
    const qint64 later = cached.serviceNow();
    const Run refresh = fleet.run(later - 7 * 86400, later, true);
    std::printf("  refresh %5lld requests (%lld list + %lld statistics + %lld session-list), "
                "%7.3f s, speed-up %.0fx (window moved by %lld s)\n",
                refresh.requests, refresh.listRequests, refresh.statsRequests,
                refresh.probeRequests, refresh.seconds, cold.seconds / refresh.seconds,
                later - now);
    if (direct) {
        cached.setEnabled(false);
        const Run uncached = fleet.run(later - 7 * 86400, later, false);
        const Comparison c = compare(refresh.rows, uncached.rows, later);
        std::printf(
            "  direct  %5lld requests, %7.2f s: rows of settled days %s; the open day differs "
            "for %d of %d devices (sessions that ended during the %.0f s in between)\n",
            uncached.requests, uncached.seconds, c.settledEqual ? "identical" : "DIFFERENT",
            c.openDiffers, int(uncached.rows.size()), uncached.seconds);
    }
    sim.kill();
    sim.waitForFinished();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    QCommandLineParser parser;
    const QCommandLineOption devicesOption(QStringLiteral("devices"),
                                           QStringLiteral("Fleet sizes."), QStringLiteral("LIST"),
                                           QStringLiteral("250,1000"));
    const QCommandLineOption noDirect(QStringLiteral("no-direct"),
                                      QStringLiteral("Skip the uncached comparison."));
    parser.addOptions({devicesOption, noDirect});
    parser.addHelpOption();
    parser.process(app);
    printMachine();
    benchParse();
    for (const QString &n : parser.value(devicesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        benchFleet(n.toInt(), !parser.isSet(noDirect));
    return 0;
}
