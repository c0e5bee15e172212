#include "diagnosistrack.h"

#include "textsafety.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <limits>

namespace trro::diagnosis {
namespace {

// A gap between two samples longer than this many typical spacings (the device was offline, the
// service lost samples) counts as this many: it must not make one sample weigh for an hour.
constexpr double MaxWeightFactor = 5;
// A single sample, or a side whose samples all share one offset, stands for this long.
constexpr double LoneSampleSeconds = 1;
// Excess beyond the threshold counts at most this many times the threshold in the badness.
constexpr double MaxExcessRatio = 3;

// The samples before the stream started: a leading run of Fps 0 (Rate 0 when the side sends no
// Fps). None when the stream never started: that is a finding, not a warm-up.
qsizetype warmUp(const SideTelemetry &side) {
    QList<double> probe = side.metric(QStringLiteral("Fps"));
    if (probe.isEmpty())
        probe = side.metric(QStringLiteral("Rate"));
    for (qsizetype i = 0; i < probe.size(); ++i) {
        if (probe.at(i) > 0)
            return i;
    }
    return 0;
}

// The p-quantile of values, interpolated between the two nearest ranks as on a sorted copy; the
// values are reordered (selection, linear time: a live session asks again at every sample).
double percentile(QList<double> &values, double p) {
    if (values.isEmpty())
        return 0;
    const double rank = p * double(values.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto nth = values.begin() + lo;
    std::nth_element(values.begin(), nth, values.end());
    const double low = *nth;
    const double high = lo + 1 < values.size() ? *std::min_element(nth + 1, values.end()) : low;
    return low + (high - low) * (rank - double(lo));
}

double thresholdOf(MetricKind kind, const DiagnosisThresholds &t) {
    switch (kind) {
    case MetricKind::NetworkLatency:
    case MetricKind::CardRtt:
        return t.networkLatencyMs;
    case MetricKind::Loss:
    case MetricKind::CardLoss:
        return t.lossPercent;
    case MetricKind::Fps:
        return t.minFps;
    case MetricKind::FrameGap:
        return t.frameGapMs;
    case MetricKind::Cpu:
        return t.cpuPercent;
    case MetricKind::Other:
        break;
    }
    return qQNaN();
}

MetricKind kindOf(const QString &metric) {
    if (metric == QLatin1String("NetworkLatency"))
        return MetricKind::NetworkLatency;
    if (metric == QLatin1String("Lost"))
        return MetricKind::Loss;
    if (metric == QLatin1String("Fps"))
        return MetricKind::Fps;
    if (metric == QLatin1String("MaxFrameDelta"))
        return MetricKind::FrameGap;
    if (metric == QLatin1String("CpuUsed"))
        return MetricKind::Cpu;
    return MetricKind::Other;
}

Track makeTrack(const SideTelemetry &side, const QList<double> &weights, const QString &metric,
                MetricKind kind, const QList<double> &values, const DiagnosisThresholds &t) {
    Track track;
    track.side = &side;
    track.weights = &weights;
    track.metric = metric;
    track.kind = kind;
    track.values = values;
    track.first = warmUp(side);
    track.threshold = thresholdOf(kind, t);
    track.below = kind == MetricKind::Fps;
    return track;
}

struct Event {
    qint64 time = 0, end = 0;
    double weight = 0, badness = 0;
};

} // namespace

bool Track::over(qsizetype i) const {
    if (!hasThreshold() || !valid(i))
        return false;
    const double v = values.at(i);
    return below ? v < threshold : v > threshold;
}

qint64 Track::time(qsizetype i) const {
    return side->startTime + qint64(std::llround(side->timeOffset.at(i)));
}

qint64 Track::endOf(qsizetype i) const {
    return time(i) + std::max<qint64>(1, qint64(std::llround(weights->at(i))));
}

double Track::excess(qsizetype i) const {
    if (!over(i) || threshold == 0)
        return over(i) ? 1 : 0;
    const double r = below ? (threshold - values.at(i)) / threshold
                           : (values.at(i) - threshold) / std::abs(threshold);
    return std::min(MaxExcessRatio, r);
}

// The seconds each sample stands for: the gap to the next one (capped), the last one like the
// typical gap.
QList<double> sampleWeights(const SideTelemetry &side) {
    const QList<double> &t = side.timeOffset;
    if (t.isEmpty())
        return {};
    QList<double> gaps;
    gaps.reserve(t.size());
    for (qsizetype i = 0; i + 1 < t.size(); ++i)
        gaps.append(std::max(0.0, t.at(i + 1) - t.at(i)));
    QList<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const double typical = sorted.isEmpty() || sorted.at(sorted.size() / 2) <= 0
                               ? LoneSampleSeconds
                               : sorted.at(sorted.size() / 2);
    QList<double> weights;
    weights.reserve(t.size());
    for (double gap : gaps)
        weights.append(std::min(gap, typical * MaxWeightFactor));
    weights.append(typical);
    return weights;
}

// The longest stretch of consecutive samples past the threshold.
Run longestRun(const Track &track) {
    Run best, current;
    bool inRun = false;
    for (qsizetype i = 0; i < track.size(); ++i) {
        if (!track.over(i)) {
            inRun = false;
            continue;
        }
        if (!inRun)
            current = {track.time(i), track.time(i), 0};
        inRun = true;
        current.to = track.endOf(i);
        current.seconds += track.weights->at(i);
        if (current.seconds > best.seconds)
            best = current;
    }
    return best;
}

MetricSummary summarize(const Track &track) {
    MetricSummary s;
    s.side = track.side->deviceType;
    s.metric = track.metric;
    s.threshold = track.threshold;
    QList<double> values;
    values.reserve(track.size());
    for (qsizetype i = 0; i < track.size(); ++i) {
        if (!track.valid(i))
            continue;
        values.append(track.values.at(i));
        if (track.over(i))
            s.secondsOver += track.weights->at(i);
    }
    s.samples = values.size();
    s.max = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    s.p95 = percentile(values, 0.95);
    s.p50 = percentile(values, 0.5);
    return s;
}

// The card's id as shown to people: the NetId the service sent (without control characters),
// else its position.
QString cardName(const NetCardSamples &card, qsizetype index) {
    const QString id = stripControls(card.netId);
    return id.isEmpty() ? QString::number(index) : id;
}

// Every non-empty series of every side; weights holds one list per side, in the same order.
QList<Track> collectTracks(const QList<SideTelemetry> &sides, const QList<QList<double>> &weights,
                           const DiagnosisThresholds &t) {
    QList<Track> tracks;
    const QStringList &names = sessionMetricNames();
    for (qsizetype s = 0; s < sides.size(); ++s) {
        const SideTelemetry &side = sides.at(s);
        for (qsizetype m = 0; m < names.size() && m < side.metrics.size(); ++m) {
            if (!side.metrics.at(m).isEmpty())
                tracks.append(makeTrack(side, weights.at(s), names.at(m), kindOf(names.at(m)),
                                        side.metrics.at(m), t));
        }
        for (qsizetype c = 0; c < side.multiNet.size(); ++c) {
            const NetCardSamples &card = side.multiNet.at(c);
            const QString prefix = QStringLiteral("MultiNet[%1].").arg(cardName(card, c));
            const std::pair<const char *, const QList<double> *> series[] = {
                {"Rtt", &card.rtt},
                {"Lost", &card.lost},
                {"SendBps", &card.sendBps},
                {"RecvBps", &card.recvBps}};
            for (const auto &[key, values] : series) {
                if (values->isEmpty())
                    continue;
                const QString k = QString::fromLatin1(key);
                const MetricKind kind = k == QLatin1String("Rtt")    ? MetricKind::CardRtt
                                        : k == QLatin1String("Lost") ? MetricKind::CardLoss
                                                                     : MetricKind::Other;
                Track track = makeTrack(side, weights.at(s), prefix + k, kind, *values, t);
                track.netId = cardName(card, c);
                tracks.append(track);
            }
        }
    }
    return tracks;
}

// The stretch with the largest net badness (Kadane's maximum subarray over every side's samples
// on one time axis): a sample past a threshold adds its badness times its duration, a clean one
// takes its duration off. {0, 0} when nothing crossed a threshold.
Run worstStretch(const QList<Track> &tracks) {
    QHash<const SideTelemetry *, QList<Event>> perSide;
    for (const Track &track : tracks) {
        if (!track.hasThreshold())
            continue;
        QList<Event> &events = perSide[track.side];
        if (events.isEmpty()) {
            for (qsizetype i = 0; i < track.weights->size(); ++i)
                events.append({track.time(i), track.endOf(i), track.weights->at(i), 0});
        }
        for (qsizetype i = 0; i < track.size(); ++i) {
            if (track.over(i))
                events[i].badness += 1 + track.excess(i);
        }
    }
    QList<Event> all;
    for (const QList<Event> &events : std::as_const(perSide))
        all.append(events);
    std::stable_sort(all.begin(), all.end(),
                     [](const Event &a, const Event &b) { return a.time < b.time; });
    Run best, current;
    double bestSum = 0, sum = 0;
    for (const Event &e : std::as_const(all)) {
        const double value = e.badness > 0 ? e.badness * e.weight : -e.weight;
        if (sum <= 0) {
            sum = 0;
            current = {e.time, e.end, 0};
        }
        sum += value;
        current.to = std::max(current.to, e.end);
        if (sum > bestSum) {
            bestSum = sum;
            best = current;
        }
    }
    if (bestSum <= 0)
        return {};
    best.seconds = double(best.to - best.from);
    return best;
}

// The extreme of a track inside [from, to): the highest value, or the lowest for a floor.
double extremeIn(const Track &track, qint64 from, qint64 to, bool *found) {
    double extreme =
        track.below ? std::numeric_limits<double>::max() : std::numeric_limits<double>::lowest();
    *found = false;
    for (qsizetype i = 0; i < track.size(); ++i) {
        const qint64 t = track.time(i);
        if (t < from || t >= to || !track.over(i))
            continue;
        *found = true;
        extreme = track.below ? std::min(extreme, track.values.at(i))
                              : std::max(extreme, track.values.at(i));
    }
    return extreme;
}

} // namespace trro::diagnosis
