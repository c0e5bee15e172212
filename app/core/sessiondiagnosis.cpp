#include "sessiondiagnosis.h"

#include "diagnosistext.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace trro {
namespace {

using Severity = DiagnosisFinding::Severity;

// A gap between two samples longer than this many typical spacings (the device was offline, the
// service lost samples) counts as this many: it must not make one sample weigh for an hour.
constexpr double MaxWeightFactor = 5;
// A single sample, or a side whose samples all share one offset, stands for this long.
constexpr double LoneSampleSeconds = 1;
// Excess beyond the threshold counts at most this many times the threshold in the badness.
constexpr double MaxExcessRatio = 3;

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

double percentile(const QList<double> &sorted, double p) {
    if (sorted.isEmpty())
        return 0;
    const double rank = p * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = std::min(lo + 1, sorted.size() - 1);
    return sorted.at(lo) + (sorted.at(hi) - sorted.at(lo)) * (rank - double(lo));
}

struct Run {
    qint64 from = 0, to = 0;
    double seconds = 0;
};

// One series of one side, with its threshold when it has one.
struct Track {
    const SideTelemetry *side = nullptr;
    const QList<double> *weights = nullptr;
    QString metric;
    MetricKind kind = MetricKind::Other;
    QString netId; // for the MultiNet tracks
    QList<double> values;
    qsizetype first = 0; // the samples before it are the side's warm-up
    double threshold = qQNaN();
    bool below = false;

