#include "livequality.h"

#include <QCoreApplication>
#include <algorithm>

namespace trro {
namespace {

// The median of the samples of `values` taken in the last window before `latest`.
double recentMedian(const SideTelemetry &side, const QList<double> &values, double latest) {
    QList<double> recent;
    const qsizetype n = std::min(values.size(), side.timeOffset.size());
    for (qsizetype i = n - 1; i >= 0; --i) {
        const double t = double(side.startTime) + side.timeOffset.at(i);
        if (t < latest - double(LiveQualityWindowSec))
            break;
        if (qIsFinite(values.at(i)))
            recent.append(values.at(i));
    }
    if (recent.isEmpty())
        return qQNaN();
    const auto mid = recent.begin() + recent.size() / 2;
    std::nth_element(recent.begin(), mid, recent.end());
    return *mid;
}

double worse(double a, double b, bool higherIsWorse) {
    if (qIsNaN(a))
        return b;
    if (qIsNaN(b))
        return a;
    return higherIsWorse ? std::max(a, b) : std::min(a, b);
}

} // namespace

LiveQuality liveQuality(const QList<SideTelemetry> &sides, const DiagnosisThresholds &thresholds) {
    LiveQuality q;
    double latest = 0;
    for (const SideTelemetry &side : sides) {
        if (!side.timeOffset.isEmpty())
            latest = std::max(latest, double(side.startTime) + side.timeOffset.constLast());
    }
    if (latest <= 0)
        return q;
    for (const SideTelemetry &side : sides) {
        q.latencyMs =
            worse(q.latencyMs,
                  recentMedian(side, side.metric(QStringLiteral("NetworkLatency")), latest), true);
        q.lossPercent = worse(
            q.lossPercent, recentMedian(side, side.metric(QStringLiteral("Lost")), latest), true);
        q.fps = worse(q.fps, recentMedian(side, side.metric(QStringLiteral("Fps")), latest), false);
    }
    if (qIsNaN(q.latencyMs) && qIsNaN(q.lossPercent) && qIsNaN(q.fps))
        return q;
    q.sampledAt = qint64(latest);
    bool farOver = false;
    const auto over = [&](double value, double threshold, bool higherIsWorse) {
        if (qIsNaN(value))
            return;
        const bool past = higherIsWorse ? value > threshold : value < threshold;
        if (!past)
            return;
        ++q.metricsOver;
        farOver = farOver || (higherIsWorse ? value > 2 * threshold : value < threshold / 2);
    };
    over(q.latencyMs, thresholds.networkLatencyMs, true);
    over(q.lossPercent, thresholds.lossPercent, true);
    over(q.fps, thresholds.minFps, false);
    if (q.metricsOver >= 2 || farOver)
        q.verdict = LiveQuality::Verdict::Bad;
    else if (q.metricsOver == 1)
        q.verdict = LiveQuality::Verdict::Degraded;
    else
        q.verdict = LiveQuality::Verdict::Good;
    return q;
}

QString liveVerdictText(LiveQuality::Verdict verdict) {
    switch (verdict) {
    case LiveQuality::Verdict::Good:
        return QCoreApplication::translate("trro::LiveQuality", "good");
    case LiveQuality::Verdict::Degraded:
        return QCoreApplication::translate("trro::LiveQuality", "degraded");
    case LiveQuality::Verdict::Bad:
        return QCoreApplication::translate("trro::LiveQuality", "bad");
    case LiveQuality::Verdict::Unknown:
        break;
    }
    return QCoreApplication::translate("trro::LiveQuality", "not measured yet");
}

QString liveQualitySummary(const LiveQuality &q) {
    QStringList parts;
    if (!qIsNaN(q.latencyMs))
        parts << QCoreApplication::translate("trro::LiveQuality", "%1 ms").arg(qRound(q.latencyMs));
    if (!qIsNaN(q.lossPercent))
        parts << QCoreApplication::translate("trro::LiveQuality", "%1 % loss")
                     .arg(q.lossPercent, 0, 'f', 1);
    if (!qIsNaN(q.fps))
        parts << QCoreApplication::translate("trro::LiveQuality", "%1 fps").arg(qRound(q.fps));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(" · "));
}

} // namespace trro
