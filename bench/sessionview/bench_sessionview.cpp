// Times the session view with a long session: 90 minutes at one sample per 2 s on both sides,
// the vehicle with two network cards, as the local service answers DescribeDeviceSessionDetails
// (a bad session: a degraded stretch, one card failing). What is timed starts when the answer's
// bytes are in:
//   - open: reading the answer (value count, JSON, the sides), the diagnosis, filling the
//     session view (findings, header, every chart) and one synchronous paint of the view;
//   - crosshair move: setCrosshair() on the session's charts and the repaint of what changed;
//   - zoom step: one step of the shared range (every lane re-clips, re-fits and repaints).
// Baselines measured in the same run: QJsonDocument alone on the same bytes (the floor of any
// reading), and the fleet charts (LinkedChartsView) drawing the same number of points.
//
//   QT_QPA_PLATFORM=offscreen bench_sessionview [--runs N] [--moves N] [--minutes M]
//                                               [--snapshot FILE]

#include "benchtiming.h"
#include "charts/linkedchartsview.h"
#include "charts/sessionchartbuilder.h"
#include "charts/sessionchartsview.h"
#include "charts/timerangecontroller.h"
#include "fleet.h"
#include "localservice.h"
#include "panels/sessionview.h"
#include "replyreader.h"
#include "responselimits.h"
#include "sessiondetails.h"
#include "sessionmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;
using trro::bench::Sample;
using trro::bench::Stats;
using trro::bench::stats;

namespace {

constexpr auto Action = "DescribeDeviceSessionDetails";

// The answer of the local service for one bad session of the demo project, as bytes.
QByteArray sessionAnswer(qint64 durationSec, trro::sim::Session *session) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const trro::sim::Fleet fleet(trro::sim::FleetConfig::standard(), now);
    const int project = fleet.catalog().projectIndex(trro::sim::LocalService::demoProjectId());
    session->startTime = (now - 86400) / 3600 * 3600;
    session->duration = qint32(durationSec);
    session->quality = 2;    // bad: a degraded stretch, one card failing
    session->resolution = 1; // fell back below the configured resolution
    const QJsonArray details =
        trro::sim::SessionDetails::details(fleet, project, *session, 0, session->endTime());
    const QJsonObject response{{u"Details"_s, details},
                               {u"RequestId"_s, u"bench-0000-0000-0000-000000000000"_s}};
    return QJsonDocument(QJsonObject{{u"Response"_s, response}}).toJson(QJsonDocument::Compact);
}

// What the client does once the bytes are in (ApiClient, then TrroApi's parser).
trro::Result<QList<trro::SideTelemetry>> readAnswer(const QByteArray &body) {
    // The bound TrroApi::sessionTelemetry sets: two sides of a day at one sample per second.
    const qint64 maxValues = trro::limits::EnvelopeValues + qint64(2) * 86400 * 64;
    const trro::Result<QJsonObject> envelope =
        trro::readReplyBody(QString::fromLatin1(Action), body, 200, maxValues);
    if (!envelope.ok())
        return envelope.error();
    return trro::parseSessionTelemetry(envelope.value());
}

// Samples and values of the answer (TimeOffset not counted), and the spans the charts get.
struct Size {
    qsizetype samples = 0;
    qsizetype values = 0;
    qsizetype cards = 0;
    qsizetype chartSpans = 0;
    int lanes = 0;
};

Size sizeOf(const QList<trro::SideTelemetry> &sides, const trro::ChartPalette &palette) {
    Size size;
    for (const trro::SideTelemetry &side : sides) {
        size.samples += side.timeOffset.size();
        for (const QList<double> &metric : side.metrics)
            size.values += metric.size();
        for (const trro::NetCardSamples &card : side.multiNet) {
            size.values +=
                card.rtt.size() + card.lost.size() + card.sendBps.size() + card.recvBps.size();
            ++size.cards;
        }
    }
    const QList<trro::SessionChartBuilder::Chart> charts = trro::SessionChartBuilder::build(
        trro::SessionChartData(sides), trro::DiagnosisThresholds(), palette);
    size.lanes = int(charts.size());
    for (const trro::SessionChartBuilder::Chart &chart : charts) {
        for (const trro::ChartTrace &trace : chart.spec.traces)
            size.chartSpans += trace.spans.size();
    }
    return size;
}