    qsizetype size() const { return std::min(values.size(), weights->size()); }
    bool hasThreshold() const { return !std::isnan(threshold); }
    // The service sends -1 for "no value".
    bool valid(qsizetype i) const { return i >= first && values.at(i) >= 0; }
    bool over(qsizetype i) const {
        if (!hasThreshold() || !valid(i))
            return false;
        const double v = values.at(i);
        return below ? v < threshold : v > threshold;
    }
    qint64 time(qsizetype i) const {
        return side->startTime + qint64(std::llround(side->timeOffset.at(i)));
    }
    qint64 endOf(qsizetype i) const {
        return time(i) + std::max<qint64>(1, qint64(std::llround(weights->at(i))));
    }
    // How far past the threshold sample i is, relative to the threshold; 0 when within it.
    double excess(qsizetype i) const {
        if (!over(i) || threshold == 0)
            return over(i) ? 1 : 0;
        const double r = below ? (threshold - values.at(i)) / threshold
                               : (values.at(i) - threshold) / std::abs(threshold);
        return std::min(MaxExcessRatio, r);
    }
};

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
    QList<double> sorted;
    sorted.reserve(track.size());
    for (qsizetype i = 0; i < track.size(); ++i) {
        if (!track.valid(i))
            continue;
        sorted.append(track.values.at(i));
        if (track.over(i))
            s.secondsOver += track.weights->at(i);
    }
    s.samples = sorted.size();
    std::sort(sorted.begin(), sorted.end());
    s.p50 = percentile(sorted, 0.5);
    s.p95 = percentile(sorted, 0.95);
    s.max = sorted.isEmpty() ? 0 : sorted.last();
    return s;
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

QString cardName(const NetCardSamples &card, qsizetype index) {
    return card.netId.isEmpty() ? QString::number(index) : card.netId;
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

struct Event {
    qint64 time = 0, end = 0;
    double weight = 0, badness = 0;
};

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

Severity severityFor(double secondsOver, double sideSeconds, const Run &run) {
    const double share = sideSeconds > 0 ? secondsOver / sideSeconds : 0;
    if (share >= 0.10)
        return Severity::Critical;
    if (share >= 0.01 || run.seconds >= 10)
        return Severity::Warning;
    return Severity::Info;
}

double totalOf(const QList<double> &weights) {
    double sum = 0;
    for (double w : weights)
        sum += w;
    return sum;
}

struct Ranked {
    DiagnosisFinding finding;
    double rank = 0;
};

void thresholdFindings(const QList<Track> &tracks, const QList<MetricSummary> &summaries,
                       const DiagnosisText &text, QList<Ranked> *out) {
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        const Track &track = tracks.at(i);
        const MetricSummary &s = summaries.at(i);
        if (!track.netId.isEmpty() || s.secondsOver <= 0)
            continue;
        const Run run = longestRun(track);
        const double sideSeconds = totalOf(*track.weights);
        DiagnosisFinding f;
        f.severity = severityFor(s.secondsOver, sideSeconds, run);
        f.side = s.side;
        f.metric = s.metric;
        f.from = run.from;
        f.to = run.to;
        double lowest = s.max;
        for (qsizetype k = 0; k < track.size(); ++k) {
            if (track.valid(k))
                lowest = std::min(lowest, track.values.at(k));
        }
        f.text = text.threshold(track.kind, s, sideSeconds, lowest);
        out->append({f, s.secondsOver});
    }
}

// Each card with time past the RTT or loss threshold, worst first; the worst one's id.
QString cardFindings(const QList<Track> &tracks, const QList<MetricSummary> &summaries,
                     const DiagnosisText &text, QList<Ranked> *out) {
    struct Card {
        const Track *rtt = nullptr, *loss = nullptr;
        double rttOver = 0, lossOver = 0;
    };
    QList<std::pair<std::pair<const SideTelemetry *, QString>, Card>> cards;
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        const Track &track = tracks.at(i);
        if (track.kind != MetricKind::CardRtt && track.kind != MetricKind::CardLoss)
            continue;
        const auto key = std::make_pair(track.side, track.netId);
        auto it = std::find_if(cards.begin(), cards.end(),
                               [&key](const auto &c) { return c.first == key; });
        if (it == cards.end())
            it = cards.insert(cards.end(), {key, Card{}});
        if (track.kind == MetricKind::CardRtt)
            it->second = {&track, it->second.loss, summaries.at(i).secondsOver,
                          it->second.lossOver};
        else
            it->second = {it->second.rtt, &track, it->second.rttOver, summaries.at(i).secondsOver};
    }
    QString worst;
    double worstScore = 0;
    for (const auto &[key, card] : std::as_const(cards)) {
        const double score = card.rttOver + card.lossOver;
        if (score <= 0)
            continue;
        const Track &any = card.rtt ? *card.rtt : *card.loss;
        const Run rttRun = card.rtt ? longestRun(*card.rtt) : Run{};
        const Run lossRun = card.loss ? longestRun(*card.loss) : Run{};
        DiagnosisFinding f;
        const double sideSeconds = totalOf(*any.weights);
        const Run &longer = rttRun.seconds >= lossRun.seconds ? rttRun : lossRun;
        f.severity = severityFor(std::max(card.rttOver, card.lossOver), sideSeconds, longer);
        f.side = key.first->deviceType;
        f.metric = QStringLiteral("MultiNet[%1]").arg(key.second);
        f.from = longer.from;
        f.to = longer.to;
        QString ip;
        for (qsizetype c = 0; c < key.first->multiNet.size(); ++c) {
            if (cardName(key.first->multiNet.at(c), c) == key.second)
                ip = key.first->multiNet.at(c).netIp;
        }
        f.text = text.card(f.side, key.second, ip, card.rttOver, card.lossOver);
        out->append({f, score});
        if (score > worstScore) {
            worstScore = score;
            worst = key.second;
        }
    }
    return worst;
}

void resolutionFindings(const QList<SideTelemetry> &sides, const DiagnosisText &text,
                        QList<Ranked> *out) {
    for (const SideTelemetry &side : sides) {
        if (side.width <= 0 || side.height <= 0 || side.configWidth <= 0 || side.configHeight <= 0)
            continue;
        if (side.width * side.height >= side.configWidth * side.configHeight)
            continue;
        DiagnosisFinding f;
        f.severity = Severity::Warning;
        f.side = side.deviceType;
        f.metric = QStringLiteral("Resolution");
        f.from = side.startTime;
        f.to = std::max(side.endTime, side.startTime);
        f.text = text.resolution(side);
        out->append({f, 0});
    }
}

