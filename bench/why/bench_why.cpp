// bench_why: the cause finder (CauseFetcher, as trro-stats why runs it) against the local service
// with its rate limit on.
//
// Hosts the local service on a worker thread with a demo project of --devices vehicles and a
// known cause (a cockpit degraded over the span), then asks why about one whole day against the
// day before, --runs times with a fresh fetcher each:
// - estimate: `trro-stats why --estimate`: each list read as a sample, the first page of each of
//   --slices slices of its span (target 1.5 s);
// - full: both project-wide session lists, every page (the exact answer);
// - cached: the same fetcher again, the settled lists from memory, the finder alone (target
//   50 ms).
// Prints the sessions, requests and the median and worst times with their ratio to the targets,
// the sample's size, and whether the degraded cockpit came first. Prints figures; it is not a
// test.

#include "benchstack.h"
#include "causefetcher.h"
#include "degradedday.h"
#include "localservice.h"
#include "servicethread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>
#include <algorithm>

using namespace trro;

using bench::ServiceThread;

namespace {

constexpr double ColdTargetMs = 1500;
constexpr double CachedTargetMs = 50;

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

struct Run {
    double ms = -1;
    CauseReport report;
    qint64 sample = -1, total = -1; // of the span, when sampled
};

Run ask(CauseFetcher &fetcher, const CauseQuery &query) {
    Run run;
    bool done = false;
    QObject context;
    QObject::connect(&fetcher, &CauseFetcher::finished, &context, [&](const CauseReport &r) {
        run.report = r;
        done = true;
    });
    QObject::connect(&fetcher, &CauseFetcher::sampled, &context,
                     [&](qint64 spanSample, qint64 spanTotal, qint64, qint64) {
                         run.sample = spanSample;
                         run.total = spanTotal;
                     });
    QObject::connect(&fetcher, &CauseFetcher::failed, &context, [&](const ApiError &error) {
        QTextStream(stderr) << "failed: " << error.userMessage() << '\n';
        done = true;
    });
    QElapsedTimer timer;
    timer.start();
    fetcher.start(query, CauseOptions{});
    if (waitFor([&] { return done; }, 120000))
        run.ms = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("devices"), QStringLiteral("Vehicles (default 300)."),
                        QStringLiteral("N"), QStringLiteral("300")},
                       {QStringLiteral("runs"), QStringLiteral("Runs of each (default 5)."),
                        QStringLiteral("N"), QStringLiteral("5")},
                       {QStringLiteral("slices"),
                        QStringLiteral("Slices per span of the estimate (default 14, as "
                                       "trro-stats why --estimate)."),
                        QStringLiteral("N"), QStringLiteral("14")}});
    parser.process(app);
    const int vehicles = std::max(1, parser.value(QStringLiteral("devices")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int slices = std::max(1, parser.value(QStringLiteral("slices")).toInt());

    Credentials key;
    key.secretId = QStringLiteral("AKIDbench0why00000000000000000001");
    key.secretKey = QStringLiteral("benchWhyKey000000000000000000000001");
    sim::ServiceOptions options;
    options.keys = {key};
    options.fleet = sim::FleetConfig::standard(vehicles);
    // Yesterday as the service's day (midnight China time), against the day before.
    const bench::DegradedDay degraded = bench::degradeYesterday(&options.fleet);
    const qint64 dayStart = degraded.dayStart;
    const sim::Degradation &cause = degraded.cause;
    ServiceThread host(options);
    if (!host.listening())
        return 1;

    bench::BenchStack stack(host, key);

    CauseQuery query;
    query.projectId = options.fleet.projects.constFirst().projectId;
    query.spanStart = dayStart;
    query.spanEnd = dayStart + 86400;
    query.baselineStart = dayStart - 86400;
    query.baselineEnd = dayStart;
    query.checkTotals = false; // --estimate

    CauseQuery estimateQuery = query;
    estimateQuery.sampleSlices = slices;

    QList<double> estimate, cold, cached;
    Run sampled, last;
    qsizetype estimateRequests = 0, requests = 0;
    int sampledFirst = 0;
    const auto isCause = [&](const Run &run) {
        return !run.report.rows.isEmpty() &&
               run.report.rows.first().dimension == CauseDimension::Remote &&
               run.report.rows.first().value == cause.value;
    };
    for (int i = 0; i < runs; ++i) {
        CauseFetcher fetcher(stack.api());
        host.run([&] { host.service()->clearRequestLog(); });
        sampled = ask(fetcher, estimateQuery);
        estimate.append(sampled.ms);
        sampledFirst += isCause(sampled) ? 1 : 0;
        host.run([&] {
            estimateRequests = host.service()->requestLog().size();
            host.service()->clearRequestLog();
        });
        last = ask(fetcher, query);
        cold.append(last.ms);
        host.run([&] { requests = host.service()->requestLog().size(); });
        cached.append(ask(fetcher, query).ms);
    }
    QTextStream out(stdout);
    out << "devices " << vehicles << ", sessions " << last.report.sessions << " (baseline "
        << last.report.baselineSessions << "), requests: estimate " << estimateRequests << ", full "
        << requests << '\n';
    out << "estimate: the span's sample " << sampled.sample << " of " << sampled.total
        << " sessions (" << slices << " slices a span)\n";
    const auto line = [&](const char *what, const QList<double> &ms, double target) {
        const double worst = *std::max_element(ms.cbegin(), ms.cend());
        out << what << ": median " << QString::number(median(ms), 'f', 1) << " ms, worst "
            << QString::number(worst, 'f', 1) << " ms, target " << target << " ms, ratio "
            << QString::number(median(ms) / target, 'f', 3) << '\n';
    };
    line("estimate", estimate, ColdTargetMs);
    line("full, cold", cold, ColdTargetMs);
    line("cached", cached, CachedTargetMs);
    const auto top = [&](const char *what, const Run &run) {
        const CauseRow *row = run.report.rows.isEmpty() ? nullptr : &run.report.rows.first();
        out << what << " first: "
            << (row ? causeDimensionName(row->dimension) + QLatin1Char(' ') + row->value
                    : QString())
            << '\n';
        for (qsizetype i = 0; i < 5 && i < run.report.rows.size(); ++i) {
            const CauseRow &r = run.report.rows.at(i);
            out << "  " << causeDimensionName(r.dimension) << ' ' << r.value << ": "
                << r.badSessions << " of " << r.sessions << " bad (baseline "
                << r.baselineBadSessions << " of " << r.baselineSessions << "), score "
                << QString::number(r.score, 'f', 2) << (r.significant ? ", significant" : "")
                << '\n';
        }
    };
    out << "the degraded cockpit: " << cause.value << "; first in " << sampledFirst << " of "
        << runs << " estimates\n";
    top("estimate", sampled);
    top("full", last);
    return 0;
}
