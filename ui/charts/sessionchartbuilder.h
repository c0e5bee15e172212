#pragma once

#include "sessionchartdata.h"
#include "sessiondiagnosis.h"
#include "timechart.h"

#include <QCoreApplication>

namespace trro {

// What each chart of the session view draws, from one session's samples: the lanes in order,
// each a TimeChartSpec (vehicle solid, cockpit dashed, threshold line, the stretches past the
// threshold marked, stutters flagged).
class SessionChartBuilder final {
    Q_DECLARE_TR_FUNCTIONS(trro::SessionChartBuilder)
public:
    enum class Lane {
        Latency,    // capture, encode, network, decode, render stacked; video and control latency
        Bitrate,    // rate against the estimates
        FrameRate,  // fps, stutters flagged
        FrameGaps,  // average and largest frame interval, stutters flagged
        Loss,       // packet loss
        Nack,       // NACK requests
        NetCard,    // one network card: RTT, its loss stretches marked
        Throughput, // every network card's send and receive rate
        System,     // CPU and memory
    };

    struct Chart {
        Lane lane = Lane::Latency;
        QString netId; // NetCard: the card
        TimeChartSpec spec;
    };

    // The stages of the latency lane, bottom first, with the metric each one reads.
    static const QStringList &stageMetrics();
    static QString stageName(int stage);
    // A translated label of a metric with its unit, e.g. "Network latency (ms)".
    static QString metricLabel(const QString &metric);
    static QString sideName(DeviceType type);

    static QList<Chart> build(const SessionChartData &data, const DiagnosisThresholds &thresholds,
                              const ChartPalette &palette);

private:
    static Chart latency(const SessionChartData &data, const DiagnosisThresholds &thresholds,
                         const ChartPalette &palette);
    static Chart lines(const SessionChartData &data, Lane lane, const QString &title,
                       const QStringList &metrics, const ChartPalette &palette);
    static QList<Chart> netCards(const SessionChartData &data,
                                 const DiagnosisThresholds &thresholds,
                                 const ChartPalette &palette);
};

} // namespace trro
