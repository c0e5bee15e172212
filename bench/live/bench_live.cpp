// bench_live [--vehicles 30000] [--refreshes 20]
//
// 1. The API time of one refresh of the running sessions: the local service (in process, on a
//    ManualClock, with the 20 requests/s limit) and the dashboard's stack on the same clock;
//    the clock time one complete DescribeRecentSessionList takes is what the rate limit costs
//    (the bar: 1 s for 1,000 running sessions).
// 2. The GUI thread per refresh: LiveRoster::apply and the "Now" table's model and sorted
//    proxy taking the new rows (the bar: under 50 ms), median and worst of --refreshes
//    refreshes ten seconds apart.
// 3. Appending one sample to a live session view: the tail's append, the charts and their paint
//    for a session that has run more than an hour (the bar: under 5 ms on the GUI thread; the
//    diagnosis of every sample runs on a thread of its own and is timed apart), against showing
//    the whole session once.

#include "apistack.h"
#include "benchtiming.h"
#include "charts/sessionchartsview.h"
#include "clock.h"
#include "fleet.h"
#include "livemonitor.h"
#include "livesessionmodel.h"
#include "livetail.h"
#include "localservice.h"
#include "panels/sessionview.h"
#include "requestscheduler.h"
#include "tablerole.h"
#include "trroapi.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <cstdio>

using namespace trro;

namespace {

qint64 afternoonMs() {
    return QDateTime(QDate(2026, 11, 25), QTime(14, 37), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

// Lets the requests in flight be answered while the clock stands, then moves it to the
// scheduler's next timer, until the monitor has its answer.
void runUntil(ManualClock &clock, RequestScheduler *scheduler, const std::function<bool()> &done) {
    while (!done()) {
        QTest::qWait(1);
        if (scheduler->inFlightCount() == 0 && scheduler->pendingCount() > 0 &&
            clock.nextDueUs() >= 0)
            clock.advanceToNextTimer(60LL * 1000 * 1000);
    }
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("vehicles"), QStringLiteral("Vehicles in the fleet."),
                        QStringLiteral("N"), QStringLiteral("30000")},
                       {QStringLiteral("refreshes"), QStringLiteral("Refreshes to time."),
                        QStringLiteral("N"), QStringLiteral("20")}});
    parser.process(app);
    const int vehicles = parser.value(QStringLiteral("vehicles")).toInt();
    const int refreshes = parser.value(QStringLiteral("refreshes")).toInt();

    ManualClock clock(afternoonMs());
    sim::ServiceOptions options;
    options.keys = {sim::LocalService::demoCredentials()};
    options.fleet = sim::FleetConfig::standard(vehicles);
    options.clock = &clock;
    sim::LocalService service(options);
    if (!service.listen()) {
        std::fprintf(stderr, "the local service could not listen\n");
        return 1;
    }
    QTemporaryDir cacheDir;
    ApiStackOptions stackOptions;
    stackOptions.clock = &clock;
    stackOptions.cachePath = cacheDir.filePath(QStringLiteral("cache.sqlite"));
    ApiStack stack(stackOptions);
    stack.configure(Endpoint::parse(service.url().toString()),
                    sim::LocalService::demoCredentials());

    LiveMonitor monitor(stack.api(), &clock);
    monitor.setQualityBudget(0);
    monitor.setScope(sim::LocalService::demoProjectId());
    LiveSessionModel model;
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(SortRole);
    sorted.setDynamicSortFilter(true);
    sorted.sort(LiveSessionModel::QualityColumn);

    QList<double> apiSec, guiWall, guiCpu;
    int running = 0;
    for (int i = 0; i < refreshes; ++i) {
        const int before = monitor.refreshes();
        const qint64 startUs = clock.monotonicUs();
        monitor.refreshNow();
        runUntil(clock, stack.scheduler(), [&] { return monitor.refreshes() > before; });
        apiSec.append(double(clock.monotonicUs() - startUs) / 1e6);
        bench::Sample sample;
        sample.start();
        model.setRows(monitor.roster().rows(), monitor.now());
        sample.stop(&guiWall, &guiCpu);
        running = monitor.roster().running();
        clock.advance(10LL * 1000 * 1000 - (clock.monotonicUs() - startUs));
    }
    const bench::Stats api = bench::stats(apiSec);
    const bench::Stats gui = bench::stats(guiWall);
    const bench::Stats guiC = bench::stats(guiCpu);
    std::printf("running sessions: %d (fleet of %d vehicles), pages of %d\n", running, vehicles,
                int(TrroApi::RequestedPageSize));
    std::printf("refresh API time at 20/s: median %.2f s, worst %.2f s; bar 1 s for 1,000 "
                "sessions: %.2f of the bar (scaled to 1,000: %.2f)\n",
                api.median, api.max, api.max / 1.0, running > 0 ? api.max * 1000.0 / running : 0);
    std::printf("GUI thread per refresh (model + sorted proxy): median %.2f ms (cpu %.2f), worst "
                "%.2f ms; bar 50 ms: %.3f of the bar\n",
                gui.median, guiC.median, gui.max, gui.max / 50.0);

