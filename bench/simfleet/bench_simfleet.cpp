// What the local service spends on the statistics the tests and --demo ask for most: a week by
// day for every vehicle of the demo project, and a year by hour of the whole project, first
// with nothing cached (cold) and again (warm: the hour cache). Prints the figures and the
// warm/cold ratio; the local service must stay far below the 50 ms a request may take at the
// rate limit.
//   bench_simfleet [--rounds N]      (default 5; the median of N rounds is printed)
#include "fleet.h"
#include "localservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace trro::sim;

namespace {

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    int rounds = 5;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--rounds"));
    if (at > 0 && at + 1 < args.size())
        rounds = std::clamp(args.at(at + 1).toInt(), 1, 100);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    constexpr qint64 Day = 86400;
    QList<double> perDevice, coldYear, warmYear;
    for (int round = 0; round < rounds; ++round) {
        Fleet fleet(FleetConfig::standard(), now);
        const int p = fleet.catalog().projectIndex(LocalService::demoProjectId());
        const FleetProject &project = fleet.catalog().projects().at(p);
        const qint64 weekStart = Fleet::bucketStart(trro::Interval::Day, now - 6 * Day);
        QElapsedTimer timer;
        timer.start();
        for (const int i : project.fieldDevices)
            fleet.intervalStatistics(p, i, trro::Interval::Day, weekStart, now, now);
        perDevice.append(double(timer.nsecsElapsed()) / 1e6 / double(project.fieldDevices.size()));

        Fleet cold(FleetConfig::standard(), now);
        timer.restart();
        cold.intervalStatistics(p, -1, trro::Interval::Hour, now - 366 * Day, now, now);
        coldYear.append(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        cold.intervalStatistics(p, -1, trro::Interval::Hour, now - 366 * Day, now, now);
        warmYear.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("local service, median of %d rounds\n", rounds);
    std::printf("  per-device week by day:  %8.3f ms  (%.4f of the 50 ms between two requests "
                "at 20/s)\n",
                median(perDevice), median(perDevice) / 50.0);
    std::printf("  fleet year by hour cold: %8.1f ms\n", median(coldYear));
    std::printf("  fleet year by hour warm: %8.1f ms  (%.3f of cold)\n", median(warmYear),
                median(coldYear) > 0 ? median(warmYear) / median(coldYear) : 0.0);
    return 0;
}
