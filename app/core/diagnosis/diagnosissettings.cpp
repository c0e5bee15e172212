#include "diagnosissettings.h"

#include <cmath>

namespace trro {

const QList<ThresholdSetting> &thresholdSettings() {
    static const QList<ThresholdSetting> settings{
        {&AppSettings::DiagnosisLatencyMs, &DiagnosisThresholds::networkLatencyMs, 1, 60000},
        {&AppSettings::DiagnosisLossPercent, &DiagnosisThresholds::lossPercent, 0, 100},
        {&AppSettings::DiagnosisMinFps, &DiagnosisThresholds::minFps, 1, 240},
        {&AppSettings::DiagnosisFrameGapMs, &DiagnosisThresholds::frameGapMs, 1, 60000},
        {&AppSettings::DiagnosisCpuPercent, &DiagnosisThresholds::cpuPercent, 1, 100},
    };
    return settings;
}

namespace {

bool inRange(const ThresholdSetting &s, double value) {
    return std::isfinite(value) && value >= s.min && value <= s.max;
}

} // namespace

DiagnosisThresholds loadDiagnosisThresholds(const AppSettings &settings) {
    DiagnosisThresholds t;
    for (const ThresholdSetting &s : thresholdSettings()) {
        const double value = settings.value(*s.key);
        t.*s.field = inRange(s, value) ? value : s.key->defaultValue;
    }
    return t;
}

void saveDiagnosisThresholds(AppSettings &settings, const DiagnosisThresholds &thresholds) {
    for (const ThresholdSetting &s : thresholdSettings()) {
        const double value = thresholds.*s.field;
        if (inRange(s, value))
            settings.setValue(*s.key, value);
    }
}

} // namespace trro
