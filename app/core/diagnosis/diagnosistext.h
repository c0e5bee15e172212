#pragma once

#include "sessiondiagnosis.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace trro {

// What a series measures, for the threshold it is held against and the words that name it.
enum class MetricKind { Other, NetworkLatency, Loss, Fps, FrameGap, Cpu, CardRtt, CardLoss };

// The sentences of a diagnosis, translated, numbers through QLocale.
class DiagnosisText final {
    Q_DECLARE_TR_FUNCTIONS(trro::SessionDiagnosis)

public:
    explicit DiagnosisText(const DiagnosisThresholds &thresholds, const QLocale &locale = {});

    // "the vehicle", "the cockpit".
    QString sideName(DeviceType side) const;
    // A value with its unit: "812 ms", "9.1 %", "8 fps".
    QString value(MetricKind kind, double v) const;

    QString threshold(MetricKind kind, const MetricSummary &summary, double sideSeconds,
                      double lowest) const;
    QString card(DeviceType side, const QString &netId, const QString &netIp, double rttOver,
                 double lossOver) const;
    QString resolution(const SideTelemetry &side) const;
    QString stutter(DeviceType side, double seconds, double sharePercent) const;
    QString stage(const QString &stage, double mean, double total) const;
    QString extreme(MetricKind kind, DeviceType side, const QString &netId, double value) const;
    QString worst(qint64 fromOffset, qint64 toOffset, const QStringList &items) const;
    QString clean() const;
    QString noSamples() const;

private:
    QString metricName(MetricKind kind) const;
    QString duration(double seconds) const;
    QString offset(qint64 seconds) const;

    DiagnosisThresholds m_thresholds;
    QLocale m_locale;
};

} // namespace trro