// The fleet charts' baseline: as many hourly buckets per series as the vehicle has samples
// (their values taken from the samples), and as many series as it takes for the fleet charts
// (five traces per series) to draw the same number of spans as the session view.
trro::ChartData fleetChartsData(const trro::SideTelemetry &field, qsizetype spans) {
    trro::ChartData data;
    data.interval = trro::Interval::Hour;
    data.rangeStart = field.startTime / 3600 * 3600;
    const QList<double> fps = field.metric(u"Fps"_s);
    const QList<double> rate = field.metric(u"Rate"_s);
    const QList<double> lost = field.metric(u"Lost"_s);
    QList<trro::IntervalBucket> buckets;
    for (qsizetype i = 0; i < field.timeOffset.size(); ++i) {
        trro::IntervalBucket b;
        b.startTime = data.rangeStart + qint64(i) * 3600;
        b.endTime = b.startTime + 3600;
        b.sessionNum = qint64(fps.value(i));
        b.totalDuration = qint64(rate.value(i));
        b.notBadSessionRatio = int(std::clamp(100.0 - 5 * lost.value(i), 0.0, 100.0));
        b.activeFieldDeviceNum = b.sessionNum / 3;
        b.activeRemoteDeviceNum = b.sessionNum / 5;
        buckets.append(b);
    }
    data.rangeEnd = data.rangeStart + qint64(buckets.size()) * 3600;
    const qsizetype perSeries = std::max<qsizetype>(1, buckets.size() * 5);
    const qsizetype series = std::max<qsizetype>(1, (spans + perSeries / 2) / perSeries);
    for (qsizetype s = 0; s < series; ++s)
        data.series.append(trro::makeChartSeries(s == 0 ? QString() : u"dev%1"_s.arg(s),
                                                 s == 0 ? u"Fleet"_s : u"Vehicle %1"_s.arg(s),
                                                 buckets, data.interval));
    return data;
}

struct Timings {
    QList<double> wall, cpu;
    void add(const Sample &sample) { sample.stop(&wall, &cpu); }
};

// Crosshair moves over the whole extent and zoom steps around its middle, on any linked charts.
void moveAndZoom(trro::LinkedCharts *charts, int moves, int zooms, Timings *crosshair,
                 Timings *zoom) {
    trro::TimeRangeController *range = charts->timeRange();
    range->reset();
    QApplication::processEvents();
    const qint64 from = range->fullFrom();
    const qint64 span = range->fullTo() - from;
    for (int i = 0; i < moves; ++i) {
        Sample sample;
        sample.start();
        charts->setCrosshair(from + span * (i % 97) / 97 + (i * 37) % 60);
        QApplication::processEvents();
        crosshair->add(sample);
    }
    charts->clearCrosshair();
    for (int i = 0; i < zooms; ++i) {
        Sample sample;
        sample.start();
        range->zoomBy(i % 2 ? 1 / 1.5 : 1.5, from + span / 2);
        QApplication::processEvents();
        zoom->add(sample);
    }
    range->reset();
    QApplication::processEvents();
}

