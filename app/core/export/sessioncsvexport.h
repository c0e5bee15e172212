#pragma once

#include "sessiontelemetry.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace trro {

// The data CSV of the session view: one line per side and sample (field first, then by
// time) inside [from, to) (unix seconds), the time as ISO-8601 with the chart zone's offset and
// as unix seconds (startTime + timeOffset), every metric under its API name (an empty cell
// where the side did not send it) and each network card's RTT, loss, send and receive rate
// under "MultiNet[<NetId>].<field>". Text from the service is defused as in ChartCsvExport.
class SessionCsvExport final {
    Q_DECLARE_TR_FUNCTIONS(trro::SessionCsvExport)
public:
    SessionCsvExport(const QList<SideTelemetry> &sides, qint64 from, qint64 to,
                     const QTimeZone &zone);

    QStringList headers() const;
    QString toCsv() const; // "\n" line ends, no BOM
    int rowCount() const;
    // Writes toCsv() as UTF-8 with a BOM (so spreadsheets detect the encoding).
    bool writeFile(const QString &fileName, QString *error = nullptr) const;

private:
    QStringList cardColumns() const;

    QList<SideTelemetry> m_sides;
    qint64 m_from;
    qint64 m_to;
    QTimeZone m_zone;
};

} // namespace trro
