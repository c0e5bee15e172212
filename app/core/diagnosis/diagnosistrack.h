#pragma once

#include "diagnosistext.h"
#include "sessiondiagnosis.h"

#include <QList>
#include <algorithm>
#include <cmath>

// The statistics under the session diagnosis: the series of both sides on one time axis, the
// time each sample stands for, runs past a threshold and the worst stretch.
namespace trro::diagnosis {

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
    bool over(qsizetype i) const;
    qint64 time(qsizetype i) const;  // unix seconds
    qint64 endOf(qsizetype i) const; // time(i) plus the seconds the sample stands for
    // How far past the threshold sample i is, relative to the threshold; 0 when within it.
    double excess(qsizetype i) const;
};

// The seconds each sample stands for: the gap to the next one (capped), the last one like the
// typical gap.
QList<double> sampleWeights(const SideTelemetry &side);
// Every non-empty series of every side; weights holds one list per side, in the same order.
QList<Track> collectTracks(const QList<SideTelemetry> &sides, const QList<QList<double>> &weights,
                           const DiagnosisThresholds &t);
// The card's id as shown to people: the NetId the service sent (without control characters),
// else its position.
QString cardName(const NetCardSamples &card, qsizetype index);
MetricSummary summarize(const Track &track);
// The longest stretch of consecutive samples past the threshold.
Run longestRun(const Track &track);
// The stretch with the largest net badness over every side's samples; {0, 0} when nothing
// crossed a threshold.
Run worstStretch(const QList<Track> &tracks);
// The extreme of a track inside [from, to) among the samples past the threshold: the highest
// value, or the lowest for a floor. *found false when there is none.
double extremeIn(const Track &track, qint64 from, qint64 to, bool *found);

} // namespace trro::diagnosis