class Report {
public:
    explicit Report(QTextStream *out)
        : m_out(out) {}
    // One figure: median and worst of the wall time, and of the CPU time of the GUI thread
    // (which other processes on a busy machine do not inflate); against its target (ratios of
    // the wall time, then of the CPU time) and its baseline (ratio of the wall medians).
    void line(const QString &what, const Timings &t, double target, const Timings *baseline) {
        const Stats s = stats(t.wall);
        const Stats c = stats(t.cpu);
        *m_out << qSetFieldWidth(30) << Qt::left << what << qSetFieldWidth(0)
               << u"median %1 ms  worst %2 ms  (CPU %3 / %4 ms)"_s.arg(s.median, 7, 'f', 2)
                      .arg(s.max, 7, 'f', 2)
                      .arg(c.median, 0, 'f', 2)
                      .arg(c.max, 0, 'f', 2);
        if (target > 0)
            *m_out << u"  target < %1 ms: %2 / %3 (CPU %4 / %5)%6"_s.arg(target)
                          .arg(s.median / target, 0, 'f', 2)
                          .arg(s.max / target, 0, 'f', 2)
                          .arg(c.median / target, 0, 'f', 2)
                          .arg(c.max / target, 0, 'f', 2)
                          .arg(s.max < target ? QString() : u"  MISSED"_s);
        if (baseline) {
            const double base = stats(baseline->wall).median;
            *m_out << u"  baseline x%1"_s.arg(base > 0 ? s.median / base : 0.0, 0, 'f', 2);
        }
        *m_out << Qt::endl;
    }

private:
    QTextStream *m_out;
};

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Opens and zoom steps to time."_s, u"N"_s,
                                        u"15"_s);
    const QCommandLineOption movesOption(u"moves"_s, u"Crosshair moves to time."_s, u"N"_s,
                                         u"300"_s);
    const QCommandLineOption minutesOption(u"minutes"_s, u"Length of the session."_s, u"M"_s,
                                           u"90"_s);
    const QCommandLineOption snapshotOption(u"snapshot"_s, u"Save a PNG of the view."_s, u"FILE"_s);
    parser.addOptions({runsOption, movesOption, minutesOption, snapshotOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int moves = std::max(1, parser.value(movesOption).toInt());
    const qint64 minutes = std::clamp<qint64>(parser.value(minutesOption).toLongLong(), 1, 120);
    QTextStream out(stdout);

    trro::sim::Session session;
    const QByteArray body = sessionAnswer(minutes * 60, &session);
    const trro::Result<QList<trro::SideTelemetry>> first = readAnswer(body);
    if (!first.ok() || first.value().size() != 2) {
        out << u"the answer could not be read: "_s << first.error().message << Qt::endl;
        return 1;
    }

    trro::DeviceSession row;
    row.sessionId = u"bench-session"_s;
    row.fieldDeviceId = first.value().first().deviceId;
    row.remoteDeviceId = first.value().last().deviceId;
    row.startTime = session.startTime;
    row.endTime = session.endTime();
    row.quality = u"bad"_s;
    trro::SessionView view(nullptr); // no service: the answer is handed over as it arrives
    view.resize(1400, 900);
    view.show();
    view.open(row, QTimeZone(8 * 3600));
    QApplication::processEvents(); // benchmark only: let the first layout and paint happen
    const Size size = sizeOf(first.value(), trro::ChartPalette::fromPalette(view.palette()));

    // Opening the session: the bytes are in; read, diagnose, fill and paint once. A first,
    // untimed open lets fonts and caches warm up, as they are once the window is up.
    view.showTelemetry(first.value());
    view.repaint();
    Timings json, read, fill, open;
    for (int i = 0; i < runs; ++i) {
        Sample floor;
        floor.start();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        json.add(floor);
        Q_UNUSED(document);

        Sample sample;
        sample.start();
        const trro::Result<QList<trro::SideTelemetry>> sides = readAnswer(body);
        read.add(sample);
        Sample filling;
        filling.start();
        view.showTelemetry(sides.value());
        fill.add(filling);
        view.repaint();
        open.add(sample);
    }
    Timings diagnose;
    for (int i = 0; i < runs; ++i) {
        Sample sample;
        sample.start();
        const trro::SessionDiagnosis diagnosis = trro::diagnoseSession(first.value());
        diagnose.add(sample);
        Q_UNUSED(diagnosis);
    }
    Timings crosshair, zoom;
    moveAndZoom(view.charts(), moves, runs, &crosshair, &zoom);

    // The baseline: the fleet charts with the same number of spans, rebuilt and painted.
    trro::LinkedChartsView fleet;
    fleet.resize(view.charts()->size());
    fleet.show();
    QApplication::processEvents();
    const trro::ChartData fleetData = fleetChartsData(first.value().first(), size.chartSpans);
    trro::ChartData other = fleetData;
    other.series.first().buckets.removeLast();
    fleet.setData(other);
    fleet.repaint();
    Timings fleetDraw, fleetCrosshair, fleetZoom;
    for (int i = 0; i < runs; ++i) {
        Sample sample;
        sample.start();
        fleet.setData(i % 2 ? other : fleetData);
        fleet.repaint();
        fleetDraw.add(sample);
    }
    moveAndZoom(&fleet, moves, runs, &fleetCrosshair, &fleetZoom);
    fleet.hide();

    out << u"Session view, %1 min at one sample per 2 s: %2 samples on 2 sides, %3 values, %4 "
           u"network cards, %5 KiB of JSON; %6 lanes drawing %7 spans; %8x%9 px, Qt %10, "
           u"%11 opens, %12 crosshair moves"_s.arg(minutes)
               .arg(size.samples)
               .arg(size.values)
               .arg(size.cards)
               .arg(body.size() / 1024)
               .arg(size.lanes)
               .arg(size.chartSpans)
               .arg(view.width())
               .arg(view.height())
               .arg(QString::fromLatin1(qVersion()))
               .arg(runs)
               .arg(moves)
        << Qt::endl;
    out << u"Baseline: the fleet charts (%1 series of %2 buckets, %3 spans) at the session "
           u"charts' size"_s.arg(fleetData.series.size())
               .arg(fleetData.series.first().buckets.size())
               .arg(fleetData.series.size() * fleetData.series.first().buckets.size() * 5)
        << Qt::endl;
    Report report(&out);
    report.line(u"JSON alone (baseline)"_s, json, 0, nullptr);
    report.line(u"  read the answer"_s, read, 0, &json);
    report.line(u"  diagnosis alone"_s, diagnose, 0, nullptr);
    report.line(u"  fill the view (+ diagnosis)"_s, fill, 0, nullptr);
    report.line(u"open: read + fill + paint"_s, open, 200, &fleetDraw);
    report.line(u"crosshair move + repaint"_s, crosshair, 16, &fleetCrosshair);
    report.line(u"zoom step + repaint"_s, zoom, 50, &fleetZoom);
    report.line(u"fleet charts: rebuild + paint"_s, fleetDraw, 0, nullptr);
    report.line(u"fleet charts: crosshair move"_s, fleetCrosshair, 0, nullptr);
    report.line(u"fleet charts: zoom step"_s, fleetZoom, 0, nullptr);

    if (parser.isSet(snapshotOption)) {
        view.charts()->setCrosshair(view.diagnosis().worstFrom);
        QApplication::processEvents();
        view.grab().save(parser.value(snapshotOption));
    }
    return 0;
}
