#pragma once

#include "sessiontelemetry.h"
#include "types.h"

#include <QList>
#include <QString>
#include <QtNumeric>

namespace trro {

// Why a session was bad, read from its samples (DescribeDeviceSessionDetails): per-metric
// summaries, the time spent past each threshold, the worst stretch, the stage that dominates
// end-to-end latency, the network card that degraded and plain sentences for the operator.

struct DiagnosisThresholds {
    double networkLatencyMs = 150; // NetworkLatency above
    double lossPercent = 2;        // Lost above
    double minFps = 20;            // Fps below
    double frameGapMs = 150;       // MaxFrameDelta above
    double cpuPercent = 90;        // CpuUsed above
};

struct MetricSummary {
    DeviceType side = DeviceType::Unknown;
    QString metric; // a name from sessionMetricNames(), or "MultiNet[<NetId>].Rtt" etc.
    double p50 = 0, p95 = 0, max = 0;
    double threshold = qQNaN(); // NaN when the metric has none
    double secondsOver = 0;     // time spent past the threshold (sample spacing weighted)
    qsizetype samples = 0;
};

struct DiagnosisFinding {
    enum class Severity { Info, Warning, Critical };
    Severity severity = Severity::Info;
    DeviceType side = DeviceType::Unknown;
    QString metric;          // what the finding is about (may be empty for the summary)
    QString text;            // one plain translated sentence
    qint64 from = 0, to = 0; // unix seconds of the moment it refers to (the charts' range)
};

struct SessionDiagnosis {
    QList<MetricSummary> summaries;
    QList<DiagnosisFinding> findings;  // worst first
    qint64 worstFrom = 0, worstTo = 0; // the worst stretch, unix seconds
    QString dominantStage; // "capture" | "encode" | "network" | "decode" | "render" | ""
    QString degradedNetId; // the network card that degraded, or ""
};

// Sample times are unix seconds: side.startTime + side.timeOffset[i]. worstFrom and worstTo
// are 0 when no metric crossed its threshold.
SessionDiagnosis diagnoseSession(const QList<SideTelemetry> &sides,
                                 const DiagnosisThresholds &thresholds = {});

} // namespace trro
