// bench_whypanel [--devices 300] [--runs 5]
//
// The Why panel's longest GUI-thread block while an answer arrives (the bar: under 50 ms):
// the local service on a worker thread (20 requests per second per action) with --devices
// vehicles and cockpit roc_nb_04 degraded yesterday afternoon, the dashboard's API stack, a
// WhyController and a shown WhyPanel (offscreen) asking about yesterday (the service's day)
// against the day before: the estimate, then the full answer, each landing in the model, the
// sentences and the table. A precise 5 ms timer on the GUI thread measures the stalls
// (guistall/stallmeter.h). Then a row click as the window does it: the row's sessions and the
// fleet without it per hourly bucket (causesessions.h) drawn on a shown LinkedChartsView.
// Prints figures; it is not a test.

#include "benchstack.h"
#include "causesessions.h"
#include "charts/linkedchartsview.h"
#include "degradedday.h"
#include "guistall/stallmeter.h"
#include "servicethread.h"
#include "trroapi.h"
#include "why/whyanswerview.h"
#include "why/whypanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>
#include <algorithm>

using namespace trro;

namespace {

constexpr double BarMs = 50;

// Turns the event loop until done or the deadline (a benchmark, not the program).
template <typename F> bool spin(F done, int deadlineMs) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < deadlineMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return done();
}

ChartData hourlyChart(const CauseInput &input, qint64 from, qint64 to) {
    QList<IntervalBucket> buckets;
    for (qint64 t = from; t < to; t += 3600) {
        IntervalBucket b;
        b.startTime = t;
        b.endTime = t + 3600;
        for (const auto *list : {&input.span, &input.baseline}) {
            b.sessionNum +=
                std::count_if(list->cbegin(), list->cend(), [t](const DeviceSession &s) {
                    return s.startTime >= t && s.startTime < t + 3600;
                });
        }
        b.notBadSessionRatio = 95;
        buckets.append(b);
    }
    ChartData data;
    data.interval = Interval::Hour;
    data.rangeStart = from;
    data.rangeEnd = to;
    data.series.append(
        makeChartSeries(QString(), QStringLiteral("Fleet"), buckets, Interval::Hour));
    return data;
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("devices"), QStringLiteral("Vehicles (default 300)."),
                        QStringLiteral("N"), QStringLiteral("300")},
                       {QStringLiteral("runs"), QStringLiteral("Questions (default 5)."),
                        QStringLiteral("N"), QStringLiteral("5")}});
    parser.process(app);
    const int vehicles = std::max(1, parser.value(QStringLiteral("devices")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    sim::ServiceOptions options;
    options.keys = {sim::LocalService::demoCredentials()};
    options.fleet = sim::FleetConfig::standard(vehicles);
    const qint64 day = bench::degradeYesterday(&options.fleet).dayStart;
    bench::ServiceThread host(options);
    if (!host.listening())
        return 1;
    bench::BenchStack stack(host, sim::LocalService::demoCredentials());

    WhyQuestion question;
    question.projectId = options.fleet.projects.constFirst().projectId;
    question.spanStart = day;
    question.spanEnd = day + 86400;

    QTextStream out(stdout);
    // Baselines: the loop idle, and the same question without a panel (the fetcher and the
    // finder alone).
    double idleMs = 0, barePanelMs = 0;
    {
        bench::StallMeter idle;
        idle.start();
        spin([] { return false; }, 2000);
        idle.stop();
        idleMs = idle.worstMs();
        WhyController bare(stack.api());
        bench::StallMeter meter;
        meter.start();
        bare.ask(question);
        spin([&] { return bare.state() == WhyController::State::Answered; }, 120000);
        meter.stop();
        barePanelMs = meter.worstMs();
    }
    QList<double> stalls, seconds;
    qint64 sessions = 0, baseline = 0;
    QString first;
    std::unique_ptr<WhyController> last;
    std::unique_ptr<WhyPanel> lastPanel;
    for (int i = 0; i < runs; ++i) {
        auto controller = std::make_unique<WhyController>(stack.api()); // nothing in memory
        auto panel = std::make_unique<WhyPanel>(controller.get());
        panel->resize(1200, 600);
        panel->show();
        bench::StallMeter meter;
        QElapsedTimer timer;
        spin([] { return false; }, 100); // the panel drawn once before the question
        meter.start();
        timer.start();
        controller->ask(question);
        const bool answered = spin(
            [&] {
                return controller->state() == WhyController::State::Answered ||
                       controller->state() == WhyController::State::Failed;
            },
            120000);
        spin([] { return false; }, 50); // the last paints
        meter.stop();
        if (!answered || controller->state() != WhyController::State::Answered) {
            out << "no answer: " << controller->error().userMessage() << '\n';
            return 1;
        }
        stalls.append(meter.worstMs());
        seconds.append(double(timer.elapsed()) / 1000);
        sessions = controller->report().sessions;
        baseline = controller->report().baselineSessions;
        const CauseRow &top = controller->report().rows.constFirst();
        first = causeDimensionName(top.dimension) + QLatin1Char(' ') + top.value;
        last = std::move(controller);
        lastPanel = std::move(panel);
    }

    // A row click: its sessions listed, the fleet without it on a day's hourly charts.
    LinkedChartsView charts;
    charts.resize(1200, 700);
    charts.setData(hourlyChart(last->input(), day - 86400, day + 86400));
    charts.show();
    spin([] { return false; }, 100);
    const CauseRow &row = last->report().rows.constFirst();
    QElapsedTimer click;
    click.start();
    QList<QPair<qint64, qint64>> buckets;
    for (const IntervalBucket &b : charts.data().series.constFirst().buckets)
        buckets.append({b.startTime, b.endTime});
    const QList<DeviceSession> rowSessions = causeSessions(row, last->input(), last->options());
    lastPanel->answer()->setSessions(QStringLiteral("row"), rowSessions);
    ChartSeries without;
    without.label = QStringLiteral("without");
    without.buckets = bucketsWithout(row, last->input(), last->options(), buckets);
    charts.setWithoutSeries(without);
    charts.repaint();
    lastPanel->repaint();
    const double clickMs = double(click.nsecsElapsed()) / 1e6;

    std::sort(stalls.begin(), stalls.end());
    std::sort(seconds.begin(), seconds.end());
    out << "devices " << vehicles << ", sessions " << sessions << " (baseline " << baseline
        << "), first row " << first << '\n';
    out << "question (estimate, then full): median "
        << QString::number(seconds.at(runs / 2), 'f', 2) << " s\n";
    out << "longest GUI-thread block while the answers arrive: median "
        << QString::number(stalls.at(runs / 2), 'f', 1) << " ms, worst "
        << QString::number(stalls.constLast(), 'f', 1) << " ms, bar " << BarMs << " ms, ratio "
        << QString::number(stalls.constLast() / BarMs, 'f', 2) << '\n';
    out << "baselines: idle loop " << QString::number(idleMs, 'f', 1)
        << " ms, the same question without a panel " << QString::number(barePanelMs, 'f', 1)
        << " ms\n";
    out << "row click (" << rowSessions.size() << " sessions, " << without.buckets.size()
        << " buckets without it, charts and panel repainted): " << QString::number(clickMs, 'f', 1)
        << " ms\n";
    return 0;
}
