#include "usagecsvexport.h"

#include "chartcsvexport.h"
#include "usagelabels.h"

#include <QStringBuilder>

namespace trro {

UsageCsvExport::UsageCsvExport(const UsageSeries &series)
    : m_series(series) {}

QStringList UsageCsvExport::headers() {
    QStringList out{tr("Day")};
    for (int t = 0; t < UsageTierCount; ++t)
        out << usageTierLabel(t);
    out << tr("Session minutes") << tr("Billed (DeductDuration)") << tr("Notes");
    return out;
}

QString UsageCsvExport::line(const QString &day, const UsageMinutes &minutes) const {
    QStringList cells{ChartCsvExport::quoteText(day)};
    QStringList notes;
    for (int t = 0; t < UsageTierCount; ++t) {
        cells << QString::number(minutes.tiers[size_t(t)]);
        if (minutes.isRejected(t))
            notes << tr("%1 left out (impossible value)").arg(usageTierLabel(t));
    }
    cells << QString::number(minutes.minutes()) << QString::number(minutes.deductDuration);
    if (minutes.isRejected(UsageMinutes::DeductBit))
        notes << tr("DeductDuration left out (impossible value)");
    cells << ChartCsvExport::quoteText(notes.join(QStringLiteral("; ")));
    return cells.join(u',');
}

QString UsageCsvExport::toCsv() const {
    QStringList headerCells;
    for (const QString &h : headers())
        headerCells << ChartCsvExport::quoteText(h);
    QString out = headerCells.join(u',') % u'\n';
    for (qsizetype i = 0; i < m_series.dates.size(); ++i)
        out += line(m_series.dates.at(i).toString(Qt::ISODate), m_series.minutes.value(i)) % u'\n';
    if (!m_series.dates.isEmpty())
        out += line(tr("Total"), m_series.total) % u'\n';
    return out;
}

bool UsageCsvExport::writeFile(const QString &fileName, QString *error) const {
    return writeCsvFile(fileName, toCsv(), error);
}

int UsageCsvExport::rowCount() const {
    return m_series.dates.isEmpty() ? 0 : int(m_series.dates.size()) + 1;
}

} // namespace trro
