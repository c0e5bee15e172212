#include "sessiondiagnosis.h"

#include "diagnosistrack.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace trro {
namespace {

using Severity = DiagnosisFinding::Severity;
using diagnosis::cardName;
using diagnosis::extremeIn;
using diagnosis::longestRun;
using diagnosis::Run;
using diagnosis::Track;

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

// Frames that stalled for more than 150 ms (Lag150Duration: ms of stall per sample), per side.
void stutterFindings(const QList<Track> &tracks, const DiagnosisText &text, QList<Ranked> *out) {
    for (const Track &track : tracks) {
        if (track.metric != QLatin1String("Lag150Duration"))
            continue;
        double stalledMs = 0, runMs = 0, longestMs = 0;
        Run current, longest;
        for (qsizetype i = 0; i < track.size(); ++i) {
            if (!track.valid(i) || track.values.at(i) <= 0) {
                runMs = 0;
                continue;
            }
            if (runMs == 0)
                current.from = track.time(i);
            current.to = track.endOf(i);
            runMs += track.values.at(i);
            stalledMs += track.values.at(i);
            if (runMs > longestMs) {
                longestMs = runMs;
                longest = current;
            }
        }
        if (stalledMs <= 0)
            continue;
        const double sideSeconds = totalOf(*track.weights);
        const double share = sideSeconds > 0 ? stalledMs / 1000 / sideSeconds : 0;
        DiagnosisFinding f;
        f.severity = share >= 0.05   ? Severity::Critical
                     : share >= 0.01 ? Severity::Warning
                                     : Severity::Info;
        f.side = track.side->deviceType;
        f.metric = track.metric;
        f.from = longest.from;
        f.to = longest.to;
        f.text = text.stutter(f.side, stalledMs / 1000, 100 * share);
        out->append({f, stalledMs / 1000});
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
        weights.append(diagnosis::sampleWeights(side));
    const QList<Track> tracks = diagnosis::collectTracks(sides, weights, thresholds);
    d.summaries.reserve(tracks.size());
    for (const Track &track : tracks)
        d.summaries.append(diagnosis::summarize(track));

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
    stutterFindings(tracks, text, &ranked);
    resolutionFindings(sides, text, &ranked);
    d.dominantStage = dominantStage(tracks, text, &ranked);
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.finding.severity != b.finding.severity)
            return a.finding.severity > b.finding.severity;
        return a.rank > b.rank;
    });

    const Run worst = diagnosis::worstStretch(tracks);
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
