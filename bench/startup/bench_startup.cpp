// bench_startup: the GUI's start-up to the first painted chart on demo data.
//
// Starts the real trro-dashboard --demo --runs times, each with empty settings and cache
// directories (a first start), and loads a probe plugin into it (startupprobe.cpp) that reports
// when the application exists, when the main window is first painted and when the first chart
// holding data has been painted and flushed; then the dashboard quits. Each figure is measured
// from launching the process. In the same run, interleaved with the dashboard's runs, two
// baselines are started the same way:
//   - empty window: a bare QApplication with an empty QMainWindow of the same size, until
//     painted (the floor of any Qt Widgets program on this machine);
//   - data: no GUI, the demo service and the dashboard's API stack until the fleet view's first
//     data is in (the floor set by the service and the network stack).
// Prints every run, the medians, and the ratios of the first chart to each baseline. Runs on the
// offscreen platform unless QT_QPA_PLATFORM is set.
//
//   bench_startup [--runs 5] [--dashboard PATH]

#include "baselines.h"
#include "milestone.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstring>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using trro::bench::monotonicNs;

namespace {

// Milestones of one process in ms since it was launched, and its CPU time (user + system).
struct Launch {
    QMap<QString, double> ms;
    double cpuMs = 0;
    QString error;
};

double childrenCpuMs() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

Launch launch(const QString &program, const QStringList &arguments,
              const QProcessEnvironment &baseEnvironment) {
    Launch result;
    QTemporaryDir home; // settings, cache and data of a first start
    QProcessEnvironment environment = baseEnvironment;
    for (const QString &variable : {u"XDG_CONFIG_HOME"_s, u"XDG_CACHE_HOME"_s, u"XDG_DATA_HOME"_s})
        environment.insert(variable, home.filePath(variable));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuMs();
    const long long start = monotonicNs();
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.error = u"could not start %1: %2"_s.arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        result.error = u"%1 did not finish within 120 s"_s.arg(program);
        return result;
    }
    result.cpuMs = childrenCpuMs() - cpuBefore;
    const QList<QByteArray> lines = process.readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() == 3 && fields.at(0) == trro::bench::MilestonePrefix)
            result.ms.insert(QString::fromLatin1(fields.at(1)),
                             (fields.at(2).toLongLong() - start) / 1e6);
        else if (!line.trimmed().isEmpty() && !line.contains("XDG_RUNTIME_DIR"))
            std::fprintf(stderr, "  | %s\n", line.constData());
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        result.error = u"%1 exited with %2"_s.arg(program).arg(process.exitCode());
    return result;
}

double median(QList<double> values) {
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString ms(double value) {
    return QString::number(value, 'f', 0).rightJustified(7);
}

} // namespace

