// Times the linked charts with a year of hourly buckets (8,760 per series): rebuilding every
// chart for new data, and moving the shared crosshair. Prints median and p95 in milliseconds.
//
//   QT_QPA_PLATFORM=offscreen bench_charts [--devices N] [--runs N] [--moves N] [--snapshot FILE]

#include "benchtiming.h"
#include "charts/linkedchartsview.h"
#include "charts/timerangecontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QTextStream>
#include <QtMath>
#include <algorithm>

using namespace Qt::StringLiterals;
using trro::bench::Sample;
using trro::bench::Stats;
using trro::bench::stats;

namespace {

constexpr qint64 YearStart = 1704067200; // 2024-01-01T00:00:00Z

// A plausible fleet: a daily cycle, a weekly dip and a bad week. With gaps, empty hours are
// left out (as the service does) and a few more go missing; without, every hour is there.
QList<trro::IntervalBucket> yearOfHours(quint32 seed, double scale, bool gaps) {
    QRandomGenerator rng(seed);
    QList<trro::IntervalBucket> buckets;
    buckets.reserve(8760);
    for (int h = 0; h < 8760; ++h) {
        const int hourOfDay = h % 24;
        const int day = h / 24;
        const double daily = 0.5 + 0.5 * std::sin((hourOfDay - 8) * M_PI / 12.0);
        const double weekly = (day % 7 >= 5) ? 0.55 : 1.0;
        const int sessions = int(std::round(scale * 40 * daily * weekly + rng.bounded(4)));
        if (gaps && (sessions == 0 || rng.bounded(100) < 2))
            continue; // the service leaves empty intervals out
        trro::IntervalBucket b;
        b.startTime = YearStart + qint64(h) * 3600;
        b.endTime = b.startTime + 3600;
        b.sessionNum = sessions;
        b.totalDuration = sessions * (8 + rng.bounded(10));
        const bool badWeek = day >= 200 && day < 207;
        const int dip = badWeek ? 25 : (rng.bounded(100) < 3 ? 12 : 0); // a bad hour now and then
        b.notBadSessionRatio = std::clamp(int(99 - rng.bounded(6) - dip), 0, 100);
        b.activeFieldDeviceNum = (sessions + 2) / 3;
        b.activeRemoteDeviceNum = (sessions + 4) / 5;
        buckets.append(b);
    }
    return buckets;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption devicesOption(u"devices"_s, u"Device series beside the fleet."_s,
                                           u"N"_s, u"3"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Rebuilds to time."_s, u"N"_s, u"15"_s);
    const QCommandLineOption movesOption(u"moves"_s, u"Crosshair moves to time."_s, u"N"_s,
                                         u"300"_s);
    const QCommandLineOption snapshotOption(u"snapshot"_s, u"Save a PNG of the charts."_s,
                                            u"FILE"_s);
    parser.addOptions({devicesOption, runsOption, movesOption, snapshotOption});
    parser.process(app);
    const int devices = parser.value(devicesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int moves = std::max(1, parser.value(movesOption).toInt());

    trro::ChartData data;
    data.interval = trro::Interval::Hour;
    data.timeZone = QTimeZone(8 * 3600);
    data.rangeStart = YearStart;
    data.rangeEnd = YearStart + 8760LL * 3600;
    data.series.append(
        trro::makeChartSeries(QString(), u"Fleet"_s, yearOfHours(1, 1.0, false), data.interval));
    for (int d = 0; d < devices; ++d)
        data.series.append(trro::makeChartSeries(u"dev%1"_s.arg(d + 1), u"Vehicle %1"_s.arg(d + 1),
                                                 yearOfHours(100 + d, 0.15, true), data.interval));
    qsizetype bucketCount = 0;
    for (const trro::ChartSeries &s : std::as_const(data.series))
        bucketCount += s.buckets.size();

    trro::LinkedChartsView view;
    view.resize(1400, 900);
    view.show();
    QApplication::processEvents(); // benchmark only: let the first layout and paint happen

    // Rebuild: new data (alternating two copies so that nothing is skipped as unchanged),
    // then one synchronous paint of the whole view.
    trro::ChartData other = data;
    other.series.first().buckets.removeLast();
    QList<double> rebuild, rebuildCpu, rebuildPaint, rebuildPaintCpu;
    for (int i = 0; i < runs; ++i) {
        Sample sample;
        sample.start();
        view.setData(i % 2 ? other : data);
        sample.stop(&rebuild, &rebuildCpu);
        for (int c = 0; c < view.chartCount(); ++c)
            view.chartWidget(c)->repaint();
        sample.stop(&rebuildPaint, &rebuildPaintCpu);
    }

    // Crosshair: one move updates every chart; the event loop then repaints what changed.
    QList<double> crosshair, crosshairCpu;
    const qint64 span = data.rangeEnd - data.rangeStart;
    for (int i = 0; i < moves; ++i) {
        const qint64 t = data.rangeStart + span * (i % 97) / 97 + (i * 3607) % 3600;
        Sample sample;
        sample.start();
        view.setCrosshair(t);
        QApplication::processEvents();
        sample.stop(&crosshair, &crosshairCpu);
    }

    // Zoom: one step of the shared range (all charts re-clip, re-fit and repaint).
    QList<double> zoom, zoomCpu;
    for (int i = 0; i < runs; ++i) {
        Sample sample;
        sample.start();
        view.timeRange()->zoomBy(i % 2 ? 1 / 1.5 : 1.5, data.rangeStart + span / 2);
        QApplication::processEvents();
        sample.stop(&zoom, &zoomCpu);
    }

    QTextStream out(stdout);
    const auto line = [&out](const QString &what, const Stats &s, double target) {
        out << qSetFieldWidth(34) << Qt::left << what << qSetFieldWidth(0)
            << u"median %1 ms  p95 %2 ms  max %3 ms"_s.arg(s.median, 0, 'f', 2)
                   .arg(s.p95, 0, 'f', 2)
                   .arg(s.max, 0, 'f', 2);
        if (target > 0)
            out << u"  (target < %1 ms: %2)"_s.arg(target).arg(s.p95 < target ? u"met"_s
                                                                              : u"MISSED"_s);
        out << Qt::endl;
    };
    out << u"Linked charts, %1 series, %2 buckets (fleet %3), %4 charts, %5x%6 px, Qt %7, "
           u"%8 rebuilds, %9 crosshair moves"_s.arg(data.series.size())
               .arg(bucketCount)
               .arg(data.series.first().buckets.size())
               .arg(view.chartCount())
               .arg(view.width())
               .arg(view.height())
               .arg(QString::fromLatin1(qVersion()))
               .arg(runs)
               .arg(moves)
        << Qt::endl;
    out << u"wall clock:"_s << Qt::endl;
    line(u"  rebuild (setData)"_s, stats(rebuild), 0);
    line(u"  rebuild + paint"_s, stats(rebuildPaint), 200);
    line(u"  crosshair move + repaint"_s, stats(crosshair), 16);
    line(u"  zoom step + repaint"_s, stats(zoom), 0);
    out << u"CPU time of the GUI thread:"_s << Qt::endl;
    line(u"  rebuild (setData)"_s, stats(rebuildCpu), 0);
    line(u"  rebuild + paint"_s, stats(rebuildPaintCpu), 200);
    line(u"  crosshair move + repaint"_s, stats(crosshairCpu), 16);
    line(u"  zoom step + repaint"_s, stats(zoomCpu), 0);

    if (parser.isSet(snapshotOption)) {
        view.timeRange()->reset();
        view.setCrosshair(data.rangeStart + span / 2);
        QApplication::processEvents();
        view.grab().save(parser.value(snapshotOption));
    }
    return 0;
}
