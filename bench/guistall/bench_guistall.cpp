// The GUI thread's longest stall while a 1,000-device fleet refreshes through the statistics
// cache, which runs on a thread of its own (AsyncStatsCache). Prints figures; see
// docs/PERFORMANCE.md.
//
//   bench_guistall [--devices 1000] [--rate 200] [--lock-ms 3000]
//
// A precise 5 ms timer runs on the main thread; its worst lateness is the longest time the
// thread could not react. Three refreshes of every device's hourly series for the last 7 days:
//   cold    empty cache: every answer is stored;
//   warm    the same range again: every answer comes from the cache;
//   locked  the warm refresh while another process holds the cache file's write lock for
//           --lock-ms (trro-stats in a cron job, say).
// Baseline, measured in the same run: the same cache calls made on the main thread, one per
// event-loop turn, as the dashboard did before the cache had its own thread.
#include "apiclient.h"
#include "apistack.h"
#include "asyncstatscache.h"
#include "cachedstats.h"
#include "localservice.h"
#include "stallmeter.h"
#include "statscache.h"
#include "trroapi.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>

using namespace trro;
using namespace trro::bench;

namespace {

constexpr qint64 SettleSec = 3 * 3600;

struct Phase {
    double seconds = 0;
    double worstMs = 0;
    double p99Ms = 0;
    int failed = 0;
};

// The child process: takes the write lock of the file, says so, keeps it for ms, lets go.
int holdLock(const QString &path, int ms) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        return 2;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return 3;
    std::printf("locked\n");
    std::fflush(stdout);
    QThread::msleep(ms);
    q.exec(QStringLiteral("COMMIT"));
    return 0;
}

bool startLockHolder(QProcess &child, const QString &path, int ms) {
    child.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("--hold-lock"), path, QStringLiteral("--lock-ms"), QString::number(ms)});
    QByteArray out;
    while (!out.contains("locked")) {
        if (!child.waitForReadyRead(10000))
            return false;
        out += child.readAllStandardOutput();
    }
    return true;
}

