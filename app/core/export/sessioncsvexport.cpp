#include "sessioncsvexport.h"

#include "chartcsvexport.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace trro {

namespace {

const QStringList &cardFields() {
    static const QStringList fields{u"Rtt"_s, u"Lost"_s, u"SendBps"_s, u"RecvBps"_s};
    return fields;
}

QString number(const QList<double> &values, qsizetype i) {
    return i < values.size() ? QString::number(values.at(i), 'g', 15) : QString();
}

// The samples of a side in time order (a hostile service may send them in any order).
QList<qsizetype> timeOrder(const SideTelemetry &side) {
    QList<qsizetype> order(side.timeOffset.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&side](qsizetype a, qsizetype b) {
        return side.timeOffset.at(a) < side.timeOffset.at(b);
    });
    return order;
}

} // namespace

SessionCsvExport::SessionCsvExport(const QList<SideTelemetry> &sides, qint64 from, qint64 to,
                                   const QTimeZone &zone)
    : m_sides(sides)
    , m_from(from)
    , m_to(to)
    , m_zone(zone) {
    std::stable_sort(
        m_sides.begin(), m_sides.end(), [](const SideTelemetry &a, const SideTelemetry &b) {
            return a.deviceType == DeviceType::Field && b.deviceType != DeviceType::Field;
        });
}

QStringList SessionCsvExport::cardColumns() const {
    QStringList columns;
    for (const SideTelemetry &side : m_sides) {
        for (const NetCardSamples &net : side.multiNet) {
            for (const QString &field : cardFields()) {
                const QString column = u"MultiNet["_s % net.netId % u"]."_s % field;
                if (!columns.contains(column))
                    columns.append(column);
            }
        }
    }
    return columns;
}

QStringList SessionCsvExport::headers() const {
    return QStringList{tr("Side"), u"DeviceId"_s, tr("Time"), tr("Unix time")} +
           sessionMetricNames() + cardColumns();
}

QString SessionCsvExport::toCsv() const {
    const QStringList cards = cardColumns();
    QStringList header = headers();
    for (QString &h : header)
        h = ChartCsvExport::quoteText(h);
    QString out = header.join(u',') % u'\n';
    for (const SideTelemetry &side : m_sides) {
        for (qsizetype i : timeOrder(side)) {
            const qint64 time = side.startTime + qint64(std::floor(side.timeOffset.at(i)));
            if (time < m_from || time >= m_to)
                continue;
            QStringList cells{deviceTypeName(side.deviceType),
                              ChartCsvExport::quoteText(side.deviceId),
                              ChartCsvExport::isoWithOffset(time, m_zone), QString::number(time)};
            for (const QString &metric : sessionMetricNames())
                cells.append(number(side.metric(metric), i));
            QStringList cardCells(cards.size());
            for (const NetCardSamples &net : side.multiNet) {
                const QList<double> *values[] = {&net.rtt, &net.lost, &net.sendBps, &net.recvBps};
                for (qsizetype f = 0; f < cardFields().size(); ++f) {
                    const qsizetype column =
                        cards.indexOf(u"MultiNet["_s % net.netId % u"]."_s % cardFields().at(f));
                    if (column >= 0)
                        cardCells[column] = number(*values[f], i);
                }
            }
            out += (cells + cardCells).join(u',') % u'\n';
        }
    }
    return out;
}

int SessionCsvExport::rowCount() const {
    int rows = 0;
    for (const SideTelemetry &side : m_sides) {
        for (double offset : side.timeOffset) {
            const qint64 time = side.startTime + qint64(std::floor(offset));
            rows += time >= m_from && time < m_to ? 1 : 0;
        }
    }
    return rows;
}

bool SessionCsvExport::writeFile(const QString &fileName, QString *error) const {
    return writeCsvFile(fileName, toCsv(), error);
}

} // namespace trro
