#pragma once

#include "usageforecast.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace trro {

// The Usage page's data CSV, for people like ChartCsvExport's: translated headers, one line per
// day of the series (the service's days, ISO dates) with the minutes of every tier, the session
// minutes and DeductDuration, then a totals line; values the service sent that were not
// plausible are 0 and named in the last column. The scope (project, device) and the range go
// into the file name and the page, not into every line.
class UsageCsvExport final {
    Q_DECLARE_TR_FUNCTIONS(UsageCsvExport)
public:
    explicit UsageCsvExport(const UsageSeries &series);

    static QStringList headers(); // translated: Day, the tiers, Session minutes, Billed, Notes
    QString toCsv() const;        // "\n" line ends, no BOM
    bool writeFile(const QString &fileName, QString *error = nullptr) const; // UTF-8 with a BOM
    int rowCount() const; // data lines toCsv() writes, the totals line included

private:
    QString line(const QString &day, const UsageMinutes &minutes) const;

    UsageSeries m_series;
};

} // namespace trro