    // 3. An hour-long session on screen; one sample more.
    int project = service.fleet().catalog().projectIndex(sim::LocalService::demoProjectId());
    const qint64 now = monitor.now();
    QString longest;
    qint64 longestStart = now;
    for (const RecentSession &s :
         service.fleet().running(project, -1, 0, now, now, 0, 1 << 20).sessions) {
        if (s.startTime < longestStart && s.latestUpdateTime >= now - 5) {
            longest = s.sessionId;
            longestStart = s.startTime;
        }
    }
    LiveTail tail(stack.api(), &clock);
    tail.start(longest, 10);
    runUntil(clock, stack.scheduler(), [&] { return !tail.sides().isEmpty(); });
    QList<SideTelemetry> whole = tail.sides();
    SessionView view(nullptr);
    view.resize(1400, 900);
    view.show();
    bench::Sample first;
    QList<double> firstWall, firstCpu;
    first.start();
    view.showTelemetry(whole);
    first.stop(&firstWall, &firstCpu);
    // One more sample per side, shifted by the 2 s step.
    QList<double> appendWall, appendCpu, paintWall, paintCpu;
    for (int i = 0; i < refreshes; ++i) {
        QList<SideTelemetry> one = whole;
        for (SideTelemetry &s : one) {
            const double last = s.timeOffset.isEmpty() ? 0 : s.timeOffset.constLast();
            s.startTime += qint64(last) + 2 * (i + 1);
            s.timeOffset = {0};
            for (QList<double> &m : s.metrics)
                m = m.isEmpty() ? m : QList<double>{m.constLast()};
            for (NetCardSamples &c : s.multiNet)
                for (QList<double> *v : {&c.rtt, &c.lost, &c.sendBps, &c.recvBps})
                    *v = v->isEmpty() ? *v : QList<double>{v->constLast()};
        }
        bench::Sample sample;
        sample.start();
        appendTelemetry(whole, one);
        view.showLiveTelemetry(whole);
        sample.stop(&appendWall, &appendCpu);
        bench::Sample paint;
        paint.start();
        view.repaint(); // the charts drawn again with the new sample
        paint.stop(&paintWall, &paintCpu);
        // The diagnosis runs on its own thread meanwhile; the next append waits for it here so
        // that every append is timed alike.
        if (!QTest::qWaitFor([&view] { return !view.isDiagnosing(); }, 60000)) {
            std::fprintf(stderr, "the live diagnosis did not end\n");
            return 1;
        }
    }
    const bench::Stats append = bench::stats(appendWall);
    // Of which the diagnosis over every sample, and the tail's append alone.
    QList<double> diagnosisWall, diagnosisCpu, mergeWall, mergeCpu;
    for (int i = 0; i < refreshes; ++i) {
        bench::Sample sample;
        sample.start();
        const SessionDiagnosis d = diagnoseSession(whole, {});
        sample.stop(&diagnosisWall, &diagnosisCpu);
        QList<SideTelemetry> copy = whole;
        bench::Sample merge;
        merge.start();
        appendTelemetry(copy, whole);
        merge.stop(&mergeWall, &mergeCpu);
        Q_UNUSED(d);
    }
    qsizetype samples = 0;
    for (const SideTelemetry &s : whole)
        samples += s.timeOffset.size();
    std::printf("live session view, %lld samples (%.0f min): first show %.1f ms; one sample "
                "appended: median %.2f ms (cpu %.2f), worst %.2f ms; bar 5 ms: %.2f of the bar\n",
                qlonglong(samples), double(now - longestStart) / 60.0, firstWall.constFirst(),
                append.median, bench::stats(appendCpu).median, append.max, append.median / 5.0);
    const bench::Stats painted = bench::stats(paintWall);
    std::printf("  and its paint: median %.2f ms (cpu %.2f); append and paint together: %.2f of "
                "the bar\n",
                painted.median, bench::stats(paintCpu).median,
                (append.median + painted.median) / 5.0);
    std::printf(
        "  off the GUI thread, the diagnosis of every sample: median %.2f ms; the tail's append: "
        "%.3f ms\n",
        bench::stats(diagnosisWall).median, bench::stats(mergeWall).median);
    return 0;
}
