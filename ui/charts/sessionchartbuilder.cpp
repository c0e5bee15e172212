#include "sessionchartbuilder.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace trro {

namespace {

using Stretches = QList<QPair<qint64, qint64>>;

QColor mixed(const QColor &a, const QColor &b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

Qt::PenStyle sideStyle(DeviceType type) {
    return type == DeviceType::Remote ? Qt::DashLine : Qt::SolidLine;
}

// Overlapping or touching stretches become one, in time order.
Stretches merged(Stretches spans) {
    std::sort(spans.begin(), spans.end());
    Stretches out;
    for (const auto &span : std::as_const(spans)) {
        if (!out.isEmpty() && span.first <= out.last().second)
            out.last().second = std::max(out.last().second, span.second);
        else
            out.append(span);
    }
    return out;
}

// The stretches of every side where pass(value of metric) holds.
Stretches everySide(const SessionChartData &data, const QString &metric,
                    const std::function<bool(double)> &pass) {
    Stretches out;
    for (int side = 0; side < data.sides().size(); ++side)
        out += data.stretches(side, data.sides().at(side).telemetry.metric(metric), pass);
    return merged(out);
}

QString numberText(double value, const QString &unit) {
    return QLocale().toString(value, 'g', 6) % u' ' % unit;
}

// Stutters: the samples in which frames stalled for more than 150 ms on any side, read from
// Lag150Duration as the diagnosis reads them (K150, a rate that is seldom exactly zero on a
// clean link, only for a side that sends no durations).
Stretches stutters(const SessionChartData &data) {
    const auto positive = [](double v) { return v > 0.0; };
    Stretches out;
    for (int side = 0; side < data.sides().size(); ++side) {
        const SideTelemetry &telemetry = data.sides().at(side).telemetry;
        const QList<double> stalls = telemetry.metric(u"Lag150Duration"_s);
        out +=
            data.stretches(side, stalls.isEmpty() ? telemetry.metric(u"K150"_s) : stalls, positive);
    }
    return merged(out);
}

} // namespace

const QStringList &SessionChartBuilder::stageMetrics() {
    static const QStringList metrics{u"CaptureCost"_s, u"EncodeCost"_s, u"NetworkLatency"_s,
                                     u"DecodeCost"_s, u"RenderCost"_s};
    return metrics;
}

QString SessionChartBuilder::stageName(int stage) {
    switch (stage) {
    case 0:
        return tr("Capture");
    case 1:
        return tr("Encode");
    case 2:
        return tr("Network");
    case 3:
        return tr("Decode");
    case 4:
        return tr("Render");
    default:
        return {};
    }
}

QString SessionChartBuilder::sideName(DeviceType type) {
    switch (type) {
    case DeviceType::Field:
        return tr("Vehicle");
    case DeviceType::Remote:
        return tr("Cockpit");
    case DeviceType::Unknown:
        break;
    }
    return tr("Device");
}

QString SessionChartBuilder::metricLabel(const QString &metric) {
    static const QHash<QString, const char *> labels{
        {u"Rate"_s, QT_TR_NOOP("Bit rate (kbps)")},
        {u"BitRateEstimate"_s, QT_TR_NOOP("Estimated bit rate (kbps)")},
        {u"TotalBitrateEstimate"_s, QT_TR_NOOP("Total estimated bit rate (kbps)")},
        {u"Fps"_s, QT_TR_NOOP("Frame rate (fps)")},
        {u"FrameDelta"_s, QT_TR_NOOP("Average frame interval (ms)")},
        {u"MaxFrameDelta"_s, QT_TR_NOOP("Largest frame interval (ms)")},
        {u"Lost"_s, QT_TR_NOOP("Packet loss (%)")},
        {u"NACK"_s, QT_TR_NOOP("NACK requests")},
        {u"NetworkLatency"_s, QT_TR_NOOP("Network latency (ms)")},
        {u"VideoLatency"_s, QT_TR_NOOP("Video latency (ms)")},
        {u"ControlLatency"_s, QT_TR_NOOP("Control latency (ms)")},
        {u"CaptureCost"_s, QT_TR_NOOP("Capture time (ms)")},
        {u"EncodeCost"_s, QT_TR_NOOP("Encode time (ms)")},
        {u"DecodeCost"_s, QT_TR_NOOP("Decode time (ms)")},
        {u"RenderCost"_s, QT_TR_NOOP("Render time (ms)")},
        {u"K100"_s, QT_TR_NOOP("Stutters over 100 ms")},
        {u"K150"_s, QT_TR_NOOP("Stutters over 150 ms")},
        {u"Lag100Duration"_s, QT_TR_NOOP("Stutter time over 100 ms (ms)")},
        {u"Lag150Duration"_s, QT_TR_NOOP("Stutter time over 150 ms (ms)")},
        {u"CpuUsed"_s, QT_TR_NOOP("CPU (%)")},
        {u"MemUsed"_s, QT_TR_NOOP("Memory (%)")},
    };
    const char *label = labels.value(metric, nullptr);
    return label ? tr(label) : metric;
}

QList<SessionChartBuilder::Chart> SessionChartBuilder::build(const SessionChartData &data,
                                                             const DiagnosisThresholds &thresholds,
                                                             const ChartPalette &palette) {
    QList<Chart> charts;
    charts << latency(data, thresholds, palette);
    charts << lines(data, Lane::Bitrate, tr("Bit rate against the estimate (kbps)"),
                    {u"Rate"_s, u"BitRateEstimate"_s, u"TotalBitrateEstimate"_s}, palette);

    const Stretches stutter = stutters(data);
    Chart fps = lines(data, Lane::FrameRate, tr("Frame rate (fps)"), {u"Fps"_s}, palette);
    fps.spec.threshold = thresholds.minFps;
    fps.spec.thresholdText = tr("%1 fps").arg(QLocale().toString(thresholds.minFps, 'g', 6));
    const double minFps = thresholds.minFps;
    fps.spec.belowSpans = everySide(data, u"Fps"_s, [minFps](double v) { return v < minFps; });
    fps.spec.flagSpans = stutter;
    charts << fps;

    Chart gaps = lines(data, Lane::FrameGaps, tr("Frame intervals (ms)"),
                       {u"FrameDelta"_s, u"MaxFrameDelta"_s}, palette);
    const double gapMs = thresholds.frameGapMs;
    gaps.spec.threshold = gapMs;
    gaps.spec.thresholdText = numberText(gapMs, tr("ms"));
    gaps.spec.belowSpans =
        everySide(data, u"MaxFrameDelta"_s, [gapMs](double v) { return v > gapMs; });
    gaps.spec.flagSpans = stutter;
    charts << gaps;

    Chart loss = lines(data, Lane::Loss, tr("Packet loss (%)"), {u"Lost"_s}, palette);
    const double lossPercent = thresholds.lossPercent;
    loss.spec.threshold = lossPercent;
    loss.spec.thresholdText = numberText(lossPercent, u"%"_s);
    loss.spec.belowSpans =
        everySide(data, u"Lost"_s, [lossPercent](double v) { return v > lossPercent; });
    charts << loss;
    charts << lines(data, Lane::Nack, tr("NACK requests"), {u"NACK"_s}, palette);
    charts << netCards(data, thresholds, palette);

    Chart system =
        lines(data, Lane::System, tr("CPU and memory (%)"), {u"CpuUsed"_s, u"MemUsed"_s}, palette);
    const double cpu = thresholds.cpuPercent;
    system.spec.threshold = cpu;
    system.spec.thresholdText = numberText(cpu, u"%"_s);
    system.spec.belowSpans = everySide(data, u"CpuUsed"_s, [cpu](double v) { return v > cpu; });
    charts << system;
    return charts;
}

SessionChartBuilder::Chart SessionChartBuilder::latency(const SessionChartData &data,
                                                        const DiagnosisThresholds &thresholds,
                                                        const ChartPalette &palette) {
    Chart chart = lines(data, Lane::Latency, tr("Latency by stage (ms)"),
                        {u"VideoLatency"_s, u"ControlLatency"_s}, palette);
    // Capture and encode run on the vehicle, decode and render in the cockpit; each stage is
    // read from its own side, or from the other one when its own did not send it.
    const int field = data.sideIndex(DeviceType::Field);
    const int remote = data.sideIndex(DeviceType::Remote);
    const int preferred[] = {field, field, field, remote, remote};
    const int base = field >= 0 && !data.sides().at(field).times.isEmpty() ? field : remote;
    if (base < 0)
        return chart;
    const QList<qint64> &times = data.sides().at(base).times;
    const QList<qint64> &ends = data.sides().at(base).ends;
    QList<QList<double>> stacked;
    QList<int> shown;
    QList<double> sum(times.size(), 0.0);
    for (int stage = 0; stage < stageMetrics().size(); ++stage) {
        int side = preferred[stage];
        QList<double> values =
            side >= 0 ? data.sides().at(side).telemetry.metric(stageMetrics().at(stage))
                      : QList<double>();
        for (int other = 0; values.isEmpty() && other < data.sides().size(); ++other) {
            side = other;
            values = data.sides().at(other).telemetry.metric(stageMetrics().at(stage));
        }
        if (values.isEmpty())
            continue;
        for (qsizetype i = 0; i < times.size(); ++i) {
            const qsizetype at = side == base ? i : data.sampleAt(side, times.at(i));
            if (at >= 0 && at < values.size() && SessionChartData::hasValue(values.at(at)))
                sum[i] += values.at(at);
        }
        stacked.append(sum);
        shown.append(stage);
        if (stageMetrics().at(stage) == u"NetworkLatency"_s) {
            const double limit = thresholds.networkLatencyMs;
            chart.spec.belowSpans =
                merged(data.stretches(side, values, [limit](double v) { return v > limit; }));
        }
    }
    QList<ChartTrace> bands;
    QList<LegendEntry> legend;
    for (qsizetype k = stacked.size() - 1; k >= 0; --k) { // the top band first
        ChartTrace trace;
        trace.label = stageName(shown.at(k));
        trace.color = palette.seriesColor(shown.at(k));
        trace.filled = true;
        trace.fillColor = mixed(trace.color, palette.plot, palette.dark ? 0.45 : 0.55);
        for (qsizetype i = 0; i < times.size(); ++i)
            trace.spans.append({times.at(i), ends.at(i), stacked.at(k).at(i)});
        bands.append(trace);
    }
    for (qsizetype k = 0; k < shown.size(); ++k)
        legend.append(
            {stageName(shown.at(k)), palette.seriesColor(shown.at(k)), Qt::SolidLine, true});
    chart.spec.traces = bands + chart.spec.traces;
    chart.spec.legend = legend + chart.spec.legend;
    chart.spec.threshold = thresholds.networkLatencyMs;
    chart.spec.thresholdText =
        tr("Network %1").arg(numberText(thresholds.networkLatencyMs, tr("ms")));
    return chart;
}

SessionChartBuilder::Chart SessionChartBuilder::lines(const SessionChartData &data, Lane lane,
                                                      const QString &title,
                                                      const QStringList &metrics,
                                                      const ChartPalette &palette) {
    Chart chart;
    chart.lane = lane;
    chart.spec.title = title;
    QList<DeviceType> sidesShown;
    for (qsizetype m = 0; m < metrics.size(); ++m) {
        // Colours after the five stages', so the latency lane's lines stand out of its bands.
        const QColor color = lane == Lane::Latency
                                 ? (m == 0 ? palette.text : palette.seriesColor(8))
                                 : palette.seriesColor(int(m));
        bool any = false;
        for (int side = 0; side < data.sides().size(); ++side) {
            const SideTelemetry &telemetry = data.sides().at(side).telemetry;
            const QList<double> values = telemetry.metric(metrics.at(m));
            if (values.isEmpty())
                continue;
            ChartTrace trace;
            trace.label = sideName(telemetry.deviceType) % u" · "_s % metricLabel(metrics.at(m));
            trace.color = color;
            trace.style = sideStyle(telemetry.deviceType);
            trace.gaps = true;
            trace.spans = data.spans(side, values);
            chart.spec.traces.append(trace);
            if (!sidesShown.contains(telemetry.deviceType))
                sidesShown.append(telemetry.deviceType);
            any = true;
        }
        if (any)
            chart.spec.legend.append({metricLabel(metrics.at(m)), color, Qt::SolidLine, false});
    }
    if (sidesShown.size() > 1) {
        for (DeviceType type : {DeviceType::Field, DeviceType::Remote})
            chart.spec.legend.append({sideName(type), palette.muted, sideStyle(type), false});
    }
    return chart;
}

QList<SessionChartBuilder::Chart>
SessionChartBuilder::netCards(const SessionChartData &data, const DiagnosisThresholds &thresholds,
                              const ChartPalette &palette) {
    QList<Chart> charts;
    Chart throughput;
    throughput.lane = Lane::Throughput;
    throughput.spec.title = tr("Network cards: throughput (kbps)");
    int card = 0;
    const double lossPercent = thresholds.lossPercent;
    for (int side = 0; side < data.sides().size(); ++side) {
        const SideTelemetry &telemetry = data.sides().at(side).telemetry;
        for (const NetCardSamples &net : telemetry.multiNet) {
            const QColor color = palette.seriesColor(card++);
            const QString name =
                net.netIp.isEmpty()
                    ? tr("%1 card %2").arg(sideName(telemetry.deviceType), net.netId)
                    : tr("%1 card %2 (%3)")
                          .arg(sideName(telemetry.deviceType), net.netId, net.netIp);
            Chart rtt;
            rtt.lane = Lane::NetCard;
            rtt.netId = net.netId;
            rtt.spec.title = tr("%1: round trip (ms), loss over %2 marked")
                                 .arg(name, numberText(lossPercent, u"%"_s));
            ChartTrace line;
            line.label = name % u" · "_s % tr("RTT (ms)");
            line.color = color;
            line.gaps = true;
            line.spans = data.spans(side, net.rtt);
            rtt.spec.traces.append(line);
            rtt.spec.legend.append({tr("RTT (ms)"), color, Qt::SolidLine, false});
            rtt.spec.belowSpans = merged(data.stretches(
                side, net.lost, [lossPercent](double v) { return v > lossPercent; }));
            charts.append(rtt);

            ChartTrace send = line;
            send.label = name % u" · "_s % tr("send");
            send.spans = data.spans(side, net.sendBps);
            ChartTrace receive = send;
            receive.label = name % u" · "_s % tr("receive");
            receive.style = Qt::DotLine;
            receive.spans = data.spans(side, net.recvBps);
            throughput.spec.traces << send << receive;
            throughput.spec.legend.append({name, color, Qt::SolidLine, false});
        }
    }
    if (!throughput.spec.traces.isEmpty()) {
        throughput.spec.legend.append({tr("send"), palette.muted, Qt::SolidLine, false});
        throughput.spec.legend.append({tr("receive"), palette.muted, Qt::DotLine, false});
        charts.append(throughput);
    }
    return charts;
}

} // namespace trro
