#include "diagnosistext.h"

#include "modelformat.h"
#include "textsafety.h"

#include <cmath>

namespace trro {

DiagnosisText::DiagnosisText(const DiagnosisThresholds &thresholds, const QLocale &locale)
    : m_thresholds(thresholds)
    , m_locale(locale) {}

QString DiagnosisText::sideName(DeviceType side) const {
    switch (side) {
    case DeviceType::Field:
        return tr("the vehicle");
    case DeviceType::Remote:
        return tr("the cockpit");
    case DeviceType::Unknown:
        break;
    }
    return tr("an unknown device");
}

QString DiagnosisText::metricName(MetricKind kind) const {
    switch (kind) {
    case MetricKind::NetworkLatency:
        return tr("network latency");
    case MetricKind::Loss:
        return tr("packet loss");
    case MetricKind::Fps:
        return tr("the frame rate");
    case MetricKind::FrameGap:
        return tr("the longest frame gap");
    case MetricKind::Cpu:
        return tr("CPU usage");
    case MetricKind::CardRtt:
        return tr("the round-trip time");
    case MetricKind::CardLoss:
        return tr("the card's packet loss");
    case MetricKind::Other:
        break;
    }
    return {};
}

QString DiagnosisText::value(MetricKind kind, double v) const {
    switch (kind) {
    case MetricKind::NetworkLatency:
    case MetricKind::FrameGap:
    case MetricKind::CardRtt:
        return tr("%1 ms").arg(m_locale.toString(v, 'f', 0));
    case MetricKind::Loss:
    case MetricKind::CardLoss:
    case MetricKind::Cpu:
        return tr("%1 %").arg(m_locale.toString(v, 'f', 1));
    case MetricKind::Fps:
        return tr("%1 fps").arg(m_locale.toString(v, 'f', 0));
    case MetricKind::Other:
        break;
    }
    return m_locale.toString(v, 'g', 6);
}

QString DiagnosisText::duration(double seconds) const {
    return formatDurationSeconds(qint64(std::llround(seconds)), m_locale);
}

// "12:05" or "1:02:05" from the session's start.
QString DiagnosisText::offset(qint64 seconds) const {
    const qint64 s = std::max<qint64>(0, seconds);
    const QString mm = QString::number((s / 60) % 60).rightJustified(2, u'0');
    const QString ss = QString::number(s % 60).rightJustified(2, u'0');
    if (s >= 3600)
        return QString::number(s / 3600) + u':' + mm + u':' + ss;
    return QString::number(s / 60) + u':' + ss;
}

QString DiagnosisText::threshold(MetricKind kind, const MetricSummary &summary, double sideSeconds,
                                 double lowest) const {
    const double share = sideSeconds > 0 ? 100.0 * summary.secondsOver / sideSeconds : 0;
    const QString percent = tr("%1 %").arg(m_locale.toString(share, 'f', share < 10 ? 1 : 0));
    const QString side = sideName(summary.side);
    const QString limit = value(kind, summary.threshold);
    const QString over = duration(summary.secondsOver);
    if (kind == MetricKind::Fps)
        return tr("On %1, %2 was below %3 for %4 (%5 of the session); median %6, lowest %7.")
            .arg(side, metricName(kind), limit, over, percent, value(kind, summary.p50),
                 value(kind, lowest));
    return tr("On %1, %2 was above %3 for %4 (%5 of the session); p95 %6, highest %7.")
        .arg(side, metricName(kind), limit, over, percent, value(kind, summary.p95),
             value(kind, summary.max));
}

QString DiagnosisText::card(DeviceType side, const QString &netId, const QString &netIp,
                            double rttOver, double lossOver) const {
    QStringList parts;
    if (rttOver > 0)
        parts.append(
            tr("round-trip time above %1 for %2")
                .arg(value(MetricKind::CardRtt, m_thresholds.networkLatencyMs), duration(rttOver)));
    if (lossOver > 0)
        parts.append(
            tr("loss above %1 for %2")
                .arg(value(MetricKind::CardLoss, m_thresholds.lossPercent), duration(lossOver)));
    const QString what = m_locale.createSeparatedList(parts);
    const QString ip = stripControls(netIp);
    if (ip.isEmpty())
        return tr("Network card %1 on %2 degraded: %3.").arg(netId, sideName(side), what);
    return tr("Network card %1 (%2) on %3 degraded: %4.").arg(netId, ip, sideName(side), what);
}

QString DiagnosisText::resolution(const SideTelemetry &side) const {
    return tr("On %1, the video was %2×%3, below the configured %4×%5.")
        .arg(sideName(side.deviceType), QString::number(side.width), QString::number(side.height),
             QString::number(side.configWidth), QString::number(side.configHeight));
}

QString DiagnosisText::stutter(DeviceType side, double seconds, double sharePercent) const {
    const QString share = m_locale.toString(sharePercent, 'f', sharePercent < 10 ? 1 : 0);
    const QString stalled =
        seconds < 60 ? tr("%1 s").arg(m_locale.toString(seconds, 'f', 1)) : duration(seconds);
    return tr("On %1, frames stalled for more than 150 ms for %2 in all (%3 of the session).")
        .arg(sideName(side), stalled, tr("%1 %").arg(share));
}

QString DiagnosisText::stage(const QString &stage, double mean, double total) const {
    QString name;
    if (stage == QLatin1String("capture"))
        name = tr("capture");
    else if (stage == QLatin1String("encode"))
        name = tr("encoding");
    else if (stage == QLatin1String("network"))
        name = tr("the network");
    else if (stage == QLatin1String("decode"))
        name = tr("decoding");
    else
        name = tr("rendering");
    const double share = total > 0 ? 100.0 * mean / total : 0;
    return tr("Most of the end-to-end latency comes from %1: %2 of it (mean %3 of %4 over "
              "capture, encoding, network, decoding and rendering).")
        .arg(name, tr("%1 %").arg(m_locale.toString(share, 'f', 0)),
             value(MetricKind::NetworkLatency, mean), value(MetricKind::NetworkLatency, total));
}

QString DiagnosisText::extreme(MetricKind kind, DeviceType side, const QString &netId,
                               double v) const {
    QString what = metricName(kind);
    if (kind == MetricKind::CardRtt)
        what = tr("the round-trip time of network card %1").arg(netId);
    else if (kind == MetricKind::CardLoss)
        what = tr("the packet loss of network card %1").arg(netId);
    if (kind == MetricKind::Fps)
        return tr("%1 on %2 down to %3").arg(what, sideName(side), value(kind, v));
    return tr("%1 on %2 up to %3").arg(what, sideName(side), value(kind, v));
}

QString DiagnosisText::worst(qint64 fromOffset, qint64 toOffset, const QStringList &items) const {
    return tr("The worst stretch was from %1 to %2 into the session (%3): %4.")
        .arg(offset(fromOffset), offset(toOffset), duration(double(toOffset - fromOffset)),
             m_locale.createSeparatedList(items));
}

QString DiagnosisText::clean() const {
    return tr("No metric crossed its threshold: the session was clean.");
}

QString DiagnosisText::noSamples() const {
    return tr("The service returned no samples for this session.");
}

} // namespace trro
