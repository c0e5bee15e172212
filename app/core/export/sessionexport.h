#pragma once

#include "sessiondiagnosis.h"
#include "statsexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace trro {

// The session's samples and diagnosis in the export formats (trro-stats session-details, the
// session view's "export data").
class SessionExport final {
    Q_DECLARE_TR_FUNCTIONS(trro::SessionExport)

public:
    // The CSV header of the samples: DeviceType, DeviceId, Time, then sessionMetricNames().
    static QStringList sampleKeys();
    // One row per side and sample, field first then by Time (= the side's StartTime +
    // TimeOffset, unix seconds); an empty cell where the metric's array is empty.
    static ExportTable samplesTable(const QList<SideTelemetry> &sides);
    // One object per side with the keys the service sent and their values (MultiNet included).
    static QJsonArray detailsJson(const QList<SideTelemetry> &sides);
    // The diagnosis for people: the sides, the findings worst first, the metric summaries.
    static QString diagnosisText(const QList<SideTelemetry> &sides, const SessionDiagnosis &d,
                                 const QTimeZone &zone, const QLocale &locale = QLocale());
    // The metric summaries as a table (Side, Metric, Samples, P50, P95, Max, Threshold, Over).
    static ExportTable summaryTable(const SessionDiagnosis &d, const QLocale &locale = QLocale());

    static QString severityName(DiagnosisFinding::Severity severity); // translated
};

} // namespace trro
