#include "chartspecbuilder.h"

using namespace Qt::StringLiterals;

namespace trro {

QString ChartSpecBuilder::metricTitle(Metric metric) {
    switch (metric) {
    case Metric::Sessions:
        return tr("Sessions per interval");
    case Metric::Duration:
        return tr("Session minutes per interval");
    case Metric::NotBadRatio:
        return tr("Not-bad session ratio (%)");
    case Metric::ActiveDevices:
        return tr("Active devices");
    }
    return {};
}

TimeChartSpec ChartSpecBuilder::build(const ChartData &data, Metric metric, int seriesIndex,
                                      int threshold, const ChartPalette &palette) {
    TimeChartSpec spec;
    spec.title = metricTitle(metric);
    QList<int> shown;
    if (seriesIndex >= 0 && seriesIndex < data.series.size()) {
        shown.append(seriesIndex);
        spec.title += u" — "_s % data.series.at(seriesIndex).label;
    } else {
        for (int i = 0; i < data.series.size(); ++i)
            shown.append(i);
    }
    if (shown.isEmpty())
        return spec;
    const int primary = shown.first();
    const bool many = shown.size() > 1;

    for (int si : std::as_const(shown)) {
        const ChartSeries &series = data.series.at(si);
        const QColor color = palette.seriesColor(si);
        switch (metric) {
        case Metric::Sessions:
        case Metric::Duration: {
            const bool sessions = metric == Metric::Sessions;
            ChartTrace trace;
            trace.label = series.label;
            trace.color = color;
            trace.filled = si == primary;
            trace.spans = bucketSpans(series.buckets, [sessions](const IntervalBucket &b) {
                return double(sessions ? b.sessionNum : b.totalDuration);
            });
            spec.traces.append(trace);
            spec.legend.append({series.label, color, Qt::SolidLine, trace.filled});
            break;
        }
        case Metric::NotBadRatio: {
            ChartTrace trace;
            trace.label = series.label;
            trace.color = color;
            trace.gaps = true;
            // No sessions, no ratio: such buckets are gaps like missing ones.
            trace.spans = bucketSpans(
                series.buckets,
                [](const IntervalBucket &b) { return double(b.notBadSessionRatio); },
                [](const IntervalBucket &b) { return b.sessionNum <= 0; });
            spec.traces.append(trace);
            spec.legend.append({series.label, color, Qt::SolidLine, false});
            break;
        }
        case Metric::ActiveDevices: {
            ChartTrace field;
            field.label = series.label % u" · "_s % tr("vehicles");
            field.color = color;
            field.spans = bucketSpans(series.buckets, [](const IntervalBucket &b) {
                return double(b.activeFieldDeviceNum);
            });
            ChartTrace remote = field;
            remote.label = series.label % u" · "_s % tr("cockpits");
            remote.style = Qt::DashLine;
            remote.spans = bucketSpans(series.buckets, [](const IntervalBucket &b) {
                return double(b.activeRemoteDeviceNum);
            });
            spec.traces.append(field);
            spec.traces.append(remote);
            if (many)
                spec.legend.append({series.label, color, Qt::SolidLine, false});
            break;
        }
        }
        addGhost(&spec, data, series, metric, palette);
        addMarks(&spec, data, series);
    }

    if (primary == 0) // with the first series (the fleet, or the device of a device view)
        addWithout(&spec, data, metric, palette);

    if (metric == Metric::ActiveDevices) {
        const QColor key = many ? palette.muted : palette.seriesColor(primary);
        spec.legend.append({tr("Vehicles (field)"), key, Qt::SolidLine, false});
        spec.legend.append({tr("Cockpits (remote)"), key, Qt::DashLine, false});
    }
    if (metric == Metric::NotBadRatio) {
        spec.fixedTop = 100.0;
        spec.threshold = threshold;
        for (const IntervalBucket &b : data.series.at(primary).buckets) {
            if (b.sessionNum > 0 && b.notBadSessionRatio < threshold)
                spec.belowSpans.append({b.startTime, std::max(b.endTime, b.startTime)});
        }
    }
    std::sort(spec.flagSpans.begin(), spec.flagSpans.end());
    // Duplicates share their span: one mark (the tooltip lists each bucket).
    spec.flagSpans.erase(std::unique(spec.flagSpans.begin(), spec.flagSpans.end()),
                         spec.flagSpans.end());
    std::sort(spec.belowSpans.begin(), spec.belowSpans.end());
    std::sort(spec.partialSpans.begin(), spec.partialSpans.end());
    spec.partialSpans.erase(std::unique(spec.partialSpans.begin(), spec.partialSpans.end()),
                            spec.partialSpans.end());
    return spec;
}

void ChartSpecBuilder::addMarks(TimeChartSpec *spec, const ChartData &data,
                                const ChartSeries &series) {
    for (const IntervalBucket &b : series.buckets) {
        if (data.coverage(b).isPartial())
            spec->partialSpans.append({b.startTime, std::max(b.startTime, b.endTime)});
    }
    for (qsizetype i = 0; i < series.buckets.size(); ++i) {
        if (i < series.flags.size() && series.flags.at(i) != BucketFlags()) {
            // Marked where the bucket is drawn: an inverted one at its StartTime only.
            const IntervalBucket &b = series.buckets.at(i);
            spec->flagSpans.append({b.startTime, std::max(b.startTime, b.endTime)});
        }
    }
}

void ChartSpecBuilder::addWithout(TimeChartSpec *spec, const ChartData &data, Metric metric,
                                  const ChartPalette &palette) {
    if (data.without.buckets.isEmpty() ||
        (metric != Metric::Sessions && metric != Metric::NotBadRatio))
        return;
    ChartTrace trace;
    trace.label = data.without.label;
    trace.color = palette.text;
    trace.style = Qt::DashLine;
    trace.gaps = true; // drawn only where the finder's lists reach
    if (metric == Metric::Sessions)
        trace.spans = bucketSpans(data.without.buckets,
                                  [](const IntervalBucket &b) { return double(b.sessionNum); });
    else
        trace.spans = bucketSpans(
            data.without.buckets,
            [](const IntervalBucket &b) { return double(b.notBadSessionRatio); },
            [](const IntervalBucket &b) { return b.sessionNum <= 0; });
    spec->traces.append(trace);
    spec->legend.append({trace.label, trace.color, Qt::DashLine, false});
}

void ChartSpecBuilder::addGhost(TimeChartSpec *spec, const ChartData &data,
                                const ChartSeries &series, Metric metric,
                                const ChartPalette &palette) {
    const ChartSeries *ghost = data.previousOf(series.key);
    if (!ghost)
        return;
    ChartTrace trace;
    trace.label = series.label % u" · "_s % data.previousLabel;
    trace.color = palette.muted;
    trace.style = Qt::DotLine;
    switch (metric) {
    case Metric::Sessions:
        trace.spans = bucketSpans(ghost->buckets,
                                  [](const IntervalBucket &b) { return double(b.sessionNum); });
        break;
    case Metric::Duration:
        trace.spans = bucketSpans(ghost->buckets,
                                  [](const IntervalBucket &b) { return double(b.totalDuration); });
        break;
    case Metric::NotBadRatio:
        trace.gaps = true;
        trace.spans = bucketSpans(
            ghost->buckets, [](const IntervalBucket &b) { return double(b.notBadSessionRatio); },
            [](const IntervalBucket &b) { return b.sessionNum <= 0; });
        break;
    case Metric::ActiveDevices:
        trace.spans = bucketSpans(
            ghost->buckets, [](const IntervalBucket &b) { return double(b.activeFieldDeviceNum); });
        break;
    }
    spec->traces.append(trace);
    spec->legend.append({trace.label, trace.color, Qt::DotLine, false});
}

} // namespace trro