QUrl startService(QProcess &process, int devices, int rate) {
    process.start(QStringLiteral(TRRO_SIM_BINARY),
                  {QStringLiteral("--devices"), QString::number(devices), QStringLiteral("--rate"),
                   QString::number(rate)});
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

StatsQuery query(const QString &device, qint64 start, qint64 end) {
    StatsQuery q;
    q.projectId = sim::LocalService::demoProjectId();
    q.deviceId = device;
    q.interval = Interval::Hour;
    q.startTime = start;
    q.endTime = end;
    return q;
}

// Every device through CachedStats, all at once as the dashboard's breakdown asks; returns
// when every answer is in (and, with holder, when the lock holder has let go too).
Phase refresh(CachedStats *statistics, const QStringList &devices, qint64 start, qint64 end,
              QMap<QString, QList<IntervalBucket>> *rows, QProcess *holder = nullptr) {
    Phase phase;
    StallMeter meter;
    QEventLoop loop;
    QObject context;
    qsizetype pending = devices.size();
    QElapsedTimer timer;
    timer.start();
    meter.start();
    for (const QString &id : devices) {
        statistics->intervalStatistics(
            query(id, start, end), &context,
            [&, id](const Result<IntervalSeries> &r) {
                if (r.ok() && rows)
                    rows->insert(id, r.value().buckets);
                phase.failed += r.ok() ? 0 : 1;
                if (--pending == 0)
                    loop.quit();
            },
            Priority::Background);
    }
    loop.exec();
    if (holder)
        while (holder->state() != QProcess::NotRunning)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    // What the refresh wrote is on the file too before the phase ends.
    QObject flushed;
    bool idle = statistics->cache()->pending() == 0;
    QObject::connect(statistics->cache(), &AsyncStatsCache::idle, &flushed,
                     [&idle] { idle = true; });
    while (!idle)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    meter.stop();
    phase.seconds = timer.nsecsElapsed() / 1e9;
    phase.worstMs = meter.worstMs();
    phase.p99Ms = meter.percentileMs(0.99);
    return phase;
}

// The same cache calls on the main thread, one per event-loop turn.
Phase replayOnMainThread(const std::function<void(qsizetype)> &call, qsizetype count,
                         QProcess *holder = nullptr) {
    Phase phase;
    StallMeter meter;
    QElapsedTimer timer;
    timer.start();
    meter.start();
    for (qsizetype i = 0; i < count; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        call(i);
    }
    if (holder)
        while (holder->state() != QProcess::NotRunning)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    QCoreApplication::processEvents();
    meter.stop();
    phase.seconds = timer.nsecsElapsed() / 1e9;
    phase.worstMs = meter.worstMs();
    phase.p99Ms = meter.percentileMs(0.99);
    return phase;
}

void print(const char *name, const Phase &worker, const Phase &mainThread) {
    std::printf("  %-6s cache thread: worst stall %7.1f ms (p99 %5.1f ms), %6.2f s%s | "
                "same calls on the main thread: worst %7.1f ms (p99 %5.1f ms) | ratio %.2f\n",
                name, worker.worstMs, worker.p99Ms, worker.seconds,
                worker.failed ? " FAILED ANSWERS" : "", mainThread.worstMs, mainThread.p99Ms,
                mainThread.worstMs > 0 ? worker.worstMs / mainThread.worstMs : 0.0);
}

QStringList deviceIds(TrroApi *api) {
    QStringList ids;
    QEventLoop loop;
    api->devices(sim::LocalService::demoProjectId(), {}, &loop,
                 [&](const Result<QList<Device>> &r) {
                     for (const Device &d : r.ok() ? r.value() : QList<Device>())
                         ids << d.deviceId;
                     loop.quit();
                 });
    loop.exec();
    return ids;
}

struct Baseline {
    Phase cold;
    Phase warm;
    Phase locked;
};

// The old way: StatsCache on the main thread, the refreshes' calls replayed on it.
Baseline baseline(const QString &path, const QString &scope, const QStringList &devices,
                  qint64 start, qint64 end, const QMap<QString, QList<IntervalBucket>> &rows,
                  int lockMs) {
    Baseline out;
    StatsCache cache(path);
    cache.open();
    const auto key = [&](qsizetype i) {
        return CacheKey{scope, sim::LocalService::demoProjectId(), devices.at(i), Interval::Hour};
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    out.cold = replayOnMainThread(
        [&](qsizetype i) {
            cache.store(key(i), start, end,
                        absorbAnswer(start, end, now, rows.value(devices.at(i))), SettleSec);
        },
        devices.size());
    const auto warmCall = [&](qsizetype i) {
        cache.load(key(i), start, end, now - 86400);
        cache.touch(key(i), now);
        cache.flush();
    };
    out.warm = replayOnMainThread(warmCall, devices.size());
    QProcess holder;
    if (startLockHolder(holder, path, lockMs))
        out.locked = replayOnMainThread(warmCall, devices.size(), &holder);
    holder.waitForFinished();
    return out;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    const QCommandLineOption devicesOption(QStringLiteral("devices"), QStringLiteral("Fleet size."),
                                           QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Requests per second per action."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption lockMsOption(QStringLiteral("lock-ms"),
                                          QStringLiteral("How long the other process holds the "
                                                         "write lock."),
                                          QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption holdLockOption(QStringLiteral("hold-lock"),
                                            QStringLiteral("(internal) hold the lock of FILE."),
                                            QStringLiteral("FILE"));
    parser.addOptions({devicesOption, rateOption, lockMsOption, holdLockOption});
    parser.addHelpOption();
    parser.process(app);
    const int lockMs = parser.value(lockMsOption).toInt();
    if (parser.isSet(holdLockOption))
        return holdLock(parser.value(holdLockOption), lockMs);

    const int devicesWanted = parser.value(devicesOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    QProcess sim;
    const QUrl url = startService(sim, devicesWanted, rate);
    if (!url.isValid()) {
        std::printf("cannot start %s\n", TRRO_SIM_BINARY);
        return 1;
    }
    QTemporaryDir dir;
    ApiStackOptions options;
    options.cachePath = dir.filePath(QStringLiteral("stats-cache.sqlite"));
    options.scheduler.ratePerSecond = rate * 0.98;
    ApiStack stack(options);
    stack.configure(Endpoint::parse(url.toString()), sim::LocalService::demoCredentials());
    const QStringList devices = deviceIds(stack.api());
    const qint64 end = stack.statistics()->serviceNow();
    const qint64 start = end - 7 * 86400;
    std::printf("guistall: %lld devices, hourly series of 7 days, service at %d requests/s, a "
                "%d ms timer on the main thread, lock held %d ms\n",
                qint64(devices.size()), rate, StallMeter::IntervalMs, lockMs);

    QMap<QString, QList<IntervalBucket>> rows;
    const Phase cold = refresh(stack.statistics(), devices, start, end, &rows);
    const Phase warm = refresh(stack.statistics(), devices, start, end, nullptr);
    QProcess holder;
    Phase locked;
    if (startLockHolder(holder, options.cachePath, lockMs))
        locked = refresh(stack.statistics(), devices, start, end, nullptr, &holder);
    holder.waitForFinished();

    const ApiClient *client = stack.client();
    const QString scope =
        client->endpoint().toString() + QLatin1Char('#') + client->credentials().secretId;
    const Baseline old = baseline(dir.filePath(QStringLiteral("main-thread.sqlite")), scope,
                                  devices, start, end, rows, lockMs);
    print("cold", cold, old.cold);
    print("warm", warm, old.warm);
    print("locked", locked, old.locked);
    sim.kill();
    sim.waitForFinished();
    return 0;
}
