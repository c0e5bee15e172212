// bench_why: the cause finder (CauseFetcher, as trro-stats why runs it with --estimate) against
// the local service with its rate limit on.
//
// Hosts the local service on a worker thread with a demo project of --devices vehicles and a
// known cause (a cockpit degraded over the span), then asks why about one whole day against the
// day before: cold (a fresh fetcher: both project-wide session lists, every page) and cached
// (the same fetcher again: the settled lists from memory, the finder alone), --runs times each.
// Prints the sessions, requests and the median and worst times with their ratio to the targets
// (cold 1.5 s, cached 50 ms), and whether the degraded cockpit came first. Prints figures; it
// is not a test.

#include "apistack.h"
#include "causefetcher.h"
#include "localservice.h"
#include "servicethread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
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
};

Run ask(CauseFetcher &fetcher, const CauseQuery &query) {
    Run run;
    bool done = false;
    QObject context;
    QObject::connect(&fetcher, &CauseFetcher::finished, &context, [&](const CauseReport &r) {
        run.report = r;
        done = true;
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
                        QStringLiteral("N"), QStringLiteral("5")}});
    parser.process(app);
    const int vehicles = std::max(1, parser.value(QStringLiteral("devices")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    Credentials key;
    key.secretId = QStringLiteral("AKIDbench0why00000000000000000001");
    key.secretKey = QStringLiteral("benchWhyKey000000000000000000000001");
    sim::ServiceOptions options;
    options.keys = {key};
    options.fleet = sim::FleetConfig::standard(vehicles);
    // Yesterday as the service's day (midnight China time), against the day before.
    const QDateTime china =
        QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).addDays(-1);
    const qint64 dayStart =
        QDateTime(china.date(), QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
    sim::Degradation cause;
    cause.kind = sim::Degradation::Kind::Remote;
    cause.value = QStringLiteral("roc_nb_04");
    cause.from = dayStart + 13 * 3600;
    cause.to = dayStart + 17 * 3600;
    options.fleet.degradations = {cause};
    ServiceThread host(options);
    if (!host.listening())
        return 1;

    QTemporaryDir dir;
    ApiStackOptions stackOptions;
    stackOptions.cachePath = dir.filePath(QStringLiteral("stats-cache.sqlite"));
    ApiStack stack(stackOptions);
    stack.configure(Endpoint::parse(host.service()->url().toString()), key);

    CauseQuery query;
    query.projectId = options.fleet.projects.constFirst().projectId;
    query.spanStart = dayStart;
    query.spanEnd = dayStart + 86400;
    query.baselineStart = dayStart - 86400;
    query.baselineEnd = dayStart;
    query.checkTotals = false; // --estimate

    QList<double> cold, cached;
    Run last;
    qsizetype requests = 0;
    for (int i = 0; i < runs; ++i) {
        CauseFetcher fetcher(stack.api());
        host.run([&] { host.service()->clearRequestLog(); });
        last = ask(fetcher, query);
        cold.append(last.ms);
        host.run([&] { requests = host.service()->requestLog().size(); });
        cached.append(ask(fetcher, query).ms);
    }
    QTextStream out(stdout);
    const CauseRow *top = last.report.rows.isEmpty() ? nullptr : &last.report.rows.first();
    out << "devices " << vehicles << ", sessions " << last.report.sessions << " (baseline "
        << last.report.baselineSessions << "), requests cold " << requests << '\n';
    const auto line = [&](const char *what, const QList<double> &ms, double target) {
        const double worst = *std::max_element(ms.cbegin(), ms.cend());
        out << what << ": median " << QString::number(median(ms), 'f', 1) << " ms, worst "
            << QString::number(worst, 'f', 1) << " ms, target " << target << " ms, ratio "
            << QString::number(median(ms) / target, 'f', 3) << '\n';
    };
    line("cold", cold, ColdTargetMs);
    line("cached", cached, CachedTargetMs);
    out << "first: "
        << (top ? causeDimensionName(top->dimension) + QLatin1Char(' ') + top->value : QString())
        << " (the degraded cockpit: " << cause.value << ")\n";
    for (qsizetype i = 0; i < 5 && i < last.report.rows.size(); ++i) {
        const CauseRow &r = last.report.rows.at(i);
        out << "  " << causeDimensionName(r.dimension) << ' ' << r.value << ": " << r.badSessions
            << " of " << r.sessions << " bad (baseline " << r.baselineBadSessions << " of "
            << r.baselineSessions << "), score " << QString::number(r.score, 'f', 2)
            << (r.significant ? ", significant" : "") << '\n';
    }
    return 0;
}
