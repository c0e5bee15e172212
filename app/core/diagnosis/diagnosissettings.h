#pragma once

#include "appsettings.h"
#include "sessiondiagnosis.h"

#include <QList>

namespace trro {

// The thresholds of the session diagnosis as settings: each with its key and the values it may
// take. A stored value outside its range (or not a number) reads as the default.
struct ThresholdSetting {
    const SettingKey<double> *key;
    double DiagnosisThresholds::*field;
    double min, max;
};
const QList<ThresholdSetting> &thresholdSettings();

DiagnosisThresholds loadDiagnosisThresholds(const AppSettings &settings);
// Values outside their range are not stored (the setting keeps what it had).
void saveDiagnosisThresholds(AppSettings &settings, const DiagnosisThresholds &thresholds);

} // namespace trro
