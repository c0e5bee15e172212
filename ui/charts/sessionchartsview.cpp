#include "sessionchartsview.h"

#include "timerangecontroller.h"
#include "timeticks.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace trro {

namespace {

constexpr int LaneHeight = 140;

QString valueText(double value, const QLocale &locale) {
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 || value == std::floor(value) ? 0
                         : magnitude >= 10                              ? 1
                                                                        : 2;
    return locale.toString(value, 'f', decimals);
}

} // namespace

SessionChartsView::SessionChartsView(QWidget *parent)
    : LinkedCharts(parent) {
    setAccessibleName(tr("Session charts"));
    applySpecs(false);
}

SessionChartsView::~SessionChartsView() = default;

void SessionChartsView::setSession(const QList<SideTelemetry> &sides, const QTimeZone &zone,
                                   bool keepZoom) {
    m_data = SessionChartData(sides);
    setTimeZone(zone);
    applySpecs(false);
    qint64 from = m_data.from();
    qint64 to = m_data.to();
    if (to - from < TimeRangeController::MinimumSpan)
        to = from + TimeRangeController::MinimumSpan;
    TimeRangeController *range = timeRange();
    const qint64 visibleFrom = range->visibleFrom();
    const qint64 visibleTo = range->visibleTo();
    range->setFullRange(from, to, keepZoom);
    if (visibleFrom == range->visibleFrom() && visibleTo == range->visibleTo())
        applyVisibleRange(); // no signal: the range stayed, the data did not
    clearCrosshair();
}

void SessionChartsView::setThresholds(const DiagnosisThresholds &thresholds) {
    m_thresholds = thresholds;
    applySpecs();
}

void SessionChartsView::clear() {
    setSession({}, timeZone());
}

void SessionChartsView::showMoment(qint64 from, qint64 to) {
    to = std::max(to, from);
    const qint64 context = std::max<qint64>(30, (to - from) / 2);
    timeRange()->setVisibleRange(from - context, to + context);
    setCrosshair(from);
}

void SessionChartsView::applySpecs(bool sync) {
    const QList<SessionChartBuilder::Chart> charts =
        SessionChartBuilder::build(m_data, m_thresholds, chartPalette());
    QList<TimeChartSpec> specs;
    m_lanes.clear();
    m_netIds.clear();
    for (const SessionChartBuilder::Chart &chart : charts) {
        specs.append(chart.spec);
        m_lanes.append(chart.lane);
        m_netIds.append(chart.netId);
    }
    setEmptyText(m_data.isEmpty() ? tr("No samples in this session") : QString());
    setChartSpecs(specs, LaneHeight, sync);
}

void SessionChartsView::refreshSpecs() {
    applySpecs();
}

SessionChartsView::Lane SessionChartsView::chartLane(int index) const {
    return m_lanes.value(index, Lane::Latency);
}

QString SessionChartsView::chartNetId(int index) const {
    return m_netIds.value(index);
}

bool SessionChartsView::spanAt(qint64 time, qint64 *start, qint64 *end) const {
    return m_data.spanAt(time, start, end);
}

QString SessionChartsView::tooltipFor(qint64 start, qint64) const {
    const qint64 time = hasCrosshair() ? crosshair() : start;
    const QLocale locale = this->locale();
    const ChartPalette &palette = chartPalette();
    const QString muted = palette.muted.name();
    QString out =
        u"<b>"_s % formatInstant(time, timeZone(), locale).toHtmlEscaped() %
        u"</b><table cellspacing=\"0\" cellpadding=\"2\" style=\"margin-top:4px\"><tr>"_s %
        u"<th></th>"_s;
    QList<QPair<int, qsizetype>> columns; // side, sample
    for (int side = 0; side < m_data.sides().size(); ++side) {
        const qsizetype sample = m_data.sampleAt(side, time);
        if (sample < 0)
            continue;
        columns.append({side, sample});
        out += u"<th align=\"right\" style=\"color:"_s % muted % u";font-weight:normal\">&nbsp;"_s %
               SessionChartBuilder::sideName(m_data.sides().at(side).telemetry.deviceType)
                   .toHtmlEscaped() %
               u"</th>"_s;
    }
    out += u"</tr>"_s;
    const auto row = [&](const QString &label, const std::function<QList<double>(int)> &values) {
        QString cells;
        bool any = false;
        for (const auto &[side, sample] : std::as_const(columns)) {
            const QList<double> v = values(side);
            const bool has = sample < v.size() && SessionChartData::hasValue(v.at(sample));
            any = any || has;
            cells += u"<td align=\"right\">&nbsp;"_s %
                     (has ? valueText(v.at(sample), locale) : u"–"_s) % u"</td>"_s;
        }
        if (any)
            out += u"<tr><td>"_s % label.toHtmlEscaped() % u"</td>"_s % cells % u"</tr>"_s;
    };
    for (const QString &metric : sessionMetricNames()) {
        row(SessionChartBuilder::metricLabel(metric),
            [this, &metric](int side) { return m_data.sides().at(side).telemetry.metric(metric); });
    }
    for (const auto &[side, sample] : std::as_const(columns)) {
        const SideTelemetry &telemetry = m_data.sides().at(side).telemetry;
        for (const NetCardSamples &net : telemetry.multiNet) {
            const QString card = tr("Card %1").arg(net.netId) % u' ';
            const auto only = [side = side](const QList<double> &v) {
                return [side, v](int other) { return other == side ? v : QList<double>(); };
            };
            row(card % tr("RTT (ms)"), only(net.rtt));
            row(card % tr("loss (%)"), only(net.lost));
            row(card % tr("send (kbps)"), only(net.sendBps));
            row(card % tr("receive (kbps)"), only(net.recvBps));
        }
    }
    out += u"</table>"_s;
    return out;
}

} // namespace trro