int main(int argc, char *argv[]) {
    if (argc == 3 && std::strcmp(argv[1], "--child") == 0) {
        if (std::strcmp(argv[2], "empty-window") == 0)
            return trro::bench::runEmptyWindow(argc, argv);
        if (std::strcmp(argv[2], "data") == 0)
            return trro::bench::runDataFloor(argc, argv);
        return 2;
    }

    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"trro-dashboard --demo: start-up to the first painted "
                                     u"chart, against an empty window and the data floor."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Starts of each program."_s, u"N"_s, u"5"_s);
    const QCommandLineOption dashboardOption(u"dashboard"_s, u"The binary to start."_s, u"PATH"_s,
                                             QStringLiteral(TRRO_DASHBOARD_BINARY));
    parser.addOptions({runsOption, dashboardOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString pluginPath = environment.value(u"QT_PLUGIN_PATH"_s);
    environment.insert(u"QT_PLUGIN_PATH"_s,
                       QStringLiteral(TRRO_STARTUP_PROBE_DIR) +
                           (pluginPath.isEmpty() ? QString() : u':' + pluginPath));
    QProcessEnvironment probed = environment;
    probed.insert(u"QT_QPA_GENERIC_PLUGINS"_s, u"trrostartupprobe"_s);
    QProcessEnvironment emptyWindow = probed;
    emptyWindow.insert(u"TRRO_STARTUP_PROBE_UNTIL"_s, u"window"_s);
    const QString self = QCoreApplication::applicationFilePath();
    const QString dashboard = parser.value(dashboardOption);

    QTextStream out(stdout);
    out << u"GUI start-up: %1 --demo, platform %2, Qt %3, %4 runs (ms from launching the process)"_s
               .arg(dashboard, environment.value(u"QT_QPA_PLATFORM"_s),
                    QString::fromLatin1(qVersion()))
               .arg(runs)
        << Qt::endl;
    out << u"run | empty window: painted   CPU | data: answer    data   CPU | dashboard: app  "
           u"window   chart    CPU"_s
        << Qt::endl;

    QMap<QString, QList<double>> figures;
    const auto keep = [&figures](const QString &name, double value) { figures[name] << value; };
    for (int run = 1; run <= runs; ++run) {
        const Launch empty = launch(self, {u"--child"_s, u"empty-window"_s}, emptyWindow);
        const Launch data = launch(self, {u"--child"_s, u"data"_s}, environment);
        const Launch gui = launch(dashboard, {u"--demo"_s}, probed);
        for (const Launch *l : {&empty, &data, &gui}) {
            if (!l->error.isEmpty()) {
                std::fprintf(stderr, "bench_startup: %s\n", qUtf8Printable(l->error));
                return 1;
            }
        }
        if (!empty.ms.contains(u"shown"_s) || !gui.ms.contains(u"shown"_s)) {
            std::fputs("bench_startup: the probe plugin did not report (not loaded?)\n", stderr);
            return 1;
        }
        keep(u"empty"_s, empty.ms.value(u"shown"_s));
        keep(u"emptyCpu"_s, empty.cpuMs);
        keep(u"answer"_s, data.ms.value(u"answer"_s));
        keep(u"data"_s, data.ms.value(u"data"_s));
        keep(u"dataCpu"_s, data.cpuMs);
        keep(u"app"_s, gui.ms.value(u"app"_s));
        keep(u"window"_s, gui.ms.value(u"window"_s));
        keep(u"chart"_s, gui.ms.value(u"shown"_s));
        keep(u"chartCpu"_s, gui.cpuMs);
        out << QString::number(run).rightJustified(3) << u" |             "_s
            << ms(empty.ms.value(u"shown"_s)) << ms(empty.cpuMs) << u" |     "_s
            << ms(data.ms.value(u"answer"_s)) << ms(data.ms.value(u"data"_s)) << ms(data.cpuMs)
            << u" |      "_s << ms(gui.ms.value(u"app"_s)) << u"  "_s
            << ms(gui.ms.value(u"window"_s)) << ms(gui.ms.value(u"shown"_s)) << ms(gui.cpuMs)
            << Qt::endl;
    }
    const auto m = [&figures](const QString &name) { return median(figures.value(name)); };
    out << u"med |             "_s << ms(m(u"empty"_s)) << ms(m(u"emptyCpu"_s)) << u" |     "_s
        << ms(m(u"answer"_s)) << ms(m(u"data"_s)) << ms(m(u"dataCpu"_s)) << u" |      "_s
        << ms(m(u"app"_s)) << u"  "_s << ms(m(u"window"_s)) << ms(m(u"chart"_s))
        << ms(m(u"chartCpu"_s)) << Qt::endl;
    out << u"first chart / empty window painted: %1 (CPU %2)"_s
               .arg(m(u"chart"_s) / m(u"empty"_s), 0, 'f', 2)
               .arg(m(u"chartCpu"_s) / m(u"emptyCpu"_s), 0, 'f', 2)
        << Qt::endl;
    out << u"first chart / data floor (service and API stack, no GUI): %1"_s.arg(
               m(u"chart"_s) / m(u"data"_s), 0, 'f', 2)
        << Qt::endl;
    out << u"first chart - max(empty window, data floor): %1 ms"_s.arg(
               m(u"chart"_s) - std::max(m(u"empty"_s), m(u"data"_s)), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
