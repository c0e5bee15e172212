#pragma once

#include "sessiondiagnosis.h"
#include "sessiontelemetry.h"

#include <QList>
#include <QString>
#include <QtNumeric>

namespace trro {

// A running session's quality from its latest telemetry: the median of the last samples of
// network latency, loss and frame rate, set against the diagnosis thresholds.
struct LiveQuality {
    enum class Verdict { Unknown, Good, Degraded, Bad };
    Verdict verdict = Verdict::Unknown;
    double latencyMs = qQNaN();   // NetworkLatency, the worse side
    double lossPercent = qQNaN(); // Lost, the worse side
    double fps = qQNaN();         // Fps, the worse side
    qint64 sampledAt = 0;         // unix seconds of the latest sample; 0: none
    int metricsOver = 0;          // how many of the three are past their threshold

    bool known() const { return verdict != Verdict::Unknown; }
};

// Seconds of samples the live figure looks at (the latest ones).
constexpr qint64 LiveQualityWindowSec = 10;

// Bad: two metrics past their threshold, or one past twice (half the frame rate); Degraded:
// one past; Good: none; Unknown: no sample.
LiveQuality liveQuality(const QList<SideTelemetry> &sides, const DiagnosisThresholds &thresholds);

QString liveVerdictText(LiveQuality::Verdict verdict); // translated, e.g. "degraded"
// "142 ms · 0.4 % · 28 fps" with what is known; "—" when nothing is.
QString liveQualitySummary(const LiveQuality &quality);

} // namespace trro