// The stage with the largest mean, over the sides that report it.
QString dominantStage(const QList<Track> &tracks, const DiagnosisText &text, QList<Ranked> *out) {
    static const std::pair<const char *, const char *> stages[] = {{"capture", "CaptureCost"},
                                                                   {"encode", "EncodeCost"},
                                                                   {"network", "NetworkLatency"},
                                                                   {"decode", "DecodeCost"},
                                                                   {"render", "RenderCost"}};
    double total = 0, best = 0;
    QString bestStage;
    qint64 from = std::numeric_limits<qint64>::max(), to = 0;
    for (const auto &[stage, metric] : stages) {
        double mean = 0;
        for (const Track &track : tracks) {
            if (track.metric != QLatin1String(metric) || track.size() == 0)
                continue;
            double sum = 0;
            qsizetype count = 0;
            for (qsizetype i = 0; i < track.size(); ++i) {
                if (track.valid(i)) {
                    sum += track.values.at(i);
                    ++count;
                }
            }
            if (count > 0)
                mean = std::max(mean, sum / double(count));
            from = std::min(from, track.time(0));
            to = std::max(to, track.endOf(track.size() - 1));
        }
        total += mean;
        if (mean > best) {
            best = mean;
            bestStage = QString::fromLatin1(stage);
        }
    }
    if (bestStage.isEmpty() || total <= 0)
        return {};
    DiagnosisFinding f;
    f.metric = bestStage;
    f.from = from;
    f.to = to;
    f.text = text.stage(bestStage, best, total);
    out->append({f, 0});
    return bestStage;
}

DiagnosisFinding summaryFinding(const QList<Track> &tracks, const Run &worst,
                                const DiagnosisText &text, qint64 sessionStart, qint64 sessionEnd) {
    DiagnosisFinding f;
    if (tracks.isEmpty()) {
        f.text = text.noSamples();
        return f;
    }
    if (worst.to <= worst.from) {
        f.from = sessionStart;
        f.to = sessionEnd;
        f.text = text.clean();
        return f;
    }
    f.severity = Severity::Warning;
    f.from = worst.from;
    f.to = worst.to;
    QList<std::pair<double, QString>> parts;
    for (const Track &track : tracks) {
        // The cards have a finding of their own.
        if (!track.hasThreshold() || !track.netId.isEmpty())
            continue;
        bool found = false;
        const double extreme = extremeIn(track, worst.from, worst.to, &found);
        if (found)
            parts.append(
                {std::abs(extreme - track.threshold) / std::max(1e-9, std::abs(track.threshold)),
                 text.extreme(track.kind, track.side->deviceType, track.netId, extreme)});
    }
    std::stable_sort(parts.begin(), parts.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList items;
    for (qsizetype i = 0; i < parts.size() && i < 3; ++i)
        items.append(parts.at(i).second);
    f.text = text.worst(worst.from - sessionStart, worst.to - sessionStart, items);
    return f;
}

} // namespace

SessionDiagnosis diagnoseSession(const QList<SideTelemetry> &sides,
                                 const DiagnosisThresholds &thresholds) {
    SessionDiagnosis d;
    QList<QList<double>> weights;
    weights.reserve(sides.size());
    for (const SideTelemetry &side : sides)
        weights.append(sampleWeights(side));
    const QList<Track> tracks = collectTracks(sides, weights, thresholds);
    d.summaries.reserve(tracks.size());
    for (const Track &track : tracks)
        d.summaries.append(summarize(track));

    qint64 start = std::numeric_limits<qint64>::max(), end = 0;
    for (const SideTelemetry &side : sides) {
        start = std::min(start, side.startTime);
        end = std::max(end, side.endTime);
    }
    if (sides.isEmpty())
        start = 0;

    const DiagnosisText text(thresholds);
    QList<Ranked> ranked;
    thresholdFindings(tracks, d.summaries, text, &ranked);
    d.degradedNetId = cardFindings(tracks, d.summaries, text, &ranked);
    resolutionFindings(sides, text, &ranked);
    d.dominantStage = dominantStage(tracks, text, &ranked);
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity > b.finding.severity;
        return a.rank > b.rank;
    });

    const Run worst = worstStretch(tracks);
    d.worstFrom = worst.from;
    d.worstTo = worst.to;
    DiagnosisFinding summary = summaryFinding(tracks, worst, text, start, end);
    if (!ranked.isEmpty() && ranked.first().finding.severity > summary.severity)
        summary.severity = ranked.first().finding.severity;
    d.findings.append(summary);
    for (const Ranked &r : std::as_const(ranked))
        d.findings.append(r.finding);
    return d;
}

} // namespace trro
